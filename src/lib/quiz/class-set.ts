import type { Quiz } from '../../schemas/quiz';

/** The questions a whole class plays together: the quiz's `classQuestions` in order, else all. */
export function classQuestions(
	quiz: Pick<Quiz, 'questions' | 'classQuestions'>
): Quiz['questions'] {
	if (!quiz.classQuestions) return quiz.questions;
	return quiz.classQuestions.flatMap((id) => quiz.questions.filter((q) => q.id === id));
}
