import { toId } from '../to-id';

/**
 * The outline of a lesson's steps, for the lesson page's step navigator: each part
 * (`<Langkah judul="Inti" menit={22}>`) with its timed activities, authored as a paragraph that opens
 * with a bold lead such as "**Kegiatan 1: Lagu dan nama bagian tubuh (7 menit).**".
 */
export interface StepActivity {
	/** The anchor the activity's paragraph carries on the lesson page. */
	id: string;
	/** The lead without its minutes, e.g. "Kegiatan 1: Lagu dan nama bagian tubuh". */
	title: string;
	minutes: number;
	/** What else the parentheses say, e.g. "jika waktu cukup". */
	note?: string;
}

export interface StepPart {
	/** The anchor of the part's heading: the one `Langkah.astro` gives it. */
	id: string;
	title: string;
	minutes: number;
	activities: StepActivity[];
}

/** The anchor of a `<Langkah>` part's heading, e.g. "Pembuka" → "langkah-pembuka". */
export function partId(title: string): string {
	return `langkah-${toId(title)}`;
}

const TIMED_LEAD = /^(.+?)\s*\((\d+) menit(?:,\s*([^)]+))?\)\.?$/;

/**
 * A bold lead that times an activity, read into its parts; `undefined` when the lead gives no
 * minutes ("**Jika waktu terbatas.**").
 */
export function parseTimedLead(lead: string): Omit<StepActivity, 'id'> | undefined {
	const match = lead.trim().match(TIMED_LEAD);
	if (!match) return undefined;
	const [, title = '', minutes = '', note] = match;
	return note ? { title, minutes: Number(minutes), note } : { title, minutes: Number(minutes) };
}

/**
 * An activity's anchor from its title: the label before the colon ("Kegiatan 3: Cerita Bima" →
 * "langkah-kegiatan-3"), or the whole title; a number is added when the page already has it.
 */
export function activityId(title: string, taken: Set<string>): string {
	const label = title.includes(':') ? title.slice(0, title.indexOf(':')) : title;
	const base = `langkah-${toId(label)}`;
	let id = base;
	for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
	taken.add(id);
	return id;
}

/** The whole lesson's minutes as its parts give them. */
export function outlineMinutes(parts: readonly StepPart[]): number {
	return parts.reduce((sum, part) => sum + part.minutes, 0);
}

/**
 * Reads a step outline handed over by the Markdown step (see `remarkLessonSteps`) through the
 * lesson's rendered frontmatter; anything else reads as no outline.
 */
export function readOutline(value: unknown): StepPart[] {
	if (!Array.isArray(value)) return [];
	return value.filter(isStepPart);
}

function isStepPart(value: unknown): value is StepPart {
	if (typeof value !== 'object' || value === null) return false;
	const part = value as Partial<StepPart>;
	return (
		typeof part.id === 'string' &&
		typeof part.title === 'string' &&
		typeof part.minutes === 'number' &&
		Array.isArray(part.activities) &&
		part.activities.every(
			(a) =>
				typeof a.id === 'string' && typeof a.title === 'string' && typeof a.minutes === 'number'
		)
	);
}
