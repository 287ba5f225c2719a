import { describe, expect, it } from 'vitest';
import { deckHash, parseDeckHash } from '../../../../src/lib/deck/hash';
import { keyToCommand } from '../../../../src/lib/deck/keys';

describe('deck address hash', () => {
	it('names the slide from 1, and a revealed step after a dot', () => {
		expect(deckHash({ index: 0, step: 0 })).toBe('#1');
		expect(deckHash({ index: 6, step: 0 })).toBe('#7');
		expect(deckHash({ index: 6, step: 1 })).toBe('#7.1');
	});

	it('reads back what it writes', () => {
		for (const state of [
			{ index: 0, step: 0 },
			{ index: 12, step: 2 },
		]) {
			expect(parseDeckHash(deckHash(state))).toEqual(state);
		}
	});

	it.each(['', '#', '#guru', '#0', '#-3', '#7a', '#7.'])('ignores %j', (hash) => {
		expect(parseDeckHash(hash)).toBeNull();
	});
});

describe('the key guide key', () => {
	it('is "?" (typed with Shift), never with Ctrl', () => {
		expect(keyToCommand({ key: '?', shiftKey: true })).toBe('help');
		expect(keyToCommand({ key: '?', ctrlKey: true })).toBeNull();
	});
});
