import { describe, expect, it } from 'vitest';
import { currentQuestion, initQuiz, quizReducer } from '../../../../src/lib/quiz/quiz-reducer';
import type { QuizAction, QuizState } from '../../../../src/lib/quiz/types';
import { makeChoiceQuestion, makeQuiz, makeSortQuestion } from '../../../helpers/quiz-builders';

const quiz = makeQuiz(
	makeChoiceQuestion('q1', ['a', 'b', 'c'], 'b'),
	makeSortQuestion('q2', { tos: 'boleh', rahasia: 'tidak-boleh' })
);
const run = (...actions: QuizAction[]): QuizState =>
	actions.reduce((state, action) => quizReducer(quiz, state, action), initQuiz());

describe('quizReducer', () => {
	it('starts on the first question, unfinished', () => {
		expect(currentQuestion(quiz, initQuiz())?.id).toBe('q1');
	});

	it('records every try, keeping the latest last, and lets the child try again', () => {
		const state = run({ type: 'choose', choiceId: 'a' }, { type: 'choose', choiceId: 'c' });
		expect(state.progress.q1).toEqual({ type: 'pilihan', picks: ['a', 'c'] });
	});

	it('does not move on before the safe answer is found', () => {
		const state = run({ type: 'choose', choiceId: 'a' }, { type: 'next' });
		expect(state.index).toBe(0);
	});

	it('locks a solved question and moves on', () => {
		const state = run(
			{ type: 'choose', choiceId: 'b' },
			{ type: 'choose', choiceId: 'a' },
			{ type: 'next' }
		);
		expect(state.progress.q1).toEqual({ type: 'pilihan', picks: ['b'] });
		expect(currentQuestion(quiz, state)?.id).toBe('q2');
	});

	it('ignores unknown ids and actions of the wrong question type', () => {
		const before = run();
		expect(quizReducer(quiz, before, { type: 'choose', choiceId: 'zzz' })).toBe(before);
		expect(quizReducer(quiz, before, { type: 'place', cardId: 'tos', groupId: 'boleh' })).toBe(
			before
		);
	});

	it('lets a misplaced card be placed again, then locks it once right', () => {
		const toQ2 = [{ type: 'choose', choiceId: 'b' }, { type: 'next' }] as const;
		const state = run(
			...toQ2,
			{ type: 'place', cardId: 'tos', groupId: 'tidak-boleh' },
			{ type: 'place', cardId: 'tos', groupId: 'boleh' },
			{ type: 'place', cardId: 'tos', groupId: 'tidak-boleh' }
		);
		expect(state.progress.q2).toEqual({
			type: 'kelompokkan',
			placements: { tos: 'boleh' },
			lastCard: 'tos',
		});
	});

	it('finishes after the last solved question, and restarts from the beginning', () => {
		const finished = run(
			{ type: 'choose', choiceId: 'b' },
			{ type: 'next' },
			{ type: 'place', cardId: 'tos', groupId: 'boleh' },
			{ type: 'next' },
			{ type: 'place', cardId: 'rahasia', groupId: 'tidak-boleh' },
			{ type: 'next' }
		);
		expect(finished.finished).toBe(true);
		expect(currentQuestion(quiz, finished)).toBeUndefined();
		expect(quizReducer(quiz, finished, { type: 'next' })).toBe(finished);
		expect(quizReducer(quiz, finished, { type: 'restart' })).toEqual(initQuiz());
	});
});
