import { describe, expect, it } from 'vitest';
import { isStoredChecklist } from '../../../src/lib/checklist/stored';
import { duplicateItemIds, summarizeChecklist } from '../../../src/lib/checklist/summarize';
import type { ChecklistArea } from '../../../src/schemas/checklist';

const areas: ChecklistArea[] = [
	{
		id: 'kebijakan',
		title: 'Kebijakan',
		description: 'd',
		items: [
			{ id: 'a', text: 'A', action: 'Lakukan A' },
			{ id: 'b', text: 'B', action: 'Lakukan B' },
		],
	},
	{
		id: 'orang',
		title: 'Orang',
		description: 'd',
		items: [{ id: 'c', text: 'C', action: 'Lakukan C' }],
	},
];

describe('summarizeChecklist', () => {
	it('counts what is in place per area and overall', () => {
		const s = summarizeChecklist(areas, { a: 'sudah', b: 'belum', c: 'sudah' });
		expect(s.areas).toEqual([
			{ id: 'kebijakan', title: 'Kebijakan', done: 1, total: 2 },
			{ id: 'orang', title: 'Orang', done: 1, total: 1 },
		]);
		expect([s.done, s.total, s.answered, s.level]).toEqual([2, 3, 3, 'separuh']);
	});

	it('lists every statement not yet in place, unanswered ones too, in order', () => {
		const s = summarizeChecklist(areas, { b: 'tidak-tahu' });
		expect(s.nextSteps.map((n) => [n.itemId, n.answer])).toEqual([
			['a', undefined],
			['b', 'tidak-tahu'],
			['c', undefined],
		]);
		expect(s.level).toBe('awal');
	});

	it('says "lengkap" only when everything is in place', () => {
		expect(summarizeChecklist(areas, { a: 'sudah', b: 'sudah', c: 'sudah' }).level).toBe('lengkap');
	});

	it('finds item ids used twice', () => {
		const twice = [...areas, { ...areas[1]!, id: 'tempat' as const }];
		expect(duplicateItemIds(twice)).toEqual(['c']);
	});
});

describe('isStoredChecklist', () => {
	it('accepts what the checklist saves', () => {
		expect(
			isStoredChecklist({ version: 1, name: 'MI Contoh', answers: { a: 'sudah', b: 'tidak-tahu' } })
		).toBe(true);
	});
	it.each([
		['null', null],
		['an old version', { version: 0, name: '', answers: {} }],
		['an unknown answer', { version: 1, name: '', answers: { a: 'mungkin' } }],
		['answers as a list', { version: 1, name: '', answers: ['sudah'] }],
		['a missing name', { version: 1, answers: {} }],
	])('rejects %s', (_label, value) => {
		expect(isStoredChecklist(value)).toBe(false);
	});
});
