import { describe, expect, it } from 'vitest';
import { announcementFor } from '../../../../src/lib/deck/announce';
import { findFitScale } from '../../../../src/lib/deck/fit';
import { deckChannelName, parseDeckMessage } from '../../../../src/lib/deck/sync';
import { formatElapsed, isOverTime } from '../../../../src/lib/deck/time';

const at = (index: number, step = 0, blank = false) => ({ index, step, blank });

describe('announcementFor', () => {
	it('names the new slide after a move', () => {
		expect(announcementFor(at(0), at(1))).toEqual({ kind: 'slide', index: 1 });
	});

	it('says when an answer is revealed or hidden again', () => {
		expect(announcementFor(at(1), at(1, 1))).toEqual({ kind: 'revealed' });
		expect(announcementFor(at(1, 1), at(1))).toEqual({ kind: 'hidden' });
	});

	it('says when the screen goes blank, and names the slide when it comes back', () => {
		expect(announcementFor(at(2), at(2, 0, true))).toEqual({ kind: 'blank' });
		expect(announcementFor(at(2, 0, true), at(2))).toEqual({ kind: 'slide', index: 2 });
	});

	it('is silent when nothing changed', () => {
		expect(announcementFor(at(2), at(2))).toBeNull();
	});
});

describe('findFitScale', () => {
	it('keeps full size when the content fits', () => {
		expect(findFitScale(() => true)).toBe(1);
	});

	it('finds the largest scale that fits, within a step', () => {
		const fits = (scale: number) => scale <= 0.7;
		const scale = findFitScale(fits, 0.4, 8);
		expect(scale).toBeLessThanOrEqual(0.7);
		expect(scale).toBeGreaterThan(0.69);
	});

	it('returns the minimum when nothing fits', () => {
		expect(findFitScale(() => false, 0.5)).toBe(0.5);
	});

	it('measures only a few times', () => {
		let calls = 0;
		findFitScale((s) => (calls++, s < 0.6), 0.4, 6);
		expect(calls).toBeLessThanOrEqual(8);
	});
});

describe('parseDeckMessage', () => {
	it('accepts a hello and a state', () => {
		expect(parseDeckMessage({ kind: 'hello', from: 'a' })).toEqual({ kind: 'hello', from: 'a' });
		const state = { kind: 'state', from: 'b', state: at(3, 1, true), startedAt: 1000 };
		expect(parseDeckMessage(state)).toEqual(state);
	});

	it('rejects anything malformed', () => {
		for (const data of [
			null,
			'hello',
			{ kind: 'hello' },
			{ kind: 'state', from: 'b', state: at(-1), startedAt: 0 },
			{ kind: 'state', from: 'b', state: { index: 1, step: 0 }, startedAt: 0 },
			{ kind: 'state', from: 'b', state: at(1), startedAt: 'now' },
			{ kind: 'other', from: 'b' },
		]) {
			expect(parseDeckMessage(data)).toBeNull();
		}
	});

	it('gives each deck its own channel', () => {
		expect(deckChannelName('/a/')).not.toBe(deckChannelName('/b/'));
	});
});

describe('formatElapsed', () => {
	it.each([
		[0, '0:00'],
		[9_999, '0:09'],
		[61_000, '1:01'],
		[35 * 60_000, '35:00'],
		[3_725_000, '1:02:05'],
		[-5_000, '0:00'],
	])('%d ms → %s', (ms, text) => {
		expect(formatElapsed(ms)).toBe(text);
	});

	it('tells when the planned minutes are over', () => {
		expect(isOverTime(35 * 60_000, 35)).toBe(false);
		expect(isOverTime(35 * 60_000 + 1, 35)).toBe(true);
	});
});
