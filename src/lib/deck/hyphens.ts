/** U+2011 NON-BREAKING HYPHEN: looks like "-", but a line never breaks after it. */
export const NON_BREAKING_HYPHEN = '\u2011';

const HYPHEN_IN_WORD = /(\p{L})-(?=\p{L})/gu;

/**
 * Keeps hyphenated words on one line on a slide: "lama-lama" and "tiba-tiba" must never show as
 * "lama-" at the end of a line and "lama" below it in front of a class learning to read. The
 * hyphen between two letters becomes a non-breaking hyphen, in the text of `html` only: tags,
 * attributes (class names, links) and comments stay as they are.
 */
export function keepHyphenatedWords(html: string): string {
	return html.replace(
		/(<!--[\s\S]*?-->|<[^>]*>)|([^<]+)/g,
		(_, tag: string | undefined, text: string) =>
			tag ?? text.replace(HYPHEN_IN_WORD, `$1${NON_BREAKING_HYPHEN}`)
	);
}
