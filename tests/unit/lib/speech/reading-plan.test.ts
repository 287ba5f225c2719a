import { describe, expect, it } from 'vitest';
import { readingPlan } from '../../../../src/lib/speech/reading-plan';

describe('readingPlan', () => {
	it('has nothing to read when every segment is empty', () => {
		expect(readingPlan([], true)).toBeNull();
		expect(readingPlan([{ text: '' }, { text: '  \n ' }], true)).toBeNull();
	});

	it('cannot read without an Indonesian voice unless every segment has a recording', () => {
		expect(readingPlan([{ text: 'Soal satu?' }], false)).toBeNull();
		expect(
			readingPlan([{ text: 'Soal satu?', audio: 'kuis/soal-1.mp3' }, { text: 'Pilihan a' }], false)
		).toBeNull();
	});

	it('plays only recordings when all segments have one, even without a voice', () => {
		expect(
			readingPlan(
				[
					{ text: 'Soal satu?', audio: 'kuis/soal-1.mp3' },
					{ text: 'Pilihan a', audio: 'kuis/a.mp3' },
				],
				false
			)
		).toEqual([
			{ kind: 'audio', text: 'Soal satu?', audio: 'kuis/soal-1.mp3' },
			{ kind: 'audio', text: 'Pilihan a', audio: 'kuis/a.mp3' },
		]);
	});

	it('mixes recordings and the voice in order when the device has a voice', () => {
		expect(
			readingPlan(
				[
					{ text: 'Soal satu?', audio: 'kuis/soal-1.mp3' },
					{ text: 'Pilihan a' },
					{ text: 'Pilihan b', audio: 'kuis/b.mp3' },
				],
				true
			)
		).toEqual([
			{ kind: 'audio', text: 'Soal satu?', audio: 'kuis/soal-1.mp3' },
			{ kind: 'voice', text: 'Pilihan a' },
			{ kind: 'audio', text: 'Pilihan b', audio: 'kuis/b.mp3' },
		]);
	});

	it('skips empty segments, so a missing text neither blocks nor pauses the reading', () => {
		expect(
			readingPlan([{ text: '' }, { text: 'Soal?', audio: 'kuis/s.mp3' }, { text: ' ' }], false)
		).toEqual([{ kind: 'audio', text: 'Soal?', audio: 'kuis/s.mp3' }]);
		expect(readingPlan([{ text: '' }, { text: 'Pilihan a' }], true)).toEqual([
			{ kind: 'voice', text: 'Pilihan a' },
		]);
	});

	it('keeps a recording whose text is empty', () => {
		expect(readingPlan([{ text: '', audio: 'kuis/bunyi.mp3' }], false)).toEqual([
			{ kind: 'audio', text: '', audio: 'kuis/bunyi.mp3' },
		]);
	});
});
