import { describe, expect, it } from 'vitest';
import { allHandlers } from '../../../../src/lib/quiz/handlers';
import { currentQuestion, initQuiz, quizLogic } from '../../../../src/lib/quiz/quiz-reducer';
import type { HandlerLookup, QuizAction, QuizState } from '../../../../src/lib/quiz/types';
import {
	makeChoiceQuestion,
	makeFiveFingersQuestion,
	makeQuiz,
	makeSortQuestion,
} from '../../../helpers/quiz-builders';

const quiz = makeQuiz(
	makeChoiceQuestion('q1', ['a', 'b', 'c'], 'b'),
	makeSortQuestion('q2', { tos: 'boleh', rahasia: 'tidak-boleh' }),
	makeFiveFingersQuestion('q3')
);
const q1 = quiz.questions[0]!;
const q2 = quiz.questions[1]!;
const { reduce, progressOf, isSolved, feedback } = quizLogic(allHandlers);
const runFrom = (state: QuizState, ...actions: QuizAction[]): QuizState =>
	actions.reduce((s, action) => reduce(quiz, s, action), state);
const run = (...actions: QuizAction[]): QuizState => runFrom(initQuiz(), ...actions);

const solveQ1: QuizAction[] = [{ type: 'choose', choiceId: 'b' }, { type: 'next' }];
const solveQ2: QuizAction[] = [
	{ type: 'place', cardId: 'tos', groupId: 'boleh' },
	{ type: 'place', cardId: 'rahasia', groupId: 'tidak-boleh' },
	{ type: 'next' },
];
const solveQ3: QuizAction[] = [{ type: 'hand-done' }, { type: 'next' }];

describe('initQuiz / currentQuestion', () => {
	it('starts on the first question, with no progress and unfinished', () => {
		expect(initQuiz()).toEqual({ seed: '', index: 0, progress: {}, finished: false });
		expect(initQuiz('abc').seed).toBe('abc');
		expect(currentQuestion(quiz, initQuiz())?.id).toBe('q1');
	});

	it('has no current question once finished', () => {
		expect(currentQuestion(quiz, { ...initQuiz(), index: 2, finished: true })).toBeUndefined();
	});
});

describe('quizLogic(allHandlers)', () => {
	describe('progressOf / isSolved / feedback', () => {
		it('gives a fresh start and no feedback for an untouched question', () => {
			expect(progressOf(q1, initQuiz())).toEqual({ type: 'pilihan', picks: [] });
			expect(isSolved(q1, initQuiz())).toBe(false);
			expect(feedback(q1, initQuiz())).toBeNull();
		});

		it("ignores saved progress of another type for the question's id", () => {
			const state: QuizState = {
				...initQuiz(),
				progress: { q1: { type: 'perasaan', picked: 'senang' } },
			};
			expect(progressOf(q1, state)).toEqual({ type: 'pilihan', picks: [] });
			expect(isSolved(q1, state)).toBe(false);
			expect(feedback(q1, state)).toBeNull();
			const answered = reduce(quiz, state, { type: 'choose', choiceId: 'a' });
			expect(answered.progress.q1).toEqual({ type: 'pilihan', picks: ['a'] });
		});

		it("reports the question's own verdict", () => {
			expect(feedback(q1, run({ type: 'choose', choiceId: 'a' }))?.verdict).toBe('coba-lagi');
			expect(feedback(q1, run({ type: 'choose', choiceId: 'b' }))?.verdict).toBe('tepat');
		});
	});

	describe('reduce', () => {
		it('records every try, keeping the latest last, and lets the child try again', () => {
			const state = run({ type: 'choose', choiceId: 'a' }, { type: 'choose', choiceId: 'c' });
			expect(state.progress.q1).toEqual({ type: 'pilihan', picks: ['a', 'c'] });
			expect(state.index).toBe(0);
		});

		it('does not move on before the question is solved', () => {
			const tried = run({ type: 'choose', choiceId: 'a' });
			expect(reduce(quiz, tried, { type: 'next' })).toBe(tried);
			expect(reduce(quiz, initQuiz(), { type: 'next' })).toEqual(initQuiz());
		});

		it('locks a solved question and moves on from it', () => {
			const state = run(
				{ type: 'choose', choiceId: 'b' },
				{ type: 'choose', choiceId: 'a' },
				{ type: 'next' }
			);
			expect(state.progress.q1).toEqual({ type: 'pilihan', picks: ['b'] });
			expect(currentQuestion(quiz, state)?.id).toBe('q2');
		});

		it('answers only the question on screen', () => {
			const onQ2 = run(...solveQ1);
			expect(reduce(quiz, onQ2, { type: 'choose', choiceId: 'a' })).toBe(onQ2);
			const placed = reduce(quiz, onQ2, { type: 'place', cardId: 'tos', groupId: 'boleh' });
			expect(placed.progress.q2).toMatchObject({ placements: { tos: 'boleh' } });
			expect(placed.progress.q1).toBe(onQ2.progress.q1);
		});

		it('returns the same state for unknown ids and actions of the wrong type', () => {
			const before = run({ type: 'choose', choiceId: 'a' });
			const ignored: QuizAction[] = [
				{ type: 'choose', choiceId: 'zzz' },
				{ type: 'place', cardId: 'tos', groupId: 'boleh' },
				{ type: 'toggle', choiceId: 'b' },
				{ type: 'hand-done' },
			];
			for (const action of ignored) expect(reduce(quiz, before, action), action.type).toBe(before);
		});

		it('goes back a question, keeping progress, but not before the first', () => {
			const onQ2 = run(...solveQ1, { type: 'place', cardId: 'tos', groupId: 'boleh' });
			const back = reduce(quiz, onQ2, { type: 'back' });
			expect(back.index).toBe(0);
			expect(back.progress).toBe(onQ2.progress);
			expect(reduce(quiz, back, { type: 'back' })).toBe(back);
			expect(reduce(quiz, back, { type: 'next' }).index).toBe(1);
		});

		it('finishes after the last solved question', () => {
			const beforeLast = run(...solveQ1, ...solveQ2);
			expect(currentQuestion(quiz, beforeLast)?.id).toBe('q3');
			expect(beforeLast.finished).toBe(false);
			const finished = runFrom(beforeLast, ...solveQ3);
			expect(finished.finished).toBe(true);
			expect(finished.index).toBe(2);
			expect(currentQuestion(quiz, finished)).toBeUndefined();
		});

		it('ignores answers and next once finished', () => {
			const finished = run(...solveQ1, ...solveQ2, ...solveQ3);
			expect(reduce(quiz, finished, { type: 'next' })).toBe(finished);
			expect(reduce(quiz, finished, { type: 'write-name', finger: 0, name: 'Ibu' })).toBe(finished);
		});

		it('goes back from the closing card to the last question', () => {
			const finished = run(...solveQ1, ...solveQ2, ...solveQ3);
			const back = reduce(quiz, finished, { type: 'back' });
			expect(back).toEqual({ ...finished, finished: false });
			expect(currentQuestion(quiz, back)?.id).toBe('q3');
		});

		it('restarts from the beginning with nothing kept', () => {
			const finished = run(...solveQ1, ...solveQ2, ...solveQ3);
			expect(reduce(quiz, finished, { type: 'restart' })).toEqual(initQuiz());
			const midway = run(...solveQ1, { type: 'place', cardId: 'tos', groupId: 'boleh' });
			expect(reduce(quiz, midway, { type: 'restart' })).toEqual(initQuiz());
		});

		it('restarts as a new attempt with the new seed it is given, or keeps the old one', () => {
			const midway = runFrom(initQuiz('erste'), ...solveQ1);
			expect(reduce(quiz, midway, { type: 'restart', seed: 'zweite' })).toEqual(initQuiz('zweite'));
			expect(reduce(quiz, midway, { type: 'restart' })).toEqual(initQuiz('erste'));
			expect(midway.seed).toBe('erste');
		});

		it('takes a restored state as it is', () => {
			const saved: QuizState = {
				seed: 's',
				index: 1,
				finished: false,
				progress: { q1: { type: 'pilihan', picks: ['b'] } },
			};
			const restored = reduce(quiz, run({ type: 'choose', choiceId: 'a' }), {
				type: 'restore',
				state: saved,
			});
			expect(restored).toBe(saved);
			expect(currentQuestion(quiz, restored)?.id).toBe('q2');
		});
	});

	describe('with a handler not loaded yet', () => {
		const notLoaded: HandlerLookup = (question) =>
			question.type === 'kelompokkan' ? undefined : allHandlers(question);
		const partial = quizLogic(notLoaded);
		const onQ2 = run(...solveQ1);

		it('makes answers and next no-ops on that question', () => {
			const actions: QuizAction[] = [
				{ type: 'place', cardId: 'tos', groupId: 'boleh' },
				{ type: 'place', cardId: 'rahasia', groupId: 'tidak-boleh' },
				{ type: 'next' },
			];
			for (const action of actions) expect(partial.reduce(quiz, onQ2, action)).toBe(onQ2);
			expect(partial.progressOf(q2, onQ2)).toBeUndefined();
		});

		it('never reports that question solved, nor its feedback, even with progress', () => {
			const solvedQ2 = runFrom(onQ2, ...solveQ2.slice(0, 2));
			expect(isSolved(q2, solvedQ2)).toBe(true);
			expect(partial.isSolved(q2, solvedQ2)).toBe(false);
			expect(partial.feedback(q2, solvedQ2)).toBeNull();
			expect(partial.reduce(quiz, solvedQ2, { type: 'next' })).toBe(solvedQ2);
		});

		it('still runs the questions whose handlers are loaded, and back', () => {
			expect(
				partial.reduce(quiz, initQuiz(), { type: 'choose', choiceId: 'b' }).progress.q1
			).toEqual({ type: 'pilihan', picks: ['b'] });
			expect(partial.reduce(quiz, onQ2, { type: 'back' }).index).toBe(0);
		});
	});
});
