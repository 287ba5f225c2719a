import { describe, expect, it } from 'vitest';
import { stableShuffle } from '../../../../src/lib/quiz/shuffle';

const items = ['a', 'b', 'c', 'd', 'e', 'f'];
const seeds = Array.from({ length: 50 }, (_, i) => `soal-${i}`);

describe('stableShuffle', () => {
	it('gives the same order for the same seed, without touching the input', () => {
		const input = [...items];
		const first = stableShuffle(input, 'urutkan-cerita');
		expect(stableShuffle([...items], 'urutkan-cerita')).toEqual(first);
		expect(input).toEqual(items);
		expect(first).not.toBe(input);
	});

	it('returns a permutation of the input', () => {
		for (const seed of seeds) {
			const out = stableShuffle(items, seed);
			expect([...out].sort()).toEqual(items);
		}
		const objects = [{ n: 1 }, { n: 2 }, { n: 3 }];
		const shuffled = stableShuffle(objects, 'x');
		for (const o of objects) expect(shuffled).toContain(o);
	});

	it('usually gives different orders for different seeds', () => {
		const orders = new Set(seeds.map((seed) => stableShuffle(items, seed).join('')));
		expect(orders.size).toBeGreaterThan(40);
	});

	it('never returns the original order for two or more items', () => {
		for (let n = 2; n <= 7; n++) {
			const list = items.concat('g').slice(0, n);
			for (const seed of [...seeds, '', 'a']) {
				expect(stableShuffle(list, seed), `${n} items, seed "${seed}"`).not.toEqual(list);
			}
		}
	});

	it('may return the original order when asked to, as often as any other', () => {
		let original = 0;
		for (const seed of seeds) {
			const out = stableShuffle(['a', 'b'], seed, true);
			expect([...out].sort()).toEqual(['a', 'b']);
			if (out[0] === 'a') original += 1;
		}
		expect(original / seeds.length).toBeGreaterThan(0.35);
		expect(original / seeds.length).toBeLessThan(0.65);
	});

	it('returns a copy of an empty or one-item list', () => {
		expect(stableShuffle([], 'x')).toEqual([]);
		const one = ['a'];
		expect(stableShuffle(one, 'x')).toEqual(['a']);
		expect(stableShuffle(one, 'x')).not.toBe(one);
	});
});
