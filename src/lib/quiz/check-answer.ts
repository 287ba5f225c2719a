import type { QuestionProgress, SingleChoiceQuestion, SortQuestion, Verdict } from './types';

/** Whether `choiceId` is the safe answer of a single-choice question. */
export function checkChoice(question: SingleChoiceQuestion, choiceId: string): Verdict {
	const choice = question.choices.find((c) => c.id === choiceId);
	return choice?.correct ? 'tepat' : 'coba-lagi';
}

/** Whether putting `cardId` into `groupId` is right. */
export function checkPlacement(question: SortQuestion, cardId: string, groupId: string): Verdict {
	const card = question.cards.find((c) => c.id === cardId);
	return card?.group === groupId ? 'tepat' : 'coba-lagi';
}

/** A question is solved once the safe choice is picked, or every card sits in its group. */
export function isSolved(
	question: SingleChoiceQuestion | SortQuestion,
	progress: QuestionProgress | undefined
): boolean {
	if (!progress) return false;
	if (question.type === 'pilihan' && progress.type === 'pilihan') {
		return progress.picks.some((id) => checkChoice(question, id) === 'tepat');
	}
	if (question.type === 'kelompokkan' && progress.type === 'kelompokkan') {
		return question.cards.every((card) => progress.placements[card.id] === card.group);
	}
	return false;
}
