import { describe, expect, it } from 'vitest';
import { createDoublePressDetector, QUICK_EXIT_URL } from '../../../src/lib/quick-exit';

describe('createDoublePressDetector', () => {
	it('fires on the second press within the window, not on the first', () => {
		const isDouble = createDoublePressDetector(1000);
		expect(isDouble(5000)).toBe(false);
		expect(isDouble(5800)).toBe(true);
	});

	it('does not fire when the presses are too far apart', () => {
		const isDouble = createDoublePressDetector(1000);
		expect(isDouble(0)).toBe(false);
		expect(isDouble(1500)).toBe(false);
		expect(isDouble(2200)).toBe(true);
	});

	it('needs two fresh presses after firing', () => {
		const isDouble = createDoublePressDetector(1000);
		isDouble(0);
		expect(isDouble(100)).toBe(true);
		expect(isDouble(200)).toBe(false);
	});
});

describe('QUICK_EXIT_URL', () => {
	it('leaves for another site over https', () => {
		expect(new URL(QUICK_EXIT_URL).protocol).toBe('https:');
	});
});
