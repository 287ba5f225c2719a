import { describe, expect, it } from 'vitest';
import { shuffledSteps } from '../../../../src/lib/quiz/shuffled-steps';
import { makeOrderQuestion } from '../../../helpers/quiz-builders';

describe('the steps of an ordering as offered', () => {
	it('are never in their right order, and the same for the same seed', () => {
		for (let i = 0; i < 200; i++) {
			const order = makeOrderQuestion(`u${i}`, ['p', 'q', 'r']);
			const shown = shuffledSteps(order, `seed-${i}`).map((s) => s.id);
			expect(shown).not.toEqual(['p', 'q', 'r']);
			expect([...shown].sort()).toEqual(['p', 'q', 'r']);
			expect(shuffledSteps(order, `seed-${i}`).map((s) => s.id)).toEqual(shown);
		}
	});
});
