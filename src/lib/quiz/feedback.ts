import { checkChoice, checkPlacement } from './check-answer';
import type { Question, QuestionProgress, Verdict } from './types';

export interface Feedback {
	verdict: Verdict;
	/** The author's reason for this choice or card. */
	text: string;
	/** What the child answered: the choice text, or the card and the group label. */
	answer: string;
	/** For sorting: the card the feedback is about. */
	cardId?: string;
}

/** Feedback on the child's latest answer to `question`, or null before any answer. */
export function latestFeedback(
	question: Question,
	progress: QuestionProgress | undefined
): Feedback | null {
	if (!progress) return null;
	if (question.type === 'pilihan' && progress.type === 'pilihan') {
		const choice = question.choices.find((c) => c.id === progress.picks.at(-1));
		if (!choice) return null;
		return {
			verdict: checkChoice(question, choice.id),
			text: choice.feedback,
			answer: choice.text,
		};
	}
	if (question.type === 'kelompokkan' && progress.type === 'kelompokkan' && progress.lastCard) {
		return cardFeedback(question, progress, progress.lastCard);
	}
	return null;
}

/** Feedback on where one card was placed, or null while it is unplaced. */
export function cardFeedback(
	question: Extract<Question, { type: 'kelompokkan' }>,
	progress: Extract<QuestionProgress, { type: 'kelompokkan' }>,
	cardId: string
): Feedback | null {
	const card = question.cards.find((c) => c.id === cardId);
	const groupId = progress.placements[cardId];
	const group = question.groups.find((g) => g.id === groupId);
	if (!card || !group) return null;
	return {
		verdict: checkPlacement(question, card.id, group.id),
		text: card.feedback,
		answer: `${card.text}: ${group.label}`,
		cardId: card.id,
	};
}
