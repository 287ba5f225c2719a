import { describe, expect, it } from 'vitest';
import { singleChoice } from '../../../../../src/lib/quiz/handlers/single-choice';
import type { AnswerAction, SingleChoiceQuestion } from '../../../../../src/lib/quiz/types';
import { makeChoiceQuestion } from '../../../../helpers/quiz-builders';

const q = makeChoiceQuestion('q', ['a', 'b', 'c'], 'b');
const choose = (choiceId: string): AnswerAction => ({ type: 'choose', choiceId });
const run = (...actions: AnswerAction[]) =>
	actions.reduce((p, action) => singleChoice.apply(q, p, action), singleChoice.start(q));

describe('singleChoice', () => {
	it('starts with no picks, unsolved and silent', () => {
		const p = singleChoice.start(q);
		expect(p).toEqual({ type: 'pilihan', picks: [] });
		expect(singleChoice.isSolved(q, p)).toBe(false);
		expect(singleChoice.feedback(q, p)).toBeNull();
	});

	it('records a wrong pick and answers it with "coba-lagi" and its reason', () => {
		const p = run(choose('a'));
		expect(p.picks).toEqual(['a']);
		expect(singleChoice.isSolved(q, p)).toBe(false);
		expect(singleChoice.feedback(q, p)).toEqual({
			verdict: 'coba-lagi',
			text: 'Alasan a.',
			answer: 'Pilihan a',
			audio: undefined,
		});
	});

	it('keeps each choice once, the latest pick last', () => {
		expect(run(choose('a'), choose('c'), choose('a')).picks).toEqual(['c', 'a']);
	});

	it('is solved by the safe choice, which gets "tepat"', () => {
		const p = run(choose('a'), choose('b'));
		expect(singleChoice.isSolved(q, p)).toBe(true);
		expect(singleChoice.feedback(q, p)).toMatchObject({ verdict: 'tepat', text: 'Alasan b.' });
	});

	it('ignores picks once solved, so the safe answer stays on screen', () => {
		const solved = run(choose('b'));
		expect(singleChoice.apply(q, solved, choose('a'))).toBe(solved);
	});

	it('ignores unknown choice ids and actions of other question types', () => {
		const p = run(choose('a'));
		const others: AnswerAction[] = [
			choose('zzz'),
			{ type: 'toggle', choiceId: 'b' },
			{ type: 'check' },
			{ type: 'place', cardId: 'b', groupId: 'b' },
			{ type: 'pick-step', stepId: 'b' },
			{ type: 'feel', feeling: 'senang' },
			{ type: 'hand-done' },
		];
		for (const action of others) expect(singleChoice.apply(q, p, action), action.type).toBe(p);
	});

	it('passes the recording of the reason along', () => {
		const withAudio: SingleChoiceQuestion = {
			...q,
			choices: q.choices.map((c) => ({ ...c, feedbackAudio: `kuis/${c.id}.mp3` })),
		};
		const p = singleChoice.apply(withAudio, singleChoice.start(withAudio), choose('c'));
		expect(singleChoice.feedback(withAudio, p)?.audio).toBe('kuis/c.mp3');
	});

	describe('restore', () => {
		it('keeps saved picks of choices that still exist, in order', () => {
			const p = singleChoice.restore(q, { type: 'pilihan', picks: ['a', 'gone', 7, null, 'b'] });
			expect(p).toEqual({ type: 'pilihan', picks: ['a', 'b'] });
			expect(singleChoice.isSolved(q, p!)).toBe(true);
		});

		it('starts fresh when picks are not a list', () => {
			expect(singleChoice.restore(q, { picks: 'b' })).toEqual(singleChoice.start(q));
			expect(singleChoice.restore(q, {})).toEqual(singleChoice.start(q));
		});
	});

	it('accepts an honest "not sure yet" answer: it solves the question with "diterima"', () => {
		const unsure: SingleChoiceQuestion = {
			...q,
			choices: q.choices.map((c) => (c.id === 'c' ? { ...c, accepted: true } : c)),
		};
		const p = singleChoice.apply(unsure, singleChoice.start(unsure), choose('c'));
		expect(singleChoice.isSolved(unsure, p)).toBe(true);
		expect(singleChoice.feedback(unsure, p)).toMatchObject({
			verdict: 'diterima',
			text: 'Alasan c.',
		});
		expect(singleChoice.isSolved(q, run(choose('c')))).toBe(false);
	});
});
