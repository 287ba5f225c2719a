import { describe, expect, it } from 'vitest';
import { isExactlyRight, multiChoice } from '../../../../../src/lib/quiz/handlers/multi-choice';
import type { AnswerAction } from '../../../../../src/lib/quiz/types';
import { makeMultiChoiceQuestion } from '../../../../helpers/quiz-builders';

const q = makeMultiChoiceQuestion('m', ['a', 'b', 'c', 'd'], ['a', 'c']);
const toggle = (choiceId: string): AnswerAction => ({ type: 'toggle', choiceId });
const check: AnswerAction = { type: 'check' };
const run = (...actions: AnswerAction[]) =>
	actions.reduce((p, action) => multiChoice.apply(q, p, action), multiChoice.start(q));

describe('isExactlyRight', () => {
	it('needs every safe choice and nothing else, in any order', () => {
		expect(isExactlyRight(q, ['c', 'a'])).toBe(true);
		expect(isExactlyRight(q, ['a'])).toBe(false);
		expect(isExactlyRight(q, ['a', 'c', 'd'])).toBe(false);
		expect(isExactlyRight(q, [])).toBe(false);
	});
});

describe('multiChoice', () => {
	it('starts with nothing ticked, unchecked and silent', () => {
		const p = multiChoice.start(q);
		expect(p).toEqual({ type: 'pilihan-ganda', selected: [], checked: false });
		expect(multiChoice.isSolved(q, p)).toBe(false);
		expect(multiChoice.feedback(q, p)).toBeNull();
	});

	it('ticks and unticks choices', () => {
		expect(run(toggle('a'), toggle('b')).selected).toEqual(['a', 'b']);
		expect(run(toggle('a'), toggle('b'), toggle('a')).selected).toEqual(['b']);
	});

	it('does not check an empty selection', () => {
		const empty = multiChoice.start(q);
		expect(multiChoice.apply(q, empty, check)).toBe(empty);
		const unticked = run(toggle('a'), toggle('a'));
		expect(multiChoice.apply(q, unticked, check)).toBe(unticked);
	});

	it('is not solved by the right ticks until they are checked', () => {
		const p = run(toggle('a'), toggle('c'));
		expect(multiChoice.isSolved(q, p)).toBe(false);
		expect(multiChoice.feedback(q, p)).toBeNull();
	});

	it('answers a wrong check with "coba-lagi", counting missed and extra choices', () => {
		const p = run(toggle('b'), toggle('a'), toggle('d'), check);
		expect(p.checked).toBe(true);
		expect(multiChoice.isSolved(q, p)).toBe(false);
		expect(multiChoice.feedback(q, p)).toEqual({
			verdict: 'coba-lagi',
			text: '',
			missed: 1,
			extra: 2,
			answer: 'Pilihan a, Pilihan b, Pilihan d',
		});
	});

	it('counts every safe choice as missed when only unsafe ones are ticked', () => {
		expect(multiChoice.feedback(q, run(toggle('d'), check))).toMatchObject({
			missed: 2,
			extra: 1,
		});
	});

	it('clears the check when a tick changes after it, so the old verdict goes away', () => {
		const checked = run(toggle('a'), check);
		const changed = multiChoice.apply(q, checked, toggle('c'));
		expect(changed).toEqual({ type: 'pilihan-ganda', selected: ['a', 'c'], checked: false });
		expect(multiChoice.feedback(q, changed)).toBeNull();
	});

	it('is solved by checking exactly the safe choices, with "tepat"', () => {
		const p = run(toggle('c'), toggle('b'), toggle('a'), toggle('b'), check);
		expect(multiChoice.isSolved(q, p)).toBe(true);
		expect(multiChoice.feedback(q, p)).toMatchObject({
			verdict: 'tepat',
			missed: 0,
			extra: 0,
			answer: 'Pilihan a, Pilihan c',
		});
	});

	it('locks a solved question', () => {
		const solved = run(toggle('a'), toggle('c'), check);
		expect(multiChoice.apply(q, solved, toggle('a'))).toBe(solved);
		expect(multiChoice.apply(q, solved, toggle('d'))).toBe(solved);
		expect(multiChoice.apply(q, solved, check)).toBe(solved);
	});

	it('ignores unknown choice ids and actions of other question types', () => {
		const p = run(toggle('a'));
		const others: AnswerAction[] = [
			toggle('zzz'),
			{ type: 'choose', choiceId: 'c' },
			{ type: 'place', cardId: 'c', groupId: 'c' },
			{ type: 'pick-step', stepId: 'c' },
			{ type: 'feel', feeling: 'senang' },
			{ type: 'write-name', finger: 0, name: 'Ibu' },
			{ type: 'hand-done' },
		];
		for (const action of others) expect(multiChoice.apply(q, p, action), action.type).toBe(p);
	});

	describe('restore', () => {
		it('keeps known ticks once each and the check', () => {
			const p = multiChoice.restore(q, {
				type: 'pilihan-ganda',
				selected: ['a', 'gone', 'c', 'a', 3],
				checked: true,
			});
			expect(p).toEqual({ type: 'pilihan-ganda', selected: ['a', 'c'], checked: true });
			expect(multiChoice.isSolved(q, p!)).toBe(true);
		});

		it('trusts only a boolean true as checked, and only a list as the selection', () => {
			expect(multiChoice.restore(q, { selected: ['a'], checked: 'true' })?.checked).toBe(false);
			expect(multiChoice.restore(q, { selected: 'a', checked: 1 })).toEqual(multiChoice.start(q));
		});
	});
});
