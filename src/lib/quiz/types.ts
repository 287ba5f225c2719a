import type { Quiz, Question, SingleChoiceQuestion, SortQuestion } from '../../schemas/quiz';

export type { Quiz, Question, SingleChoiceQuestion, SortQuestion };

/** The quiz as the island receives it: plain data, no zod. */
export type QuizInput = Pick<Quiz, 'title' | 'questions'>;

/** What a child has done on one question so far. */
export type QuestionProgress =
	| { type: 'pilihan'; picks: string[] }
	| { type: 'kelompokkan'; placements: Record<string, string>; lastCard: string | null };

export interface QuizState {
	/** Index of the question on screen. */
	index: number;
	/** Progress per question id. */
	progress: Record<string, QuestionProgress>;
	/** True once the last question is done: the closing card shows. */
	finished: boolean;
}

export type QuizAction =
	| { type: 'choose'; choiceId: string }
	| { type: 'place'; cardId: string; groupId: string }
	| { type: 'next' }
	| { type: 'restart' };

/** Outcome of one answer: the view maps it to gentle words, never "wrong". */
export type Verdict = 'tepat' | 'coba-lagi';
