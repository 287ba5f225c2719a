import { describe, expect, it } from 'vitest';
import {
	audioLines,
	missingRecordings,
	withRecordings,
} from '../../../../src/lib/quiz/audio-lines.mjs';
import { AudioSchema } from '../../../../src/schemas/picture';
import {
	makeChoiceQuestion,
	makeOneOfEachType,
	makeScenarioQuestion,
} from '../../../helpers/quiz-builders';

describe('audioLines', () => {
	it('names each line from the quiz and its ids only, the same every time', () => {
		const q = makeChoiceQuestion('siapa', ['ibu', 'om'], 'ibu');
		const lines = audioLines('bagian-pribadi', [q]);
		expect(lines.map((l) => [l.name, l.text])).toEqual([
			['kuis/bagian-pribadi/siapa', 'Soal siapa?'],
			['kuis/bagian-pribadi/siapa--ibu', 'Pilihan ibu'],
			['kuis/bagian-pribadi/siapa--ibu--alasan', 'Alasan ibu.'],
			['kuis/bagian-pribadi/siapa--om', 'Pilihan om'],
			['kuis/bagian-pribadi/siapa--om--alasan', 'Alasan om.'],
		]);
		const reworded = { ...q, prompt: 'Siapa yang boleh?' };
		expect(audioLines('bagian-pribadi', [reworded]).map((l) => l.name)).toEqual(
			lines.map((l) => l.name)
		);
	});

	it('covers every type, with names unique in a quiz and valid as an audio field', () => {
		const lines = audioLines('uji', makeOneOfEachType());
		const names = lines.map((l) => l.name);
		expect(new Set(names).size).toBe(names.length);
		for (const name of names) expect(AudioSchema.safeParse(`${name}.mp3`).success, name).toBe(true);
		for (const line of lines) expect(line.text.trim(), line.name).not.toBe('');
		expect(names).toContain('kuis/uji/q-skenario--mulai');
		expect(names).toContain('kuis/uji/q-skenario--mulai--tolak--alasan');
		expect(names).toContain('kuis/uji/q-kelompokkan--tos');
		expect(names).toContain('kuis/uji/q-urutkan--pergi');
	});
});

describe('withRecordings', () => {
	it('fills in each recording that exists, keeps what an author set, and leaves the input alone', () => {
		const q = makeChoiceQuestion('q', ['a', 'b'], 'a');
		q.choices[1]!.audio = 'kuis/lain/rekaman-b.mp3';
		const files: Record<string, string> = {
			'kuis/uji/q': 'kuis/uji/q.m4a',
			'kuis/uji/q--a--alasan': 'kuis/uji/q--a--alasan.mp3',
			'kuis/uji/q--b': 'kuis/uji/q--b.mp3',
		};
		const filled = withRecordings('uji', [q], (name) => files[name])[0]!;
		expect(filled.type === 'pilihan' && filled).toMatchObject({
			audio: 'kuis/uji/q.m4a',
			choices: [
				{ id: 'a', feedbackAudio: 'kuis/uji/q--a--alasan.mp3' },
				{ id: 'b', audio: 'kuis/lain/rekaman-b.mp3' },
			],
		});
		expect(filled.type === 'pilihan' && filled.choices[0]!.audio).toBeUndefined();
		expect(q.audio).toBeUndefined();
	});

	it('reaches the choices inside a story scene', () => {
		const story = makeScenarioQuestion('sk', { mulai: { tolak: 'aman' }, aman: {} });
		const filled = withRecordings('uji', [story], (name) =>
			name.endsWith('mulai--tolak') ? `${name}.ogg` : undefined
		)[0]!;
		expect(filled.type === 'skenario' && filled.scenes[0]!.choices![0]!.audio).toBe(
			'kuis/uji/sk--mulai--tolak.ogg'
		);
	});
});

describe('missingRecordings', () => {
	it('names an audio field whose file is not there (a failing fixture)', () => {
		const q = makeChoiceQuestion('q', ['a', 'b'], 'a');
		q.audio = 'kuis/uji/ada.mp3';
		q.choices[0]!.feedbackAudio = 'kuis/uji/hilang.mp3';
		expect(missingRecordings('uji', [q], (file) => file === 'kuis/uji/ada.mp3')).toEqual([
			'kuis/uji/hilang.mp3',
		]);
		expect(missingRecordings('uji', [q], () => true)).toEqual([]);
	});
});
