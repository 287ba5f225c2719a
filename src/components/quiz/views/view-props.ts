import type { ComponentChild } from 'preact';
import type { AnswerAction, ProgressByType, Question, QuestionType } from '../../../lib/quiz/types';

/** What every question view gets from the quiz: its question, the child's progress, and a way to answer. */
export interface ViewProps<T extends QuestionType> {
	/** The question with its answers in the order of this attempt (see `arrangeQuestion`). */
	question: Extract<Question, { type: T }>;
	/** The attempt's seed, for orders the question itself does not carry (an ordering's steps). */
	seed: string;
	progress: ProgressByType[T];
	disabled: boolean;
	/** True when the child turned "Ingat di perangkat ini" on: what is written is kept on this device. */
	remembering: boolean;
	/** A speaker button for one line (nothing where this device can neither speak nor play it). */
	speaker: (line: { text: string; audio?: string }) => ComponentChild;
	dispatch: (action: AnswerAction) => void;
}
