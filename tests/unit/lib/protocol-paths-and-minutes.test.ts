import { describe, expect, it } from 'vitest';
import { lessonMinuteProblems } from '../../../src/lib/curriculum/timing';
import { pathsWithout } from '../../../src/lib/protocol/check-protocol';
import type { ProtocolStep } from '../../../src/schemas/protocol';

const step = (id: string, next?: string, text = ''): ProtocolStep => ({
	id,
	kind: 'langkah',
	title: id,
	text,
	...(next ? { next } : {}),
});

describe('pathsWithout', () => {
	const decision: ProtocolStep = {
		id: 'tanya',
		kind: 'keputusan',
		title: 'Tanya?',
		text: '',
		yes: { label: 'Ya', next: 'obat' },
		no: { label: 'Tidak', next: 'akhir' },
	};
	const steps = [step('mulai', 'tanya'), decision, step('obat', 'akhir', 'medis'), step('akhir')];
	const medical = (s: ProtocolStep) => s.text === 'medis';

	it('lists the path that skips the step', () => {
		expect(pathsWithout(steps, medical)).toEqual([['mulai', 'tanya', 'akhir']]);
	});

	it('is empty when every path meets the step', () => {
		const fixed = steps.map((s) => (s.id === 'mulai' ? step('mulai', 'obat') : s));
		expect(pathsWithout(fixed, medical)).toEqual([]);
	});
});

describe('lessonMinuteProblems', () => {
	const lesson = (inti: number, cut = '') =>
		`<Langkah judul="Pembuka" menit={5}>\n\nHalo.\n\n</Langkah>\n\n<Langkah judul="Inti" menit={${inti}}>\n\n${cut}**Kegiatan 1: Satu (10 menit).** A.\n\n**Kegiatan 2: Dua (10 menit).** B.\n\n</Langkah>`;

	it('accepts parts and activities that add up', () => {
		expect(lessonMinuteProblems(lesson(20), 25)).toEqual([]);
	});

	it('reports a part whose activities do not add up, and a total that differs', () => {
		expect(lessonMinuteProblems(lesson(25), 25)).toEqual([
			'Bagian pelajaran berjumlah 30 menit, padahal pelajaran 25 menit.',
			'Kegiatan di bagian Inti berjumlah 20 menit, padahal bagian itu 25 menit.',
		]);
	});

	it('asks a long lesson for marked cuts', () => {
		const long = lesson(20).replace('menit={5}', 'menit={50}');
		expect(lessonMinuteProblems(long, 70).join('\n')).toMatch(/Jika waktu terbatas/);
		const withCuts = lesson(20, '**Jika waktu terbatas.** Potong Kegiatan 2.\n\n').replace(
			'menit={5}',
			'menit={50}'
		);
		expect(lessonMinuteProblems(withCuts, 70)).toEqual([]);
	});
});
