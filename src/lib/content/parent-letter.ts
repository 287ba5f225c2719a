import { plainText } from '../curriculum/lesson-parts';
import { wordCount } from '../curriculum/sentences';

/** A parent letter fits one sheet with the helplines box under it: about 300 words, never more. */
export const LETTER_MAX_WORDS = 350;
/** Home activities a parent can remember: three or four short points. */
export const LETTER_HOME_POINTS = { min: 3, max: 4 } as const;
/** How every letter greets its reader: parents and the wali who raise a child alike. */
export const LETTER_GREETING = 'Bapak/Ibu orang tua atau wali';

const body = (mdx: string) => mdx.replace(/^---\n[\s\S]*?\n---\n/, '');

/** The words a parent reads in a letter (frontmatter and markup left out). */
export function letterWords(mdx: string): number {
	return wordCount(plainText(body(mdx)));
}

/** The numbered points of the letter's "Kegiatan di rumah" section. */
export function homePoints(mdx: string): string[] {
	const section = body(mdx).split(/^## Kegiatan di rumah\s*$/m)[1] ?? '';
	return section
		.split(/^## /m)[0]!
		.split('\n')
		.filter((line) => /^\d+\.\s/.test(line));
}

/** What keeps a letter from being a one-page letter a parent reads and acts on. */
export function letterProblems(mdx: string): string[] {
	const problems: string[] = [];
	const words = letterWords(mdx);
	if (words > LETTER_MAX_WORDS) {
		problems.push(`Surat ${words} kata; paling banyak ${LETTER_MAX_WORDS} agar muat satu halaman.`);
	}
	if (!body(mdx).trimStart().startsWith(LETTER_GREETING)) {
		problems.push(`Surat dibuka dengan “${LETTER_GREETING} …”.`);
	}
	const points = homePoints(mdx).length;
	if (points < LETTER_HOME_POINTS.min || points > LETTER_HOME_POINTS.max) {
		problems.push(
			`“Kegiatan di rumah” punya ${points} butir; tulis ${LETTER_HOME_POINTS.min}–${LETTER_HOME_POINTS.max} butir pendek.`
		);
	}
	return problems;
}
