import { describe, expect, it } from 'vitest';
import { SEMESTER_WEEKS, semesterPlan } from '../../../src/lib/teacher/semester-plan';
import { trackFacts } from '../../../src/lib/teacher/track-facts';

describe('semesterPlan', () => {
	it('prepares in week 1, then teaches every two weeks with the letter the week before, then reviews', () => {
		expect(semesterPlan(['a', 'b', 'c'])).toEqual([
			{ week: 1, kind: 'persiapan' },
			{ week: 2, kind: 'pelajaran', lesson: 'a', letterWeek: 1 },
			{ week: 4, kind: 'pelajaran', lesson: 'b', letterWeek: 3 },
			{ week: 6, kind: 'pelajaran', lesson: 'c', letterWeek: 5 },
			{ week: 8, kind: 'ulang' },
		]);
	});

	it('fits five lessons (a full track) in a semester with room to spare', () => {
		const rows = semesterPlan(['1', '2', '3', '4', '5']);
		expect(rows.at(-1)).toEqual({ week: 12, kind: 'ulang' });
		expect(rows.at(-1)!.week).toBeLessThanOrEqual(SEMESTER_WEEKS);
	});

	it('teaches every week when every other week would not fit', () => {
		const lessons = Array.from({ length: 9 }, (_, i) => `l${i}`);
		const rows = semesterPlan(lessons);
		const weeks = rows.map((r) => r.week);
		expect(weeks).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
		expect(
			rows.filter((r) => r.kind === 'pelajaran').map((r) => r.kind === 'pelajaran' && r.lesson)
		).toEqual(lessons);
	});

	it('keeps the lessons in the order given and plans nothing without lessons', () => {
		expect(semesterPlan([])).toEqual([]);
		const rows = semesterPlan(['x', 'y'], 6);
		expect(rows.map((r) => r.week)).toEqual([1, 2, 4, 6]);
	});
});

describe('trackFacts', () => {
	it('counts lessons and gives the span of minutes and grades', () => {
		expect(
			trackFacts([
				{ minutes: 35, grades: [3, 4] },
				{ minutes: 70, grades: [4] },
			])
		).toEqual({ count: 2, minutes: { min: 35, max: 70 }, grades: { min: 3, max: 4 } });
	});

	it('has no grades for tracks without school grades, and nothing for no lessons', () => {
		expect(trackFacts([{ minutes: 20, grades: [] }]).grades).toBeUndefined();
		expect(trackFacts([])).toEqual({ count: 0, minutes: undefined, grades: undefined });
	});
});
