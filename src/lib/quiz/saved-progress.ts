import { isObject } from './handlers/restore-helpers';
import type { HandlerLookup, QuestionProgress, QuizInput, QuizState } from './types';

/** What a quiz keeps on the device when the child turns "remember" on. */
export interface SavedQuiz {
	version: 1;
	state: QuizState;
}

export { isFinishedSave, quizStorageKey } from './storage-key';

export function toSaved(state: QuizState): SavedQuiz {
	return { version: 1, state };
}

/**
 * The quiz state saved on this device, or null when there is none or it cannot be trusted
 * (another version, another quiz, or corrupted): the child then simply starts fresh. Progress on
 * a question that changed since is cleaned or dropped, question by question.
 */
export function restoreQuiz(
	quiz: QuizInput,
	saved: unknown,
	handlers: HandlerLookup
): QuizState | null {
	if (!isObject(saved) || saved.version !== 1 || !isObject(saved.state)) return null;
	const { seed, index, finished, progress } = saved.state;
	if (typeof index !== 'number' || !Number.isInteger(index)) return null;
	if (index < 0 || index >= quiz.questions.length || !isObject(progress)) return null;
	const restored: Record<string, QuestionProgress> = {};
	for (const question of quiz.questions) {
		const raw = progress[question.id];
		if (!isObject(raw) || raw.type !== question.type) continue;
		const p = handlers(question)?.restore(question, raw);
		if (p) restored[question.id] = p;
	}
	// Progress saved before attempts had seeds gets one from the quiz's title: stable from now on.
	const attemptSeed = typeof seed === 'string' && seed.length <= 40 ? seed : quiz.title;
	return { seed: attemptSeed, index, finished: finished === true, progress: restored };
}
