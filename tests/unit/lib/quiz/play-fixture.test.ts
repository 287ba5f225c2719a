import { describe, expect, it } from 'vitest';
import { readableQuestion } from '../../../../src/lib/quiz/answer-key';
import { allHandlers } from '../../../../src/lib/quiz/handlers';
import { initQuiz, quizLogic } from '../../../../src/lib/quiz/quiz-reducer';
import { restoreQuiz, toSaved } from '../../../../src/lib/quiz/saved-progress';
import type { AnswerAction, Question, QuizState } from '../../../../src/lib/quiz/types';
import { QUESTION_TYPES, QuizSchema } from '../../../../src/schemas/quiz';
import { validFixture } from '../../../helpers/fixtures';

const quiz = QuizSchema.parse(validFixture('quiz').data);
const { reduce, isSolved, feedback } = quizLogic(allHandlers);

/** What a child who knows the safe answers does on a question, worked out from its data. */
function safeAnswers(q: Question): AnswerAction[] {
	switch (q.type) {
		case 'pilihan':
			return [{ type: 'choose', choiceId: q.choices.find((c) => c.correct)!.id }];
		case 'pilihan-ganda':
			return [
				...q.choices
					.filter((c) => c.correct)
					.map((c): AnswerAction => ({ type: 'toggle', choiceId: c.id })),
				{ type: 'check' },
			];
		case 'kelompokkan':
			return q.cards.map((c) => ({ type: 'place', cardId: c.id, groupId: c.group }));
		case 'urutkan':
			return q.steps.map((s) => ({ type: 'pick-step', stepId: s.id }));
		case 'skenario': {
			const actions: AnswerAction[] = [];
			let scene = q.scenes[0];
			while (scene?.choices?.length) {
				const safe = scene.choices.find((c) => c.next)!;
				actions.push({ type: 'choose', choiceId: safe.id });
				scene = q.scenes.find((s) => s.id === safe.next);
			}
			return actions;
		}
		case 'perasaan':
			return [{ type: 'feel', feeling: q.feelings[0]!.feeling }];
		case 'lima-jari':
			return [{ type: 'write-name', finger: 0, name: 'Ibu' }, { type: 'hand-done' }];
	}
}

describe('the valid quiz fixture', () => {
	it('has one question of each of the seven types', () => {
		expect(quiz.questions.map((q) => q.type).sort()).toEqual([...QUESTION_TYPES].sort());
	});

	it('can be played to the closing card with the safe answers, and saved on the way', () => {
		let state: QuizState = initQuiz();
		for (const question of quiz.questions) {
			for (const action of safeAnswers(question)) state = reduce(quiz, state, action);
			expect(isSolved(question, state), question.id).toBe(true);
			expect(feedback(question, state)?.verdict, question.id).toMatch(/^(tepat|diterima|selesai)$/);
			const saved = JSON.parse(JSON.stringify(toSaved(state))) as unknown;
			expect(restoreQuiz(quiz, saved, allHandlers), question.id).toEqual(state);
			state = reduce(quiz, state, { type: 'next' });
		}
		expect(state.finished).toBe(true);
	});

	it('has an answer key for every question', () => {
		const words = {
			feeling: (id: string) => id,
			fingers: ['1', '2', '3', '4', '5'],
			alsoGroup: (label: string) => label,
		};
		for (const question of quiz.questions) {
			const readable = readableQuestion(question, words, 'tetap:uji');
			expect(readable.key.length, question.id).toBeGreaterThan(0);
			expect(
				readable.key.every((line) => line.answer && line.reason),
				question.id
			).toBe(true);
		}
	});
});
