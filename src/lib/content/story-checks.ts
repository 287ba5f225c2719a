import type { PerpetratorRole } from '../../schemas/perpetrator';
import { REPORT_CHANNELS, type ReportChannel } from '../../schemas/report-channel';

/**
 * Checks on what stories teach, for the content tests: a story in which an adult hurts a child
 * ends with a report outside the school or pondok, and pesantren material never names the
 * pengasuh (who, in a pondok, is the kiai) as someone who may help a child bathe.
 */

/** The roles in which the person who hurts is an adult (peers and senior students are children). */
export const ADULT_ROLES: ReadonlySet<PerpetratorRole> = new Set([
	'pimpinan',
	'keluarga-pimpinan',
	'guru',
	'guru-ngaji',
	'keluarga',
	'orang-dikenal',
	'orang-asing',
	'daring',
]);

/** The channels whose job is to protect children; a story about an adult must end with one. */
export const OFFICIAL_CHANNELS: ReadonlySet<ReportChannel> = new Set([
	'uptd-ppa',
	'sapa',
	'polisi',
	'telepontren',
]);

/** How the ending's own words name each channel. */
const CHANNEL_WORDS: Record<ReportChannel, RegExp> = {
	'uptd-ppa': /UPTD PPA/,
	sapa: /SAPA 129/,
	polisi: /\bpolisi\b/i,
	telepontren: /TelePontren/,
	'orang-tua': /\b(orang tua|ibu|ayah|bapak|ibunya|ayahnya|wali santri)\b/i,
};

export const isReportChannel = (value: string): value is ReportChannel =>
	(REPORT_CHANNELS as readonly string[]).includes(value);

/**
 * What is wrong with a story's ending, given whom it says was told and its last words:
 * empty when the ending names at least one protecting service and every channel it claims.
 */
export function endingProblems(reportedTo: readonly string[] | undefined, ending: string): string[] {
	if (!reportedTo || reportedTo.length === 0)
		return ['Cerita tentang orang dewasa yang menyakiti anak harus berakhir dengan laporan ke luar.'];
	const problems: string[] = [];
	for (const channel of reportedTo) {
		if (!isReportChannel(channel)) problems.push(`Tujuan laporan "${channel}" tidak dikenal.`);
		else if (!CHANNEL_WORDS[channel].test(ending))
			problems.push(`Akhir cerita tidak menyebut "${channel}", padahal ditandai begitu.`);
	}
	if (!reportedTo.some((c) => OFFICIAL_CHANNELS.has(c as ReportChannel)))
		problems.push('Akhir cerita harus menyebut UPTD PPA, SAPA 129, polisi, atau TelePontren.');
	return problems;
}

/** The shape of a branching quiz story that the check needs. */
export interface TaggedScenario {
	pelaku?: PerpetratorRole;
	scenes: readonly {
		id: string;
		text: string;
		pelaku?: PerpetratorRole;
		reportedTo?: readonly string[];
		choices?: readonly unknown[];
	}[];
}

/** Problems of a quiz story in which an adult hurts the child: every ending must report outside. */
export function scenarioReportProblems(story: TaggedScenario): string[] {
	const roles = [story.pelaku, ...story.scenes.map((s) => s.pelaku)];
	if (!roles.some((r) => r && ADULT_ROLES.has(r))) return [];
	return story.scenes
		.filter((s) => !s.choices || s.choices.length === 0)
		.flatMap((s) => endingProblems(s.reportedTo, s.text).map((p) => `${s.id}: ${p}`));
}

/** A story told in a lesson's `<Naskah>` block, with its tags. */
export interface ScriptStory {
	pelaku?: string;
	lapor?: string[];
	body: string;
}

/** Every `<Naskah>` block of an MDX text that carries a `pelaku` tag. */
export function taggedScripts(mdx: string): ScriptStory[] {
	const stories: ScriptStory[] = [];
	for (const m of mdx.matchAll(/<Naskah\b([^>]*)>([\s\S]*?)<\/Naskah>/g)) {
		const attrs = m[1] ?? '';
		const pelaku = attrs.match(/\bpelaku="([^"]*)"/)?.[1];
		if (!pelaku) continue;
		const lapor = attrs.match(/\blapor="([^"]*)"/)?.[1]?.split(/\s+/).filter(Boolean);
		stories.push({ pelaku, lapor, body: m[2] ?? '' });
	}
	return stories;
}

/** The last `count` paragraphs of a script: where a story ends. */
export function lastParagraphs(body: string, count = 3): string {
	return body
		.split(/\n\s*\n/)
		.map((p) => p.trim())
		.filter(Boolean)
		.slice(-count)
		.join('\n');
}

/** Problems of a lesson story in which an adult hurts the child: it must end with a report outside. */
export function scriptReportProblems(story: ScriptStory): string[] {
	if (!ADULT_ROLES.has(story.pelaku as PerpetratorRole)) return [];
	return endingProblems(story.lapor, lastParagraphs(story.body));
}

/** The sentences of a text (split at . ! ? and line breaks). */
const sentences = (text: string): string[] =>
	text
		.split(/(?<=[.!?][”"*)]*)\s+|\n+/)
		.map((s) => s.trim())
		.filter(Boolean);

/**
 * Sentences that name the pengasuh as someone who may bathe or clean a child (the hygiene
 * exception). A sentence that says the pengasuh does NOT do so is what pesantren material must say.
 */
export function pengasuhHygieneSentences(text: string): string[] {
	return sentences(text).filter(
		(s) =>
			/\bpengasuh/i.test(s) &&
			/\b(mandi|memandikan|dimandikan|cebok|membersihkan diri|dibersihkan|dibantu)\b/i.test(s) &&
			!/\b(tidak|bukan|tak|jangan|tanpa)\b/i.test(s)
	);
}
