import { describe, expect, it } from 'vitest';
import { allHandlers } from '../../../../src/lib/quiz/handlers';
import { initQuiz, quizLogic } from '../../../../src/lib/quiz/quiz-reducer';
import {
	isFinishedSave,
	quizStorageKey,
	restoreQuiz,
	toSaved,
} from '../../../../src/lib/quiz/saved-progress';
import type { HandlerLookup, QuizAction, QuizState } from '../../../../src/lib/quiz/types';
import { makeOneOfEachType, makeQuiz } from '../../../helpers/quiz-builders';

const quiz = makeQuiz(...makeOneOfEachType());
const { reduce } = quizLogic(allHandlers);
const run = (...actions: QuizAction[]): QuizState =>
	actions.reduce((s, action) => reduce(quiz, s, action), initQuiz());

/** Some progress on every one of the seven types, ending on the feelings question. */
const mixed = run(
	{ type: 'choose', choiceId: 'a' },
	{ type: 'choose', choiceId: 'b' },
	{ type: 'next' },
	{ type: 'toggle', choiceId: 'a' },
	{ type: 'toggle', choiceId: 'c' },
	{ type: 'check' },
	{ type: 'next' },
	{ type: 'place', cardId: 'tos', groupId: 'boleh' },
	{ type: 'place', cardId: 'rahasia', groupId: 'tidak-boleh' },
	{ type: 'next' },
	{ type: 'pick-step', stepId: 'tolak' },
	{ type: 'pick-step', stepId: 'cerita' },
	{ type: 'pick-step', stepId: 'pergi' },
	{ type: 'pick-step', stepId: 'cerita' },
	{ type: 'next' },
	{ type: 'choose', choiceId: 'ikut' },
	{ type: 'choose', choiceId: 'tolak' },
	{ type: 'choose', choiceId: 'cerita' },
	{ type: 'next' },
	{ type: 'feel', feeling: 'takut' },
	{ type: 'next' },
	{ type: 'write-name', finger: 1, name: 'Bu Guru' }
);
const throughJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const savedWith = (state: Record<string, unknown>) => ({ version: 1, state });

describe('the attempt seed', () => {
	it('is saved with the attempt and restored, so a restored quiz shows the same order', () => {
		const state = reduce(quiz, initQuiz('k3x9'), { type: 'choose', choiceId: 'b' });
		expect(restoreQuiz(quiz, throughJson(toSaved(state)), allHandlers)?.seed).toBe('k3x9');
	});

	it('falls back to a stable seed for progress saved without one, or with a strange one', () => {
		for (const seed of [undefined, 42, 'x'.repeat(500)]) {
			const restored = restoreQuiz(quiz, savedWith({ seed, index: 0, progress: {} }), allHandlers);
			expect(restored?.seed, String(seed)).toBe(quiz.title);
		}
	});
});

describe('isFinishedSave', () => {
	it('is true only for a saved quiz played to its end', () => {
		expect(isFinishedSave(throughJson(toSaved({ ...initQuiz('s'), finished: true })))).toBe(true);
		expect(isFinishedSave(throughJson(toSaved(initQuiz('s'))))).toBe(false);
		for (const bad of [null, 'x', { version: 2, state: { finished: true } }, { state: {} }]) {
			expect(isFinishedSave(bad), JSON.stringify(bad)).toBe(false);
		}
	});
});

describe('quizStorageKey', () => {
	it('keeps each quiz under its own key in the site namespace', () => {
		expect(quizStorageKey('bagian-pribadi')).toBe('jaga-diri:kuis:bagian-pribadi');
		expect(quizStorageKey('a')).not.toBe(quizStorageKey('b'));
	});
});

describe('restoreQuiz', () => {
	it('round-trips a mixed quiz through JSON', () => {
		expect(mixed.index).toBe(6);
		expect(Object.keys(mixed.progress)).toHaveLength(7);
		expect(restoreQuiz(quiz, throughJson(toSaved(mixed)), allHandlers)).toEqual(mixed);
	});

	it('round-trips a finished quiz and a fresh one', () => {
		const finished = { ...mixed, finished: true };
		expect(restoreQuiz(quiz, throughJson(toSaved(finished)), allHandlers)).toEqual(finished);
		expect(restoreQuiz(quiz, throughJson(toSaved(initQuiz())), allHandlers)).toEqual(initQuiz());
	});

	it('returns null for anything that is not a saved quiz', () => {
		for (const saved of [null, undefined, 'state', 42, [], [toSaved(mixed)], { state: mixed }]) {
			expect(restoreQuiz(quiz, saved, allHandlers), JSON.stringify(saved)).toBeNull();
		}
	});

	it('returns null for another version or a missing state', () => {
		for (const version of [0, 2, '1', null]) {
			expect(restoreQuiz(quiz, { version, state: mixed }, allHandlers), String(version)).toBeNull();
		}
		expect(restoreQuiz(quiz, { version: 1 }, allHandlers)).toBeNull();
		expect(restoreQuiz(quiz, { version: 1, state: [mixed] }, allHandlers)).toBeNull();
	});

	it('returns null when the index is not a question of this quiz', () => {
		for (const index of [-1, 7, 100, 1.5, Number.NaN, '2', null]) {
			expect(
				restoreQuiz(quiz, savedWith({ ...mixed, index }), allHandlers),
				String(index)
			).toBeNull();
		}
		expect(restoreQuiz(quiz, savedWith({ finished: false, progress: {} }), allHandlers)).toBeNull();
	});

	it('returns null when the progress is not a record', () => {
		for (const progress of [null, [], 'q-pilihan', undefined]) {
			expect(
				restoreQuiz(quiz, savedWith({ ...mixed, progress }), allHandlers),
				String(progress)
			).toBeNull();
		}
	});

	it('trusts only a boolean true as finished', () => {
		for (const finished of ['true', 1, null]) {
			expect(restoreQuiz(quiz, savedWith({ ...mixed, finished }), allHandlers)?.finished).toBe(
				false
			);
		}
	});

	it('drops progress of another type, or of the wrong shape, for a question id', () => {
		const progress = {
			...mixed.progress,
			'q-pilihan': { type: 'pilihan-ganda', selected: ['b'], checked: true },
			'q-urutkan': ['tolak'],
			'q-perasaan': 'takut',
			'q-lima-jari': { names: ['Ibu'], done: true },
		};
		const restored = restoreQuiz(quiz, savedWith({ ...mixed, progress }), allHandlers);
		expect(Object.keys(restored!.progress).sort()).toEqual([
			'q-kelompokkan',
			'q-pilihan-ganda',
			'q-skenario',
		]);
		expect(restored!.progress['q-skenario']).toEqual(mixed.progress['q-skenario']);
	});

	it('ignores progress on a question removed from the quiz since saving', () => {
		const smaller = makeQuiz(...makeOneOfEachType().filter((q) => q.id !== 'q-kelompokkan'));
		const saved = throughJson(toSaved({ ...mixed, index: 2 }));
		const restored = restoreQuiz(smaller, saved, allHandlers);
		expect(restored).not.toBeNull();
		expect(restored!.progress).not.toHaveProperty('q-kelompokkan');
		expect(restored!.progress['q-pilihan']).toEqual(mixed.progress['q-pilihan']);
		expect(Object.keys(restored!.progress)).toHaveLength(6);
	});

	it('cleans progress that no longer fits its question', () => {
		const progress = {
			'q-pilihan': { type: 'pilihan', picks: ['gone', 'a'] },
			'q-urutkan': { type: 'urutkan', placed: ['pergi'], lastTry: 'pergi' },
			'q-skenario': { type: 'skenario', path: ['mulai', 'aman'], lastChoice: null },
		};
		const restored = restoreQuiz(quiz, savedWith({ index: 0, progress }), allHandlers);
		expect(restored).toEqual({
			seed: 'Kuis uji',
			index: 0,
			finished: false,
			progress: {
				'q-pilihan': { type: 'pilihan', picks: ['a'] },
				'q-urutkan': { type: 'urutkan', placed: [], lastTry: 'pergi' },
				'q-skenario': { type: 'skenario', path: ['mulai'], lastChoice: null },
			},
		});
	});

	it('leaves out progress of a type whose handler is not loaded', () => {
		const withoutSort: HandlerLookup = (q) =>
			q.type === 'kelompokkan' ? undefined : allHandlers(q);
		const restored = restoreQuiz(quiz, throughJson(toSaved(mixed)), withoutSort);
		expect(restored!.progress).not.toHaveProperty('q-kelompokkan');
		expect(Object.keys(restored!.progress)).toHaveLength(6);
	});
});
