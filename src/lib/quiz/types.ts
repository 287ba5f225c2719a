import type { Question, QuestionType, Quiz } from '../../schemas/quiz';

/** The quiz types, re-exported so logic and views take them from one place. */
export type {
	FeelingsQuestion,
	FiveFingersQuestion,
	MultiChoiceQuestion,
	OrderQuestion,
	Question,
	QuestionType,
	Quiz,
	ScenarioQuestion,
	SingleChoiceQuestion,
	SortQuestion,
} from '../../schemas/quiz';

/** The quiz as the island receives it: plain data, no zod. */
export type QuizInput = Pick<Quiz, 'title' | 'questions'>;

/** What a child has done on one question so far, per type. */
export interface ProgressByType {
	pilihan: { type: 'pilihan'; picks: string[] };
	'pilihan-ganda': { type: 'pilihan-ganda'; selected: string[]; checked: boolean };
	kelompokkan: {
		type: 'kelompokkan';
		placements: Record<string, string>;
		lastCard: string | null;
	};
	/** `placed`: steps put in their right place so far; `lastTry`: the latest step tapped. */
	urutkan: { type: 'urutkan'; placed: string[]; lastTry: string | null };
	/** `path`: the scenes visited, the current one last; `lastChoice`: the latest choice made. */
	skenario: {
		type: 'skenario';
		path: string[];
		lastChoice: { scene: string; choice: string } | null;
	};
	perasaan: { type: 'perasaan'; picked: string | null };
	'lima-jari': { type: 'lima-jari'; names: string[]; done: boolean };
}

export type QuestionProgress = ProgressByType[QuestionType];

/** Everything a child can do inside one question. */
export type AnswerAction =
	| { type: 'choose'; choiceId: string }
	| { type: 'toggle'; choiceId: string }
	| { type: 'check' }
	| { type: 'place'; cardId: string; groupId: string }
	| { type: 'pick-step'; stepId: string }
	| { type: 'feel'; feeling: string }
	| { type: 'write-name'; finger: number; name: string }
	| { type: 'hand-done' };

export interface QuizState {
	/** The seed of this attempt: the order its answers are shown in (see `arrange.ts`). */
	seed: string;
	/** Index of the question on screen. */
	index: number;
	/** Progress per question id. */
	progress: Record<string, QuestionProgress>;
	/** True once the last question is done: the closing card shows. */
	finished: boolean;
}

export type QuizAction =
	| AnswerAction
	| { type: 'next' }
	| { type: 'back' }
	/** Starts a new attempt, with a new seed so the answers come in a new order. */
	| { type: 'restart'; seed?: string }
	| { type: 'restore'; state: QuizState };

/** Outcome of one answer: the view maps it to gentle words, never "wrong". */
export type Verdict = 'tepat' | 'coba-lagi' | 'diterima' | 'selesai';

export interface Feedback {
	verdict: Verdict;
	/** The author's reason for this answer. */
	text: string;
	/** What the child answered, in words (for the live region). */
	answer: string;
	/** The recording of `text`, when the quiz has one. */
	audio?: string;
	/** Several-choice questions: safe choices not ticked, and ticked choices that are not safe. */
	missed?: number;
	extra?: number;
}

/** The logic of one question type: how it starts, changes, ends and what it says back. */
export interface QuestionHandler<Q extends Question, P extends QuestionProgress> {
	start(question: Q): P;
	/** The new progress, or the same object when the action does not apply. */
	apply(question: Q, progress: P, action: AnswerAction): P;
	isSolved(question: Q, progress: P): boolean;
	feedback(question: Q, progress: P): Feedback | null;
	/** Saved progress cleaned of anything that does not fit the question today, or null. */
	restore(question: Q, saved: Record<string, unknown>): P | null;
}

/** The handler of a question's type; the island looks handlers up as their chunks arrive. */
export type HandlerLookup = (
	question: Question
) => QuestionHandler<Question, QuestionProgress> | undefined;
