import { describe, expect, it } from 'vitest';
import { isControlActivation, keyToCommand } from '../../../../src/lib/deck/keys';

describe('keyToCommand', () => {
	it.each([
		['ArrowRight', 'next'],
		['ArrowDown', 'next'],
		['PageDown', 'next'],
		[' ', 'next'],
		['ArrowLeft', 'prev'],
		['ArrowUp', 'prev'],
		['PageUp', 'prev'],
		['Home', 'first'],
		['End', 'last'],
		['b', 'blank'],
		['B', 'blank'],
		['.', 'blank'],
		['f', 'fullscreen'],
		['F', 'fullscreen'],
		['s', 'teacher'],
		['S', 'teacher'],
		['Escape', 'escape'],
	])('%j → %s', (key, command) => {
		expect(keyToCommand({ key })).toBe(command);
	});

	it('Shift+Space goes back', () => {
		expect(keyToCommand({ key: ' ', shiftKey: true })).toBe('prev');
	});

	it('leaves browser shortcuts alone', () => {
		expect(keyToCommand({ key: 'f', ctrlKey: true })).toBeNull();
		expect(keyToCommand({ key: 'ArrowLeft', altKey: true })).toBeNull();
		expect(keyToCommand({ key: 's', metaKey: true })).toBeNull();
	});

	it('ignores every other key', () => {
		for (const key of ['a', 'Tab', 'Enter', 'Shift', 'F5', 'x', '1']) {
			expect(keyToCommand({ key })).toBeNull();
		}
	});
});

describe('isControlActivation', () => {
	it('lets Space and Enter press a focused button or link', () => {
		expect(isControlActivation(' ', 'BUTTON')).toBe(true);
		expect(isControlActivation('Enter', 'a')).toBe(true);
	});

	it('lets the deck have Space elsewhere, and arrows everywhere', () => {
		expect(isControlActivation(' ', 'DIV')).toBe(false);
		expect(isControlActivation(' ', undefined)).toBe(false);
		expect(isControlActivation('ArrowRight', 'BUTTON')).toBe(false);
	});
});
