import type { AnswerAction, ProgressByType, Question, QuestionType } from '../../../lib/quiz/types';

/** What every question view gets from the quiz: its question, the child's progress, and a way to answer. */
export interface ViewProps<T extends QuestionType> {
	question: Extract<Question, { type: T }>;
	progress: ProgressByType[T];
	disabled: boolean;
	dispatch: (action: AnswerAction) => void;
}
