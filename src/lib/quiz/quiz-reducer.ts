import { checkPlacement, isSolved } from './check-answer';
import type { Question, QuestionProgress, QuizAction, QuizInput, QuizState } from './types';

/** The state of a quiz nobody has touched yet. */
export function initQuiz(): QuizState {
	return { index: 0, progress: {}, finished: false };
}

/** The question on screen, or undefined once the quiz is finished. */
export function currentQuestion(quiz: QuizInput, state: QuizState): Question | undefined {
	return state.finished ? undefined : quiz.questions[state.index];
}

function emptyProgress(question: Question): QuestionProgress {
	return question.type === 'pilihan'
		? { type: 'pilihan', picks: [] }
		: { type: 'kelompokkan', placements: {}, lastCard: null };
}

/**
 * Every state change of a quiz, with no DOM: the child may answer again until the safe answer is
 * found (there is no failing), moves on only from a solved question, and the quiz ends on the
 * closing card. Unknown ids and out-of-order actions leave the state unchanged.
 */
export function quizReducer(quiz: QuizInput, state: QuizState, action: QuizAction): QuizState {
	if (action.type === 'restart') return initQuiz();
	const question = currentQuestion(quiz, state);
	if (!question) return state;
	const progress = state.progress[question.id] ?? emptyProgress(question);

	switch (action.type) {
		case 'choose': {
			if (question.type !== 'pilihan' || progress.type !== 'pilihan') return state;
			if (!question.choices.some((c) => c.id === action.choiceId)) return state;
			if (isSolved(question, progress)) return state;
			const picks = [...progress.picks.filter((id) => id !== action.choiceId), action.choiceId];
			return {
				...state,
				progress: { ...state.progress, [question.id]: { type: 'pilihan', picks } },
			};
		}
		case 'place': {
			if (question.type !== 'kelompokkan' || progress.type !== 'kelompokkan') return state;
			const known =
				question.cards.some((c) => c.id === action.cardId) &&
				question.groups.some((g) => g.id === action.groupId);
			if (!known) return state;
			const placed = progress.placements[action.cardId];
			if (placed && checkPlacement(question, action.cardId, placed) === 'tepat') return state;
			const next: QuestionProgress = {
				type: 'kelompokkan',
				placements: { ...progress.placements, [action.cardId]: action.groupId },
				lastCard: action.cardId,
			};
			return { ...state, progress: { ...state.progress, [question.id]: next } };
		}
		case 'next': {
			if (!isSolved(question, progress)) return state;
			const isLast = state.index >= quiz.questions.length - 1;
			return isLast ? { ...state, finished: true } : { ...state, index: state.index + 1 };
		}
	}
}
