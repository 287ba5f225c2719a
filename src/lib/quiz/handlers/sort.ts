import { isObject, knownOr } from './restore-helpers';
import type { Feedback, ProgressByType, QuestionHandler, SortQuestion } from '../types';

type Progress = ProgressByType['kelompokkan'];

/** Whether a card in this group is a safe answer: its own group, or the other one it allows. */
const fitsGroup = (card: SortQuestion['cards'][number], groupId: string | undefined) =>
	groupId !== undefined && (card.group === groupId || card.alsoGroup === groupId);

const isPlacedRight = (q: SortQuestion, cardId: string, groupId: string | undefined) =>
	q.cards.some((c) => c.id === cardId && fitsGroup(c, groupId));

/** Feedback on where one card sits, or null while it is unplaced. */
export function cardFeedback(q: SortQuestion, p: Progress, cardId: string): Feedback | null {
	const card = q.cards.find((c) => c.id === cardId);
	const group = q.groups.find((g) => g.id === p.placements[cardId]);
	if (!card || !group) return null;
	return {
		verdict: fitsGroup(card, group.id) ? 'tepat' : 'coba-lagi',
		text: card.feedback,
		answer: `${card.text}: ${group.label}`,
		audio: card.feedbackAudio,
	};
}

export const isCardDone = (q: SortQuestion, p: Progress, cardId: string) =>
	isPlacedRight(q, cardId, p.placements[cardId]);

/** Sorting: each card is placed by tapping a group; a card placed right stays there. */
export const sortCards: QuestionHandler<SortQuestion, Progress> = {
	start: () => ({ type: 'kelompokkan', placements: {}, lastCard: null }),
	apply(q, p, action) {
		if (action.type !== 'place') return p;
		const known =
			q.cards.some((c) => c.id === action.cardId) && q.groups.some((g) => g.id === action.groupId);
		if (!known || isCardDone(q, p, action.cardId)) return p;
		return {
			...p,
			placements: { ...p.placements, [action.cardId]: action.groupId },
			lastCard: action.cardId,
		};
	},
	isSolved: (q, p) => q.cards.every((c) => fitsGroup(c, p.placements[c.id])),
	restore(q, saved) {
		const groups = q.groups.map((g) => g.id);
		const cards = q.cards.map((c) => c.id);
		const placements: Record<string, string> = {};
		if (isObject(saved.placements)) {
			for (const [card, group] of Object.entries(saved.placements)) {
				if (cards.includes(card) && typeof group === 'string' && groups.includes(group)) {
					placements[card] = group;
				}
			}
		}
		return { type: 'kelompokkan', placements, lastCard: knownOr(saved.lastCard, cards) };
	},
	feedback: (q, p) => (p.lastCard ? cardFeedback(q, p, p.lastCard) : null),
};
