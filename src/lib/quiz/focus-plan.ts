import type { Question, QuestionProgress } from './types';

/** Where keyboard focus goes after an answer: "Lanjut", a story's new scene, or a sorting card. */
export type FocusTarget = { kind: 'next' } | { kind: 'scene' } | { kind: 'card'; id: string };

/** What to bring into view after an answer: the feedback box, or one card's own feedback. */
export type ScrollTarget = { kind: 'feedback' } | { kind: 'card'; id: string };

export interface FocusPlan {
	focus?: FocusTarget;
	scroll?: ScrollTarget;
}

/**
 * What the screen does after one answer, so a child on a phone sees the words for the tap they
 * made (and nothing jumps to an empty box), and a keyboard user lands on the next thing to do:
 * - sorting: the placed card's own feedback comes into view; after a right placement, focus moves
 *   to the next card still to sort (after this one in the order shown, then from the top), or to
 *   "Lanjut" once every card is sorted;
 * - a story: when the scene changes, focus moves to the new scene's text; a choice that is not safe
 *   brings its feedback into view;
 * - any other question: its feedback comes into view, and focus moves to "Lanjut" once it is solved
 *   (except the hand, where the child may still be writing).
 * `cardOrder` is the order the cards are shown in; `isCardDone` says whether a card is sorted right
 * now (passed in, so the sorting logic loads only with sorting questions).
 */
export function focusPlan(
	question: Question,
	before: QuestionProgress | undefined,
	after: QuestionProgress,
	state: {
		wasSolved: boolean;
		isSolved: boolean;
		hasFeedback: boolean;
		cardOrder: readonly string[];
		isCardDone: (cardId: string) => boolean;
	}
): FocusPlan {
	const isNewlySolved = state.isSolved && !state.wasSolved;
	if (question.type === 'kelompokkan' && after.type === 'kelompokkan') {
		const card = after.lastCard;
		if (!card) return {};
		const scroll: ScrollTarget = { kind: 'card', id: card };
		// A card placed right is locked, so a changed placement of it is always a new one.
		const isNew =
			before?.type !== 'kelompokkan' || before.placements[card] !== after.placements[card];
		if (!state.isCardDone(card) || !isNew) return { scroll };
		if (state.isSolved) return { scroll, focus: { kind: 'next' } };
		const order = state.cardOrder;
		const from = order.indexOf(card);
		const open = [...order.slice(from + 1), ...order.slice(0, Math.max(from, 0))].find(
			(id) => !state.isCardDone(id)
		);
		return open ? { scroll, focus: { kind: 'card', id: open } } : { scroll };
	}
	if (question.type === 'skenario' && after.type === 'skenario') {
		const beforePath = before?.type === 'skenario' ? before.path : [];
		if (after.path.length !== beforePath.length || after.path.at(-1) !== beforePath.at(-1)) {
			return { focus: { kind: 'scene' } };
		}
		return state.hasFeedback ? { scroll: { kind: 'feedback' } } : {};
	}
	const plan: FocusPlan = state.hasFeedback ? { scroll: { kind: 'feedback' } } : {};
	if (isNewlySolved && question.type !== 'lima-jari') plan.focus = { kind: 'next' };
	return plan;
}
