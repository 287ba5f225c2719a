import { describe, expect, it } from 'vitest';
import { letter } from '../../../src/lib/quiz-paper/letters';
import { paperSteps } from '../../../src/lib/quiz-paper/paper-steps';
import { stableShuffle } from '../../../src/lib/quiz/shuffle';

describe('paperSteps', () => {
	const steps = [{ id: 'tolak' }, { id: 'pergi' }, { id: 'cerita' }];

	it('shuffles the steps and gives each its right position for the key', () => {
		const printed = paperSteps(steps, 'langkah-aman');
		expect(printed.map((s) => s.id)).not.toEqual(['tolak', 'pergi', 'cerita']);
		const byId = Object.fromEntries(printed.map((s) => [s.id, s.position]));
		expect(byId).toEqual({ tolak: 1, pergi: 2, cerita: 3 });
	});

	it('prints the same sheet for the same question', () => {
		expect(paperSteps(steps, 'q')).toEqual(paperSteps(steps, 'q'));
	});

	it('prints the steps in the order the phone and the class screen show them', () => {
		for (const id of ['langkah-aman', 'urutan-cerita', 'q7']) {
			expect(paperSteps(steps, id).map((s) => s.id)).toEqual(
				stableShuffle(steps, id).map((s) => s.id)
			);
		}
	});
});

describe('letter', () => {
	it('names groups and choices A, B, C', () => {
		expect([0, 1, 2].map(letter)).toEqual(['A', 'B', 'C']);
	});
});
