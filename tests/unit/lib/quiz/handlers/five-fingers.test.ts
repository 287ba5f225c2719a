import { describe, expect, it } from 'vitest';
import { FINGERS, NAME_MAX, fiveFingers } from '../../../../../src/lib/quiz/handlers/five-fingers';
import type { AnswerAction } from '../../../../../src/lib/quiz/types';
import { makeFiveFingersQuestion } from '../../../../helpers/quiz-builders';

const q = makeFiveFingersQuestion('lj');
const write = (finger: number, name: string): AnswerAction => ({
	type: 'write-name',
	finger,
	name,
});
const done: AnswerAction = { type: 'hand-done' };
const run = (...actions: AnswerAction[]) =>
	actions.reduce((p, action) => fiveFingers.apply(q, p, action), fiveFingers.start(q));

describe('fiveFingers', () => {
	it('starts with five empty names, not done and silent', () => {
		const p = fiveFingers.start(q);
		expect(p).toEqual({ type: 'lima-jari', names: ['', '', '', '', ''], done: false });
		expect(FINGERS).toBe(5);
		expect(fiveFingers.isSolved(q, p)).toBe(false);
		expect(fiveFingers.feedback(q, p)).toBeNull();
	});

	it('writes a name on one finger without touching the others or the old progress', () => {
		const before = run(write(0, 'Ibu'));
		const after = fiveFingers.apply(q, before, write(3, 'Bu Guru'));
		expect(after.names).toEqual(['Ibu', '', '', 'Bu Guru', '']);
		expect(before.names).toEqual(['Ibu', '', '', '', '']);
		expect(run(write(0, 'Ibu'), write(0, 'Ayah')).names[0]).toBe('Ayah');
	});

	it('ignores fingers that are not on the hand', () => {
		const p = run(write(0, 'Ibu'));
		for (const finger of [-1, 5, 1.5, Number.NaN]) {
			expect(fiveFingers.apply(q, p, write(finger, 'Paman')), String(finger)).toBe(p);
		}
	});

	it(`cuts a name to ${NAME_MAX} characters`, () => {
		const long = 'Kakek '.repeat(10);
		const p = run(write(1, long));
		expect(p.names[1]).toBe(long.slice(0, NAME_MAX));
		expect(p.names[1]).toHaveLength(NAME_MAX);
		expect(run(write(1, 'x'.repeat(NAME_MAX))).names[1]).toHaveLength(NAME_MAX);
	});

	it('is done on "hand-done" with "selesai", listing the names written', () => {
		const p = run(write(0, 'Ibu'), write(2, '   '), write(4, 'Pak RT'), done);
		expect(fiveFingers.isSolved(q, p)).toBe(true);
		expect(fiveFingers.feedback(q, p)).toEqual({
			verdict: 'selesai',
			text: q.feedback,
			answer: 'Ibu, Pak RT',
			audio: undefined,
		});
	});

	it('moves on even with no name written', () => {
		const p = run(done);
		expect(fiveFingers.isSolved(q, p)).toBe(true);
		expect(fiveFingers.feedback(q, p)).toMatchObject({ verdict: 'selesai', answer: '' });
	});

	it('passes the recording of the closing words along', () => {
		const withAudio = { ...q, feedbackAudio: 'kuis/lima-jari.mp3' };
		const p = fiveFingers.apply(withAudio, fiveFingers.start(withAudio), done);
		expect(fiveFingers.feedback(withAudio, p)?.audio).toBe('kuis/lima-jari.mp3');
	});

	it('ignores actions of other question types', () => {
		const p = run(write(0, 'Ibu'));
		const others: AnswerAction[] = [
			{ type: 'choose', choiceId: 'ibu' },
			{ type: 'check' },
			{ type: 'feel', feeling: 'senang' },
			{ type: 'pick-step', stepId: 'ibu' },
		];
		for (const action of others) expect(fiveFingers.apply(q, p, action), action.type).toBe(p);
	});

	describe('restore', () => {
		it('keeps written names and done', () => {
			const saved = { type: 'lima-jari', names: ['Ibu', '', 'Kak Sari', '', ''], done: true };
			expect(fiveFingers.restore(q, saved)).toEqual(saved);
		});

		it('always gives five names: pads, cuts, and blanks what is not text', () => {
			expect(fiveFingers.restore(q, { names: ['Ibu'] })?.names).toEqual(['Ibu', '', '', '', '']);
			expect(fiveFingers.restore(q, { names: ['a', 'b', 'c', 'd', 'e', 'f'] })?.names).toEqual([
				'a',
				'b',
				'c',
				'd',
				'e',
			]);
			expect(fiveFingers.restore(q, { names: [1, null, { n: 'Ibu' }, 'Ayah'] })?.names).toEqual([
				'',
				'',
				'',
				'Ayah',
				'',
			]);
			expect(fiveFingers.restore(q, { names: 'Ibu' })).toEqual(fiveFingers.start(q));
		});

		it(`cuts saved names longer than ${NAME_MAX} characters`, () => {
			const names = fiveFingers.restore(q, { names: ['y'.repeat(NAME_MAX + 25)] })?.names;
			expect(names?.[0]).toBe('y'.repeat(NAME_MAX));
		});

		it('trusts only a boolean true as done', () => {
			for (const value of ['true', 1, null, {}]) {
				expect(fiveFingers.restore(q, { done: value })?.done, String(value)).toBe(false);
			}
		});
	});
});
