import type { ChecklistArea } from '../../schemas/checklist';

/** A school's answer to one statement. */
export type ChecklistAnswer = 'sudah' | 'belum' | 'tidak-tahu';

export interface AreaSummary {
	id: string;
	title: string;
	done: number;
	total: number;
}

export interface NextStep {
	itemId: string;
	area: string;
	text: string;
	action: string;
	answer: ChecklistAnswer | undefined;
}

export interface ChecklistSummary {
	areas: AreaSummary[];
	done: number;
	total: number;
	answered: number;
	/** Every statement not yet "sudah", in checklist order: unanswered ones too. */
	nextSteps: NextStep[];
	/** 'lengkap' when all are "sudah"; 'separuh' from half; 'awal' below half. */
	level: 'lengkap' | 'separuh' | 'awal';
}

/** The result of the self-check: what is in place, and what to do next. */
export function summarizeChecklist(
	areas: readonly ChecklistArea[],
	answers: Readonly<Record<string, ChecklistAnswer>>
): ChecklistSummary {
	const summaries = areas.map((area) => ({
		id: area.id,
		title: area.title,
		done: area.items.filter((i) => answers[i.id] === 'sudah').length,
		total: area.items.length,
	}));
	const done = summaries.reduce((n, a) => n + a.done, 0);
	const total = summaries.reduce((n, a) => n + a.total, 0);
	const nextSteps = areas.flatMap((area) =>
		area.items
			.filter((item) => answers[item.id] !== 'sudah')
			.map((item) => ({
				itemId: item.id,
				area: area.title,
				text: item.text,
				action: item.action,
				answer: answers[item.id],
			}))
	);
	const answered = areas.flatMap((a) => a.items).filter((i) => answers[i.id] !== undefined).length;
	const level = done === total ? 'lengkap' : done * 2 >= total ? 'separuh' : 'awal';
	return { areas: summaries, done, total, answered, nextSteps, level };
}

/** Item ids used more than once across areas (they would share one answer). */
export function duplicateItemIds(areas: readonly ChecklistArea[]): string[] {
	const ids = areas.flatMap((a) => a.items.map((i) => i.id));
	return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
}
