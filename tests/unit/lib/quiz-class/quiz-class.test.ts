import { describe, expect, it } from 'vitest';
import { displayOrder } from '../../../../src/lib/quiz-class/display-order';
import { safeChoiceIds, safePath } from '../../../../src/lib/quiz-class/safe-path';

describe('displayOrder', () => {
	const steps = ['a', 'b', 'c', 'd', 'e'];

	it('is the same for the same seed', () => {
		expect(displayOrder(steps, 'q1')).toEqual(displayOrder(steps, 'q1'));
	});

	it('keeps every item exactly once', () => {
		expect([...displayOrder(steps, 'q1')].sort()).toEqual(steps);
	});

	it('never shows the right order', () => {
		for (const seed of ['a', 'b', 'c', 'urutan-cuci-tangan', 'x'.repeat(40)]) {
			expect(displayOrder(['1', '2'], seed)).toEqual(['2', '1']);
			expect(displayOrder(steps, seed)).not.toEqual(steps);
		}
	});

	it('leaves a single item and an empty list alone', () => {
		expect(displayOrder(['a'], 's')).toEqual(['a']);
		expect(displayOrder([], 's')).toEqual([]);
	});
});

describe('safePath', () => {
	const scenes = [
		{
			id: 'mulai',
			choices: [{ id: 'ikut' }, { id: 'tolak', next: 'pergi' }],
		},
		{ id: 'jalan-lain', choices: [{ id: 'x', next: 'akhir-lain' }] },
		{ id: 'pergi', choices: [{ id: 'diam' }, { id: 'cerita', next: 'akhir' }] },
		{ id: 'akhir' },
		{ id: 'akhir-lain' },
	];

	it('follows the safe choices from the first scene to an ending', () => {
		expect(safePath(scenes).map((s) => s.id)).toEqual(['mulai', 'pergi', 'akhir']);
	});

	it('stops at a loop instead of running forever', () => {
		const looped = [
			{ id: 'a', choices: [{ id: '1', next: 'b' }] },
			{ id: 'b', choices: [{ id: '2', next: 'a' }] },
		];
		expect(safePath(looped).map((s) => s.id)).toEqual(['a', 'b']);
	});

	it('is empty for no scenes', () => {
		expect(safePath([])).toEqual([]);
	});

	it('names the safe choices of a scene', () => {
		expect(safeChoiceIds(scenes[0]!)).toEqual(['tolak']);
		expect(safeChoiceIds(scenes[3]!)).toEqual([]);
	});
});
