import { describe, expect, it } from 'vitest';
import { orderSteps } from '../../../../../src/lib/quiz/handlers/order';
import type { AnswerAction } from '../../../../../src/lib/quiz/types';
import { makeOrderQuestion } from '../../../../helpers/quiz-builders';

const q = makeOrderQuestion('u', ['tolak', 'pergi', 'cerita']);
const pick = (stepId: string): AnswerAction => ({ type: 'pick-step', stepId });
const run = (...actions: AnswerAction[]) =>
	actions.reduce((p, action) => orderSteps.apply(q, p, action), orderSteps.start(q));

describe('orderSteps', () => {
	it('starts with nothing placed, unsolved and silent', () => {
		const p = orderSteps.start(q);
		expect(p).toEqual({ type: 'urutkan', placed: [], lastTry: null });
		expect(orderSteps.isSolved(q, p)).toBe(false);
		expect(orderSteps.feedback(q, p)).toBeNull();
	});

	it('does not move a wrong step into place, but answers it with "coba-lagi"', () => {
		const p = run(pick('pergi'));
		expect(p).toEqual({ type: 'urutkan', placed: [], lastTry: 'pergi' });
		expect(orderSteps.feedback(q, p)).toEqual({
			verdict: 'coba-lagi',
			text: 'Alasan langkah pergi.',
			answer: 'Langkah pergi',
			audio: undefined,
		});
	});

	it('moves the step that comes next into place, with "tepat"', () => {
		const p = run(pick('pergi'), pick('tolak'));
		expect(p).toEqual({ type: 'urutkan', placed: ['tolak'], lastTry: 'tolak' });
		expect(orderSteps.feedback(q, p)).toMatchObject({
			verdict: 'tepat',
			text: 'Alasan langkah tolak.',
		});
	});

	it('judges a later step against the next free place, not the first', () => {
		const p = run(pick('tolak'), pick('cerita'));
		expect(p.placed).toEqual(['tolak']);
		expect(orderSteps.feedback(q, p)?.verdict).toBe('coba-lagi');
		expect(orderSteps.apply(q, p, pick('pergi')).placed).toEqual(['tolak', 'pergi']);
	});

	it('ignores a step already in place', () => {
		const p = run(pick('tolak'), pick('cerita'));
		expect(orderSteps.apply(q, p, pick('tolak'))).toBe(p);
	});

	it('is solved once every step is in place, and then ignores picks', () => {
		const p = run(pick('tolak'), pick('pergi'), pick('cerita'));
		expect(orderSteps.isSolved(q, p)).toBe(true);
		expect(orderSteps.apply(q, p, pick('pergi'))).toBe(p);
	});

	it('ignores unknown steps and actions of other question types', () => {
		const p = run(pick('tolak'));
		const others: AnswerAction[] = [
			pick('lari'),
			{ type: 'choose', choiceId: 'pergi' },
			{ type: 'toggle', choiceId: 'pergi' },
			{ type: 'place', cardId: 'pergi', groupId: 'pergi' },
			{ type: 'check' },
		];
		for (const action of others) expect(orderSteps.apply(q, p, action), action.type).toBe(p);
	});

	describe('restore', () => {
		it('keeps placed steps that are the start of the right order', () => {
			expect(orderSteps.restore(q, { placed: ['tolak', 'pergi'], lastTry: 'cerita' })).toEqual({
				type: 'urutkan',
				placed: ['tolak', 'pergi'],
				lastTry: 'cerita',
			});
			expect(
				orderSteps.isSolved(q, orderSteps.restore(q, { placed: ['tolak', 'pergi', 'cerita'] })!)
			).toBe(true);
		});

		it('empties placed steps that are not a prefix of the right order', () => {
			for (const placed of [
				['pergi'],
				['tolak', 'cerita'],
				['tolak', 'tolak'],
				['tolak', 'gone'],
			]) {
				expect(orderSteps.restore(q, { placed, lastTry: 'tolak' })?.placed, placed.join()).toEqual(
					[]
				);
			}
			expect(
				orderSteps.restore(q, { placed: ['tolak', 'pergi', 'cerita', 'cerita'] })?.placed
			).toEqual([]);
		});

		it('drops an unknown last try and placed steps that are not a list', () => {
			expect(orderSteps.restore(q, { placed: 'tolak', lastTry: 'lari' })).toEqual(
				orderSteps.start(q)
			);
			expect(orderSteps.restore(q, { lastTry: 4 })).toEqual(orderSteps.start(q));
		});
	});
});
