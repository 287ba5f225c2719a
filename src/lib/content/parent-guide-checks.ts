/*
 * Checks for the parent guides after the third blind review: the 72-hour step sends a family to a
 * health facility (UPTD PPA accompanies them, it does not treat), the wali-santri code phrase never
 * shows its meaning as words to say, a guide about children who harm asks for an outside report
 * before anything else, and a crisis guide opens with what to do.
 */

/** Blocks separated by a blank line, or single list items, so one step is judged on its own. */
const blocks = (text: string): string[] =>
	text
		.split(/\n\s*\n|\n(?=\s*(?:\d+\.|-)\s)/)
		.map((b) => b.trim())
		.filter(Boolean);

/** Sentences of a block (good enough for prose: a full stop, ! or ? followed by a space). */
const sentences = (text: string): string[] =>
	text
		.split(/(?<=[.!?])\s+/)
		.map((s) => s.trim())
		.filter(Boolean);

const UPTD = String.raw`(?:<Istilah id="uptd-ppa"\s*\/>|UPTD PPA)`;
const HEALTH = String.raw`(?:puskesmas|<Istilah id="igd"\s*\/>|\bIGD\b)`;

/** UPTD PPA listed with the puskesmas or IGD as a place to take the child, or as where to "berobat". */
const UPTD_IN_HEALTH_LIST = new RegExp(`${HEALTH}[^.]*?,?\\s+atau\\s+${UPTD}`, 'i');
const BEROBAT_KE_UPTD = new RegExp(`\\b(?:berobat|dirawat|diobati|periksakan)\\b[^.]*?\\bke\\s+${UPTD}`, 'i');

/** Sentences that present UPTD PPA as a place of medical treatment. */
export function uptdAsTreatmentPlace(text: string): string[] {
	return sentences(text).filter((s) => UPTD_IN_HEALTH_LIST.test(s) || BEROBAT_KE_UPTD.test(s));
}

/** A step about care within 3 days (72 hours). */
const SEVENTY_TWO_HOURS = /(?:dalam|terakhir)[^.]*\b3 hari\b|72 jam/i;
const CARE = /\b(?:berobat|periksa|periksakan|pemeriksaan|dibawa|bawa)\b/i;
/** A health facility named, or a link to the guide section that names one. */
const NAMES_FACILITY = /puskesmas|#berobat-dulu/i;

/** Steps about care within 3 days that name no health facility and link to no step that does. */
export function careStepsWithoutFacility(text: string): string[] {
	return blocks(text).filter(
		(b) =>
			SEVENTY_TWO_HOURS.test(b) &&
			CARE.test(b) &&
			!NAMES_FACILITY.test(b) &&
			!/^#/.test(b) &&
			!/^\s*-\s*title:/.test(b)
	);
}

/** Steps that send a family to the IGD without saying it is where to go at night. */
export function igdWithoutNight(text: string): string[] {
	return blocks(text).filter(
		(b) => SEVENTY_TWO_HOURS.test(b) && new RegExp(HEALTH, 'i').test(b) && /\bIGD\b|"igd"/.test(b) && !/malam/i.test(b)
	);
}

/** Words that give away what a family code phrase means. */
const CODE_MEANING = /\b(?:jemput|dijemput|ceritakan|cerita|bercerita|tolong|takut|pulang|berdua)\b/i;

/**
 * Quoted examples of a code phrase that state its meaning: said on a watched call, they would warn
 * the person the child fears. `section` is the text where the guide teaches the code phrase.
 */
export function codePhraseExamplesThatTell(section: string): string[] {
	return [...section.matchAll(/[“"]([^”"]+)[”"]/g)]
		.map((m) => m[1]!)
		.filter((quote) => quote.split(/\s+/).length >= 3 && CODE_MEANING.test(quote));
}

/** Whether the instruction to make one's own sentence comes before the first quoted example. */
export function ownSentenceBeforeExample(section: string): boolean {
	const own = section.search(/\bsendiri\b/i);
	const example = section.search(/[“"]/);
	return own !== -1 && (example === -1 || own < example);
}

/**
 * Whether a section about a child who harmed another asks for an outside report (UPTD PPA or
 * SAPA 129) before it speaks of school: a report only for school incidents invites a settlement
 * between families.
 */
export function reportsOutsideFirst(section: string): boolean {
	const report = section.search(/uptd-ppa|UPTD PPA|"sapa"|SAPA 129|sapa-129/);
	const school = section.search(/\bsekolah\b/i);
	return report !== -1 && (school === -1 || report < school);
}

/** The level-2 headings of a guide, in order. */
export function headings(text: string): string[] {
	return [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim());
}

/** Paragraphs (not lists, not components) longer than `max` words. */
export function longParagraphs(text: string, max: number): string[] {
	const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
	return body
		.split(/\n\s*\n/)
		.map((p) => p.trim())
		.filter((p) => p && !/^[<#\-\d|]/.test(p))
		.filter((p) => p.split(/\s+/).length > max);
}

/** The text between a level-2 heading that starts with `title` and the next level-2 heading. */
export function section(text: string, title: string): string {
	const start = text.indexOf(`## ${title}`);
	if (start === -1) return '';
	const next = text.indexOf('\n## ', start + 3);
	return text.slice(start, next === -1 ? undefined : next);
}
