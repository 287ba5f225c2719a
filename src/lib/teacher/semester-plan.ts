/** Weeks of teaching in one Indonesian school semester, exams and holidays aside. */
export const SEMESTER_WEEKS = 18;

/** One row of a semester plan. Lessons carry the week their parent letter goes home. */
export type PlanRow<L> =
	| { week: number; kind: 'persiapan' }
	| { week: number; kind: 'pelajaran'; lesson: L; letterWeek: number }
	| { week: number; kind: 'ulang' };

/**
 * A semester for one track: week 1 to prepare (learn the reporting procedure, send the first parent
 * letter), then the lessons in order, one every two weeks when they fit (time to repeat the rules at
 * home and to answer parents' questions), otherwise one a week, and a review week after the last.
 * Each parent letter goes home the week before its lesson.
 */
export function semesterPlan<L>(lessons: readonly L[], weeks = SEMESTER_WEEKS): PlanRow<L>[] {
	if (lessons.length === 0) return [];
	const gap = 1 + 2 * lessons.length <= weeks - 1 ? 2 : 1;
	const rows: PlanRow<L>[] = [{ week: 1, kind: 'persiapan' }];
	lessons.forEach((lesson, index) => {
		const week = 2 + index * gap;
		rows.push({ week, kind: 'pelajaran', lesson, letterWeek: week - 1 });
	});
	const last = rows[rows.length - 1]!.week;
	rows.push({ week: last + gap, kind: 'ulang' });
	return rows;
}
