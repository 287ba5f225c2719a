/** An entry of `content/data/kata-terlarang.yaml`: a word or phrase, and why it must not be used. */
export interface BannedWord {
	kata: string;
	alasan: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The banned words found in a text, as whole words or phrases, in any letter case. */
export function bannedHits(text: string, banned: readonly BannedWord[]): BannedWord[] {
	return banned.filter((b) =>
		new RegExp(`(^|[^\\p{L}])${escape(b.kata)}($|[^\\p{L}])`, 'iu').test(text)
	);
}
