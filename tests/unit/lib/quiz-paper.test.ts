import { describe, expect, it } from 'vitest';
import { letter } from '../../../src/lib/quiz-paper/letters';
import { paperSteps } from '../../../src/lib/quiz-paper/paper-steps';
import { safePath } from '../../../src/lib/quiz-paper/safe-path';
import { seededShuffle } from '../../../src/lib/quiz-paper/seeded-shuffle';

describe('seededShuffle', () => {
	const items = ['a', 'b', 'c', 'd', 'e'];

	it('gives the same order for the same seed, without touching the input', () => {
		const copy = [...items];
		expect(seededShuffle(items, 'soal-1')).toEqual(seededShuffle(items, 'soal-1'));
		expect(items).toEqual(copy);
	});

	it('returns every item exactly once', () => {
		expect([...seededShuffle(items, 'x')].sort()).toEqual(items);
	});

	it('never prints the right order as the question, for any seed and length', () => {
		for (let length = 2; length <= 6; length += 1) {
			const list = items.concat(['f']).slice(0, length);
			for (let seed = 0; seed < 300; seed += 1) {
				expect(seededShuffle(list, `s${seed}`)).not.toEqual(list);
			}
		}
	});

	it('differs between seeds', () => {
		const orders = new Set(
			Array.from({ length: 20 }, (_, i) => seededShuffle(items, `q${i}`).join(''))
		);
		expect(orders.size).toBeGreaterThan(5);
	});

	it('leaves zero or one item as it is', () => {
		expect(seededShuffle([], 'x')).toEqual([]);
		expect(seededShuffle(['a'], 'x')).toEqual(['a']);
	});
});

describe('paperSteps', () => {
	const steps = [{ id: 'tolak' }, { id: 'pergi' }, { id: 'cerita' }];

	it('shuffles the steps and gives each its right position for the key', () => {
		const printed = paperSteps(steps, 'langkah-aman');
		expect(printed.map((s) => s.id)).not.toEqual(['tolak', 'pergi', 'cerita']);
		const byId = Object.fromEntries(printed.map((s) => [s.id, s.position]));
		expect(byId).toEqual({ tolak: 1, pergi: 2, cerita: 3 });
	});

	it('prints the same sheet for the same question', () => {
		expect(paperSteps(steps, 'q')).toEqual(paperSteps(steps, 'q'));
	});
});

describe('safePath', () => {
	it('follows the choices that lead on, up to the ending', () => {
		const path = safePath([
			{
				id: 'mulai',
				choices: [{ id: 'diam' }, { id: 'cerita', next: 'ibu' }],
			},
			{ id: 'ibu', choices: [{ id: 'lagi', next: 'akhir' }] },
			{ id: 'akhir' },
		]);
		expect(path.map((p) => p.scene.id)).toEqual(['mulai', 'ibu', 'akhir']);
		expect(path.map((p) => p.safe)).toEqual([['cerita'], ['lagi'], []]);
	});

	it('takes the first safe branch and lists every safe choice of a scene', () => {
		const path = safePath([
			{
				id: 'a',
				choices: [
					{ id: 'x', next: 'b' },
					{ id: 'y', next: 'c' },
				],
			},
			{ id: 'b' },
			{ id: 'c' },
		]);
		expect(path.map((p) => p.scene.id)).toEqual(['a', 'b']);
		expect(path[0]!.safe).toEqual(['x', 'y']);
	});

	it('stops at a loop or a dead end instead of running forever', () => {
		expect(
			safePath([
				{ id: 'a', choices: [{ id: 'x', next: 'b' }] },
				{ id: 'b', choices: [{ id: 'y', next: 'a' }] },
			]).map((p) => p.scene.id)
		).toEqual(['a', 'b']);
		expect(safePath([{ id: 'a', choices: [{ id: 'x', next: 'nowhere' }] }])).toHaveLength(1);
		expect(safePath([])).toEqual([]);
	});
});

describe('letter', () => {
	it('names groups and choices A, B, C', () => {
		expect([0, 1, 2].map(letter)).toEqual(['A', 'B', 'C']);
	});
});
