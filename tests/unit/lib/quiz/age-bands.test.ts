import { describe, expect, it } from 'vitest';
import {
	AGE_BANDS,
	nearestBandWithQuizzes,
	nextQuizId,
	quizAgeBands,
} from '../../../../src/lib/quiz/age-bands';
import { TRACKS } from '../../../../src/schemas/curriculum';

describe('nearestBandWithQuizzes', () => {
	it('points an empty band to the nearest one with quizzes, the younger on a tie', () => {
		const has =
			(...bands: string[]) =>
			(b: string) =>
				bands.includes(b);
		expect(nearestBandWithQuizzes('4-6', has('7-8', '9-10'))).toBe('7-8');
		expect(nearestBandWithQuizzes('4-6', has('11-12'))).toBe('11-12');
		expect(nearestBandWithQuizzes('9-10', has('7-8', '11-12'))).toBe('7-8');
		expect(nearestBandWithQuizzes('13-15', has('4-6', '11-12'))).toBe('11-12');
		expect(nearestBandWithQuizzes('7-8', has())).toBeUndefined();
	});
});

describe('nextQuizId', () => {
	it('gives the quiz after this one in its band, wrapping round, none when alone', () => {
		expect(nextQuizId(['a', 'b', 'c'], 'a')).toBe('b');
		expect(nextQuizId(['a', 'b', 'c'], 'c')).toBe('a');
		expect(nextQuizId(['a'], 'a')).toBeUndefined();
		expect(nextQuizId(['a', 'b'], 'x')).toBe('a');
	});
});

describe('quizAgeBands', () => {
	it('defaults to the bands of the track', () => {
		expect(quizAgeBands({ track: 'paud' })).toEqual(['4-6']);
		expect(quizAgeBands({ track: 'fase-a' })).toEqual(['7-8']);
		expect(quizAgeBands({ track: 'fase-d' })).toEqual(['13-15']);
		expect(quizAgeBands({ track: 'pesantren' })).toEqual(['11-12', '13-15']);
	});

	it("keeps educators' quizzes off the children's door", () => {
		expect(quizAgeBands({ track: 'pendidik' })).toEqual([]);
	});

	it("gives every children's track at least one known band, youngest first", () => {
		for (const track of TRACKS.filter((t) => t !== 'pendidik')) {
			const bands = quizAgeBands({ track });
			expect(bands.length, track).toBeGreaterThan(0);
			const positions = bands.map((b) => AGE_BANDS.indexOf(b));
			expect(positions.every((p) => p >= 0)).toBe(true);
			expect(positions).toEqual([...positions].sort((a, b) => a - b));
		}
	});

	it('honours the bands a quiz names, over its track', () => {
		expect(quizAgeBands({ track: 'paud', ages: ['7-8', '9-10'] })).toEqual(['7-8', '9-10']);
		expect(quizAgeBands({ track: 'pendidik', ages: ['13-15'] })).toEqual(['13-15']);
	});

	it('returns a copy of the named bands', () => {
		const ages = ['4-6'] as const;
		const bands = quizAgeBands({ track: 'paud', ages });
		bands.push('7-8');
		expect(ages).toEqual(['4-6']);
	});
});
