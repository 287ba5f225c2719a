import { describe, expect, it } from 'vitest';
import { allHandlers } from '../../../../src/lib/quiz/handlers';
import { focusPlan } from '../../../../src/lib/quiz/focus-plan';
import { isCardDone } from '../../../../src/lib/quiz/handlers/sort';
import type { AnswerAction, Question, QuestionProgress } from '../../../../src/lib/quiz/types';
import {
	makeChoiceQuestion,
	makeFiveFingersQuestion,
	makeScenarioQuestion,
	makeSortQuestion,
} from '../../../helpers/quiz-builders';

/** Plays `action` on a question from `before`, and asks where focus and scroll go. */
function after(
	q: Question,
	before: QuestionProgress,
	action: AnswerAction,
	cardOrder: string[] = []
) {
	const handler = allHandlers(q)!;
	const next = handler.apply(q, before, action);
	return {
		progress: next,
		plan: focusPlan(q, before, next, {
			wasSolved: handler.isSolved(q, before),
			isSolved: handler.isSolved(q, next),
			hasFeedback: handler.feedback(q, next) !== null,
			cardOrder,
			isCardDone: (id) =>
				q.type === 'kelompokkan' && next.type === 'kelompokkan' && isCardDone(q, next, id),
		}),
	};
}

describe('focusPlan: sorting', () => {
	const q = makeSortQuestion('s', { a: 'boleh', b: 'tidak-boleh', c: 'boleh', d: 'boleh' });
	const start = allHandlers(q)!.start(q);
	const order = ['c', 'a', 'd', 'b'];

	it('brings the tapped card own feedback into view, never the empty box below', () => {
		const { plan } = after(q, start, { type: 'place', cardId: 'a', groupId: 'tidak-boleh' }, order);
		expect(plan).toEqual({ scroll: { kind: 'card', id: 'a' } });
	});

	it('after a right placement, moves focus to the next card still to sort, in the order shown', () => {
		const { plan } = after(q, start, { type: 'place', cardId: 'a', groupId: 'boleh' }, order);
		expect(plan.focus).toEqual({ kind: 'card', id: 'd' });
		expect(plan.scroll).toEqual({ kind: 'card', id: 'a' });
	});

	it('skips sorted cards and wraps round to the top', () => {
		let p = after(q, start, { type: 'place', cardId: 'b', groupId: 'tidak-boleh' }, order).progress;
		p = after(q, p, { type: 'place', cardId: 'c', groupId: 'boleh' }, order).progress;
		const { plan } = after(q, p, { type: 'place', cardId: 'd', groupId: 'boleh' }, order);
		expect(plan.focus).toEqual({ kind: 'card', id: 'a' });
	});

	it('moves focus to "Lanjut" once the last card is sorted', () => {
		let p = start;
		for (const [cardId, groupId] of [
			['a', 'boleh'],
			['b', 'tidak-boleh'],
			['c', 'boleh'],
		] as const) {
			p = after(q, p, { type: 'place', cardId, groupId }, order).progress;
		}
		const { plan } = after(q, p, { type: 'place', cardId: 'd', groupId: 'boleh' }, order);
		expect(plan.focus).toEqual({ kind: 'next' });
	});
});

describe('focusPlan: a story', () => {
	const q = makeScenarioQuestion('sk', {
		mulai: { ikut: null, tolak: 'aman' },
		aman: {},
	});
	const start = allHandlers(q)!.start(q);

	it('moves focus to the new scene text when the scene changes', () => {
		expect(after(q, start, { type: 'choose', choiceId: 'tolak' }).plan).toEqual({
			focus: { kind: 'scene' },
		});
	});

	it('keeps focus and shows the feedback when a choice is not safe', () => {
		expect(after(q, start, { type: 'choose', choiceId: 'ikut' }).plan).toEqual({
			scroll: { kind: 'feedback' },
		});
	});
});

describe('focusPlan: other questions', () => {
	it('a right choice: its feedback into view, focus on "Lanjut"', () => {
		const q = makeChoiceQuestion('q', ['a', 'b'], 'b');
		const start = allHandlers(q)!.start(q);
		expect(after(q, start, { type: 'choose', choiceId: 'b' }).plan).toEqual({
			scroll: { kind: 'feedback' },
			focus: { kind: 'next' },
		});
		expect(after(q, start, { type: 'choose', choiceId: 'a' }).plan).toEqual({
			scroll: { kind: 'feedback' },
		});
	});

	it('the hand: focus stays where the child writes', () => {
		const q = makeFiveFingersQuestion('h');
		const start = allHandlers(q)!.start(q);
		expect(after(q, start, { type: 'hand-done' }).plan.focus).toBeUndefined();
	});
});
