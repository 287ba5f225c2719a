/**
 * Reading time stated honestly: from the words a page really has, at an unhurried pace for a
 * careful first reading of Indonesian prose (about 180 words a minute), rounded up.
 */
export const WORDS_PER_MINUTE = 180;

/** Words in a text: MDX/HTML tags, import lines and Markdown marks do not count. */
export function countWords(text: string): number {
	const plain = text
		.replace(/^(import|export) .*$/gm, ' ')
		.replace(/<[^>]*>/g, ' ')
		.replace(/[#*_>|[\]()`-]+/g, ' ');
	return plain.split(/\s+/).filter((word) => /\p{L}|\d/u.test(word)).length;
}

/** Whole minutes to read `words` words; at least 1. */
export function readingMinutes(words: number, wordsPerMinute = WORDS_PER_MINUTE): number {
	return Math.max(1, Math.ceil(words / wordsPerMinute));
}
