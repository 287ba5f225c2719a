/** Sentence statistics for the content guide's reading levels. */

/** The sentences of a text: split after . ! ? (and at line ends), quotes and brackets kept. */
export function sentences(text: string): string[] {
	return text
		.split(/\n+/)
		.flatMap((line) => line.split(/(?<=[.!?…])["”’)]*\s+(?=["“‘(]*[A-Z0-9À-Ý])/))
		.map((s) => s.trim())
		.filter((s) => /[A-Za-z]/.test(s));
}

/** Words in a sentence; "Tolak – Pergi – Cerita" is three words, "hati-hati" one. */
export const wordCount = (sentence: string) =>
	sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

export interface SentenceStats {
	count: number;
	average: number;
	longest: { words: number; sentence: string };
}

export function sentenceStats(texts: readonly string[]): SentenceStats {
	const all = texts.flatMap(sentences);
	const counts = all.map(wordCount);
	const max = Math.max(0, ...counts);
	return {
		count: all.length,
		average: all.length ? counts.reduce((a, b) => a + b, 0) / all.length : 0,
		longest: { words: max, sentence: all[counts.indexOf(max)] ?? '' },
	};
}
