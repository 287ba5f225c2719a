import type {
	Feedback,
	HandlerLookup,
	Question,
	QuestionProgress,
	QuizAction,
	QuizInput,
	QuizState,
} from './types';

/** The state of a quiz nobody has touched yet, for an attempt shown in the order of `seed`. */
export function initQuiz(seed = ''): QuizState {
	return { seed, index: 0, progress: {}, finished: false };
}

/** The question on screen, or undefined once the quiz is finished. */
export function currentQuestion(quiz: QuizInput, state: QuizState): Question | undefined {
	return state.finished ? undefined : quiz.questions[state.index];
}

/**
 * The logic of one quiz, given how to find each type's handler: `allHandlers` in tests, or the
 * island's registry, which fills as each type's chunk arrives. A question whose handler has not
 * arrived yet is simply not answerable yet.
 */
export function quizLogic(handlers: HandlerLookup) {
	/** The child's progress on a question, or a fresh start when there is none (or it does not fit). */
	function progressOf(question: Question, state: QuizState): QuestionProgress | undefined {
		const saved = state.progress[question.id];
		return saved?.type === question.type ? saved : handlers(question)?.start(question);
	}

	function isSolved(question: Question, state: QuizState): boolean {
		const progress = progressOf(question, state);
		return Boolean(progress && handlers(question)?.isSolved(question, progress));
	}

	function feedback(question: Question, state: QuizState): Feedback | null {
		const progress = state.progress[question.id] && progressOf(question, state);
		return (progress && handlers(question)?.feedback(question, progress)) || null;
	}

	/**
	 * Every state change of a quiz, with no DOM: the child may answer again until the safe answer
	 * is found (there is no failing), moves on only from a solved question, may go back, and the
	 * quiz ends on the closing card. Unknown ids and out-of-order actions change nothing.
	 */
	function reduce(quiz: QuizInput, state: QuizState, action: QuizAction): QuizState {
		switch (action.type) {
			case 'restart':
				return initQuiz(action.seed ?? state.seed);
			case 'restore':
				return action.state;
			case 'back':
				if (state.finished) return { ...state, finished: false };
				return state.index > 0 ? { ...state, index: state.index - 1 } : state;
		}
		const question = currentQuestion(quiz, state);
		if (!question) return state;
		if (action.type === 'next') {
			if (!isSolved(question, state)) return state;
			const isLast = state.index >= quiz.questions.length - 1;
			return isLast ? { ...state, finished: true } : { ...state, index: state.index + 1 };
		}
		const handler = handlers(question);
		const before = progressOf(question, state);
		if (!handler || !before) return state;
		const after = handler.apply(question, before, action);
		if (after === before) return state;
		return { ...state, progress: { ...state.progress, [question.id]: after } };
	}

	return { progressOf, isSolved, feedback, reduce };
}
