import { describe, expect, it } from 'vitest';
import {
	clampDeckState,
	hasPendingReveal,
	initialDeckState,
	reduceDeck,
	type DeckAction,
	type DeckState,
} from '../../../../src/lib/deck/state';

/* Four slides: a title, a quiz question with one reveal step, a plain slide, and a closing card. */
const shape = { steps: [0, 1, 0, 0] };
const at = (index: number, step = 0, blank = false): DeckState => ({ index, step, blank });
const run = (state: DeckState, ...actions: DeckAction[]) =>
	actions.reduce((s, a) => reduceDeck(shape, s, a), state);

describe('reduceDeck: next and previous', () => {
	it('starts on the first slide, not blank', () => {
		expect(initialDeckState).toEqual(at(0));
	});

	it('moves to the next slide', () => {
		expect(run(at(0), { type: 'next' })).toEqual(at(1));
	});

	it('reveals a slide’s step before moving on, then moves on', () => {
		expect(run(at(1), { type: 'next' })).toEqual(at(1, 1));
		expect(run(at(1), { type: 'next' }, { type: 'next' })).toEqual(at(2));
	});

	it('stays on the last slide and returns the same object', () => {
		const last = at(3);
		expect(reduceDeck(shape, last, { type: 'next' })).toBe(last);
	});

	it('goes back step by step, the inverse of next', () => {
		expect(run(at(2), { type: 'prev' })).toEqual(at(1, 1));
		expect(run(at(1, 1), { type: 'prev' })).toEqual(at(1));
		expect(run(at(1), { type: 'prev' })).toEqual(at(0));
	});

	it('stays on the first slide and returns the same object', () => {
		const first = at(0);
		expect(reduceDeck(shape, first, { type: 'prev' })).toBe(first);
	});

	it('walks the whole deck forward and back again to the start', () => {
		const forward = Array<DeckAction>(5).fill({ type: 'next' });
		expect(run(at(0), ...forward)).toEqual(at(3));
		const back = Array<DeckAction>(5).fill({ type: 'prev' });
		expect(run(at(3), ...back)).toEqual(at(0));
	});
});

describe('reduceDeck: jumps', () => {
	it('Home and End go to the first and the last slide, steps hidden', () => {
		expect(run(at(1, 1), { type: 'first' })).toEqual(at(0));
		expect(run(at(1, 1), { type: 'last' })).toEqual(at(3));
	});

	it('a jump also brings the picture back', () => {
		expect(run(at(2, 0, true), { type: 'first' })).toEqual(at(0));
	});
});

describe('reduceDeck: blank screen', () => {
	it('toggles blank and back', () => {
		expect(run(at(2), { type: 'blank' })).toEqual(at(2, 0, true));
		expect(run(at(2), { type: 'blank' }, { type: 'blank' })).toEqual(at(2));
	});

	it('can be set explicitly', () => {
		expect(run(at(2), { type: 'blank', on: false })).toEqual(at(2));
		expect(run(at(2, 0, true), { type: 'blank', on: true })).toEqual(at(2, 0, true));
	});

	it('next and previous only unblank, so no slide passes unseen', () => {
		expect(run(at(1, 0, true), { type: 'next' })).toEqual(at(1));
		expect(run(at(1, 0, true), { type: 'prev' })).toEqual(at(1));
	});
});

describe('reduceDeck: sync from another window', () => {
	it('takes over the other window’s state', () => {
		expect(run(at(0), { type: 'sync', state: at(1, 1, true) })).toEqual(at(1, 1, true));
	});

	it('clamps a state this deck cannot show', () => {
		expect(run(at(0), { type: 'sync', state: at(7, 3) })).toEqual(at(3));
		expect(run(at(0), { type: 'sync', state: at(0, 2) })).toEqual(at(0));
	});

	it('returns the same object when the state is already the same', () => {
		const state = at(1, 1);
		expect(reduceDeck(shape, state, { type: 'sync', state: at(1, 1) })).toBe(state);
	});
});

describe('clampDeckState', () => {
	it('handles an empty deck and odd numbers', () => {
		expect(clampDeckState({ steps: [] }, at(3, 1))).toEqual(at(0));
		expect(clampDeckState(shape, { index: 1.7, step: Number.NaN, blank: false })).toEqual(at(1));
	});
});

describe('hasPendingReveal', () => {
	it('is true only on a slide whose step is not yet shown', () => {
		expect(hasPendingReveal(shape, at(1))).toBe(true);
		expect(hasPendingReveal(shape, at(1, 1))).toBe(false);
		expect(hasPendingReveal(shape, at(0))).toBe(false);
	});
});
