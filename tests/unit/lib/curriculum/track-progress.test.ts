import { describe, expect, it } from 'vitest';
import { SENTENCE_LIMITS, trackProgress } from '../../../../src/lib/curriculum/coverage';

describe('trackProgress', () => {
	it('calls a track with all its lessons, in order, whole', () => {
		expect(trackProgress('paud', [2, 1, 4, 3])).toEqual({ status: 'lengkap' });
	});

	it('accepts a track in progress only as lessons 1..k', () => {
		expect(trackProgress('paud', [1, 2])).toEqual({ status: 'berjalan' });
		expect(trackProgress('paud', [])).toEqual({ status: 'berjalan' });
	});

	it('names a gap, a repeated order and too many lessons', () => {
		const gap = trackProgress('paud', [1, 3]);
		expect(gap.status).toBe('salah');
		expect('problems' in gap && gap.problems.join()).toContain('bernomor 3');
		const twice = trackProgress('fase-a', [1, 1, 2]);
		expect('problems' in twice && twice.problems.join()).toContain('urutan ke-2 bernomor 1');
		const many = trackProgress('paud', [1, 2, 3, 4, 5]);
		expect('problems' in many && many.problems.join()).toContain('kurikulum hanya 4');
	});
});

describe('SENTENCE_LIMITS', () => {
	it('keeps PAUD sentences to about 6 words, never above 10', () => {
		expect(SENTENCE_LIMITS.paud).toEqual({ average: 6, max: 10 });
	});
});
