import { picturesUsed } from './pictures-used';
import type { Question } from './types';

/** The picture on a quiz's card for children: its own, else its first question's, else a book. */
export function quizCardPicture(quiz: {
	picture?: string;
	questions: readonly Question[];
}): string {
	return (
		quiz.picture ??
		quiz.questions.find((q) => q.picture)?.picture ??
		picturesUsed(quiz.questions)[0] ??
		'books'
	);
}
