import { describe, expect, it } from 'vitest';
import { checkChoice, checkPlacement, isSolved } from '../../../../src/lib/quiz/check-answer';
import { cardFeedback, latestFeedback } from '../../../../src/lib/quiz/feedback';
import { makeChoiceQuestion, makeSortQuestion } from '../../../helpers/quiz-builders';

const choice = makeChoiceQuestion('q', ['a', 'b'], 'a');
const sort = makeSortQuestion('s', { tos: 'boleh', rahasia: 'tidak-boleh' });

describe('checkChoice / checkPlacement', () => {
	it('says "tepat" only for the safe answer', () => {
		expect(checkChoice(choice, 'a')).toBe('tepat');
		expect(checkChoice(choice, 'b')).toBe('coba-lagi');
		expect(checkChoice(choice, 'unknown')).toBe('coba-lagi');
		expect(checkPlacement(sort, 'tos', 'boleh')).toBe('tepat');
		expect(checkPlacement(sort, 'tos', 'tidak-boleh')).toBe('coba-lagi');
	});
});

describe('isSolved', () => {
	it('needs the safe choice among the picks', () => {
		expect(isSolved(choice, undefined)).toBe(false);
		expect(isSolved(choice, { type: 'pilihan', picks: ['b'] })).toBe(false);
		expect(isSolved(choice, { type: 'pilihan', picks: ['b', 'a'] })).toBe(true);
	});

	it('needs every card in its own group', () => {
		const partly = { type: 'kelompokkan' as const, placements: { tos: 'boleh' }, lastCard: 'tos' };
		expect(isSolved(sort, partly)).toBe(false);
		const all = { ...partly, placements: { tos: 'boleh', rahasia: 'tidak-boleh' } };
		expect(isSolved(sort, all)).toBe(true);
		expect(isSolved(sort, { type: 'pilihan', picks: ['a'] })).toBe(false);
	});
});

describe('latestFeedback', () => {
	it('gives the feedback of the last pick, with its verdict', () => {
		expect(latestFeedback(choice, { type: 'pilihan', picks: ['a', 'b'] })).toEqual({
			verdict: 'coba-lagi',
			text: 'Alasan b.',
			answer: 'Pilihan b',
		});
		expect(latestFeedback(choice, { type: 'pilihan', picks: [] })).toBeNull();
	});

	it('gives the feedback of the last placed card', () => {
		const progress = {
			type: 'kelompokkan' as const,
			placements: { rahasia: 'boleh' },
			lastCard: 'rahasia',
		};
		expect(latestFeedback(sort, progress)).toEqual({
			verdict: 'coba-lagi',
			text: 'Karena rahasia.',
			answer: 'Kartu rahasia: Boleh',
			cardId: 'rahasia',
		});
		expect(cardFeedback(sort, progress, 'tos')).toBeNull();
	});
});
