import { describe, expect, it } from 'vitest';
import { cpuMultiplierFor } from '../../../scripts/lighthouse-cpu.mjs';

describe('cpuMultiplierFor', () => {
	it('keeps Lighthouse’s 4× on a desktop in the middle of the high-end range', () => {
		expect(cpuMultiplierFor(1750)).toBe(4);
	});

	it('slows a slower or busier machine less, so the simulated phone stays the same', () => {
		expect(cpuMultiplierFor(875)).toBe(2);
		expect(cpuMultiplierFor(1000)).toBe(2.3);
	});

	it('stays between 1× and Lighthouse’s default 4× (never stricter than the default)', () => {
		expect(cpuMultiplierFor(200)).toBe(1);
		expect(cpuMultiplierFor(2300)).toBe(4);
	});

	it('falls back to the default 4× when the machine reported no speed', () => {
		expect(cpuMultiplierFor(0)).toBe(4);
		expect(cpuMultiplierFor(Number.NaN)).toBe(4);
	});
});
