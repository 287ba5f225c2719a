import { describe, expect, it } from 'vitest';
import { cardFeedback, isCardDone, sortCards } from '../../../../../src/lib/quiz/handlers/sort';
import type { AnswerAction } from '../../../../../src/lib/quiz/types';
import { makeSortQuestion } from '../../../../helpers/quiz-builders';

const q = makeSortQuestion('s', { tos: 'boleh', rahasia: 'tidak-boleh', peluk: 'boleh' });
const place = (cardId: string, groupId: string): AnswerAction => ({
	type: 'place',
	cardId,
	groupId,
});
const run = (...actions: AnswerAction[]) =>
	actions.reduce((p, action) => sortCards.apply(q, p, action), sortCards.start(q));

describe('sortCards', () => {
	it('starts with no card placed, unsolved and silent', () => {
		const p = sortCards.start(q);
		expect(p).toEqual({ type: 'kelompokkan', placements: {}, lastCard: null });
		expect(sortCards.isSolved(q, p)).toBe(false);
		expect(sortCards.feedback(q, p)).toBeNull();
	});

	it('places a card in the wrong group with "coba-lagi" and the card\'s reason', () => {
		const p = run(place('tos', 'tidak-boleh'));
		expect(p).toEqual({
			type: 'kelompokkan',
			placements: { tos: 'tidak-boleh' },
			lastCard: 'tos',
		});
		expect(isCardDone(q, p, 'tos')).toBe(false);
		expect(sortCards.feedback(q, p)).toEqual({
			verdict: 'coba-lagi',
			text: 'Karena tos.',
			answer: 'Kartu tos: Tidak boleh',
			audio: undefined,
		});
	});

	it('accepts a card in its second right group as right, and counts it solved', () => {
		const careful = makeSortQuestion('c', { tos: 'boleh', ragu: 'boleh' });
		careful.cards[1]!.alsoGroup = 'tidak-boleh';
		const p = [place('tos', 'boleh'), place('ragu', 'tidak-boleh')].reduce(
			(progress, action) => sortCards.apply(careful, progress, action),
			sortCards.start(careful)
		);
		expect(isCardDone(careful, p, 'ragu')).toBe(true);
		expect(cardFeedback(careful, p, 'ragu')?.verdict).toBe('tepat');
		expect(sortCards.isSolved(careful, p)).toBe(true);
		// Its own group is right too; a group that is neither stays "think again".
		const own = sortCards.apply(careful, sortCards.start(careful), place('ragu', 'boleh'));
		expect(cardFeedback(careful, own, 'ragu')?.verdict).toBe('tepat');
		const other = sortCards.apply(q, sortCards.start(q), place('tos', 'tidak-boleh'));
		expect(cardFeedback(q, other, 'tos')?.verdict).toBe('coba-lagi');
	});

	it('lets a misplaced card move, then locks it once it is right', () => {
		const right = run(place('tos', 'tidak-boleh'), place('tos', 'boleh'));
		expect(isCardDone(q, right, 'tos')).toBe(true);
		expect(sortCards.feedback(q, right)).toMatchObject({
			verdict: 'tepat',
			answer: 'Kartu tos: Boleh',
		});
		expect(sortCards.apply(q, right, place('tos', 'tidak-boleh'))).toBe(right);
	});

	it('speaks about the card tapped last, and about any placed card on request', () => {
		const p = run(place('tos', 'boleh'), place('rahasia', 'boleh'));
		expect(sortCards.feedback(q, p)).toMatchObject({
			verdict: 'coba-lagi',
			text: 'Karena rahasia.',
		});
		expect(cardFeedback(q, p, 'tos')).toMatchObject({ verdict: 'tepat', text: 'Karena tos.' });
		expect(cardFeedback(q, p, 'peluk')).toBeNull();
		expect(cardFeedback(q, p, 'zzz')).toBeNull();
	});

	it('is solved only when every card sits in its own group', () => {
		const two = run(place('tos', 'boleh'), place('rahasia', 'tidak-boleh'));
		expect(sortCards.isSolved(q, two)).toBe(false);
		expect(sortCards.isSolved(q, sortCards.apply(q, two, place('peluk', 'boleh')))).toBe(true);
		const oneWrong = run(
			place('tos', 'boleh'),
			place('rahasia', 'tidak-boleh'),
			place('peluk', 'tidak-boleh')
		);
		expect(sortCards.isSolved(q, oneWrong)).toBe(false);
	});

	it('ignores unknown cards and groups and actions of other question types', () => {
		const p = run(place('tos', 'tidak-boleh'));
		const others: AnswerAction[] = [
			place('zzz', 'boleh'),
			place('tos', 'kadang'),
			{ type: 'choose', choiceId: 'tos' },
			{ type: 'toggle', choiceId: 'tos' },
			{ type: 'pick-step', stepId: 'tos' },
			{ type: 'hand-done' },
		];
		for (const action of others) expect(sortCards.apply(q, p, action), action.type).toBe(p);
	});

	describe('restore', () => {
		it('keeps placements of known cards in known groups, right or wrong', () => {
			const p = sortCards.restore(q, {
				type: 'kelompokkan',
				placements: { tos: 'boleh', rahasia: 'boleh', gone: 'boleh', peluk: 'kadang' },
				lastCard: 'rahasia',
			});
			expect(p).toEqual({
				type: 'kelompokkan',
				placements: { tos: 'boleh', rahasia: 'boleh' },
				lastCard: 'rahasia',
			});
		});

		it('drops placements of the wrong shape and an unknown last card', () => {
			expect(
				sortCards.restore(q, { placements: { tos: 1, rahasia: null }, lastCard: 'gone' })
			).toEqual(sortCards.start(q));
			expect(sortCards.restore(q, { placements: ['boleh'], lastCard: 3 })).toEqual(
				sortCards.start(q)
			);
			expect(sortCards.restore(q, { placements: 'tos' })).toEqual(sortCards.start(q));
		});

		it('restores a finished sort as solved', () => {
			const p = sortCards.restore(q, {
				placements: { tos: 'boleh', rahasia: 'tidak-boleh', peluk: 'boleh' },
			});
			expect(sortCards.isSolved(q, p!)).toBe(true);
		});
	});
});
