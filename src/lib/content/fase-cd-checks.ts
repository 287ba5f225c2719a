/**
 * Checks from the first fase-c/fase-d review: authored quiz feedback must not repeat the verdict the
 * quiz already speaks, and no teen text may suggest that sex between two children is fine without force.
 */

/** Openings the quiz itself already says before authored feedback ("Tepat!", "Coba pikirkan lagi."). */
const VERDICT_LEAD = /^\s*(coba pikirkan lagi|betul|benar|tepat)\b/i;

/** Every `feedback` string anywhere inside a parsed quiz, with the path that leads to it. */
export function feedbackTexts(value: unknown, path = ''): { path: string; text: string }[] {
	if (Array.isArray(value)) {
		return value.flatMap((item, i) => {
			const id = item && typeof item === 'object' && 'id' in item ? String(item.id) : String(i);
			return feedbackTexts(item, path ? `${path}/${id}` : id);
		});
	}
	if (!value || typeof value !== 'object') return [];
	return Object.entries(value).flatMap(([key, inner]) =>
		key === 'feedback' && typeof inner === 'string'
			? [{ path, text: inner }]
			: feedbackTexts(inner, path)
	);
}

/** Feedback lines that open with a verdict the quiz already speaks. */
export function verdictLeadProblems(quiz: unknown): string[] {
	return feedbackTexts(quiz)
		.filter(({ text }) => VERDICT_LEAD.test(text))
		.map(({ path, text }) => `${path}: umpan balik diawali vonis yang sudah diucapkan kuis: “${text.slice(0, 40)}…”`);
}

/**
 * Wordings that make "no force" the only thing that matters, as if sexual activity between two
 * children were allowed once nobody is pushed.
 */
const NO_FORCE_IS_ENOUGH: RegExp[] = [
	/yang (paling )?penting[^.?!]{0,40}\b(tidak|tak|bukan|tanpa) (ada )?(unsur )?(pak|di|ter)?paksa/i,
	/asal(kan)? (tidak|tak|tanpa) (ada )?(di|ter)?paksa/i,
	/(boleh|tidak apa-apa|tidak masalah|wajar)[^.?!]{0,40}\basal(kan)? (sama-sama mau|suka sama suka)/i,
	/kalau (sama-sama mau|suka sama suka)[^.?!]{0,30}(boleh|tidak apa-apa|tidak masalah)/i,
];

/** Sentences of a text that say or imply "it is fine as long as there is no force". */
export function noForceIsEnoughSentences(text: string): string[] {
	return text
		.split(/(?<=[.?!])\s+|\n+/)
		.filter((sentence) => NO_FORCE_IS_ENOUGH.some((re) => re.test(sentence)));
}
