import { describe, expect, it } from 'vitest';
import { safeChoiceIds, safeChoices, safePath } from '../../../../src/lib/quiz/safe-path';

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

	it('follows the safe choices from the first scene to an ending, skipping scenes off the path', () => {
		expect(safePath(scenes).map((s) => s.id)).toEqual(['mulai', 'pergi', 'akhir']);
	});

	it('takes the first safe branch where a scene has two', () => {
		const branching = [
			{
				id: 'a',
				choices: [
					{ id: 'x', next: 'b' },
					{ id: 'y', next: 'c' },
				],
			},
			{ id: 'b' },
			{ id: 'c' },
		];
		expect(safePath(branching).map((s) => s.id)).toEqual(['a', 'b']);
	});

	it('stops at a loop, a missing scene or no scenes instead of running forever', () => {
		const looped = [
			{ id: 'a', choices: [{ id: '1', next: 'b' }] },
			{ id: 'b', choices: [{ id: '2', next: 'a' }] },
		];
		expect(safePath(looped).map((s) => s.id)).toEqual(['a', 'b']);
		expect(safePath([{ id: 'a', choices: [{ id: 'x', next: 'nowhere' }] }])).toHaveLength(1);
		expect(safePath([])).toEqual([]);
	});

	it('returns the scenes themselves, with everything they carry', () => {
		const [first] = safePath([{ id: 'a', text: 'Di kantin', choices: [] }]);
		expect(first).toEqual({ id: 'a', text: 'Di kantin', choices: [] });
	});
});

describe('safe choices', () => {
	it('are the choices that lead on, every one of them, in order', () => {
		const scene = {
			id: 's',
			choices: [
				{ id: 'diam', text: 'Diam saja' },
				{ id: 'tolak', text: 'Bilang tidak', next: 'a' },
				{ id: 'cerita', text: 'Cerita', next: 'b' },
			],
		};
		expect(safeChoiceIds(scene)).toEqual(['tolak', 'cerita']);
		expect(safeChoices(scene).map((c) => c.text)).toEqual(['Bilang tidak', 'Cerita']);
	});

	it('are none at an ending', () => {
		expect(safeChoiceIds({ id: 'akhir' })).toEqual([]);
	});
});
