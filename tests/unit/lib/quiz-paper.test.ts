import { describe, expect, it } from 'vitest';
import { letter } from '../../../src/lib/quiz-paper/letters';
import { paperSteps } from '../../../src/lib/quiz-paper/paper-steps';
import { fixedSeed } from '../../../src/lib/quiz/arrange';
import { shuffledSteps } from '../../../src/lib/quiz/shuffled-steps';
import { makeOrderQuestion } from '../../helpers/quiz-builders';

describe('paperSteps', () => {
	const q = makeOrderQuestion('langkah-aman', ['tolak', 'pergi', 'cerita']);
	const seed = fixedSeed('kuis');

	it('shuffles the steps and gives each its right position for the key', () => {
		const printed = paperSteps(q, seed);
		expect(printed.map((s) => s.id)).not.toEqual(['tolak', 'pergi', 'cerita']);
		const byId = Object.fromEntries(printed.map((s) => [s.id, s.position]));
		expect(byId).toEqual({ tolak: 1, pergi: 2, cerita: 3 });
	});

	it('prints the same sheet for the same question', () => {
		expect(paperSteps(q, seed)).toEqual(paperSteps(q, seed));
	});

	it('prints the steps in the order the class screen shows them', () => {
		for (const id of ['langkah-aman', 'urutan-cerita', 'q7']) {
			const other = makeOrderQuestion(id, ['tolak', 'pergi', 'cerita']);
			expect(paperSteps(other, seed).map((s) => s.id)).toEqual(
				shuffledSteps(other, seed).map((s) => s.id)
			);
		}
	});
});

describe('letter', () => {
	it('names groups and choices A, B, C', () => {
		expect([0, 1, 2].map(letter)).toEqual(['A', 'B', 'C']);
	});
});
