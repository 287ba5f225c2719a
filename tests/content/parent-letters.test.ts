import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pengasuhHygieneSentences } from '../../src/lib/content/story-checks';
import { LETTER_MAX_WORDS, letterProblems, letterWords } from '../../src/lib/content/parent-letter';
import type { LessonData } from '../../src/schemas/lesson';
import { CONTENT, frontmatter, readContentFiles } from '../helpers/content-files';

/**
 * The parent letters of SD kelas 1–4 fit one sheet with the helplines box: about 300 words, a
 * greeting for parents and wali alike, three or four things to do at home, and never the
 * "pengasuh" as someone who may bathe a child.
 */
const slugs = readContentFiles('lessons', '.mdx')
	.filter(([, text]) => ['fase-a', 'fase-b'].includes((frontmatter(text) as LessonData).track))
	.map(([file]) => file.replace(/^.*\/|\.mdx$/g, ''));
const letters = slugs.map((slug) => ({
	slug,
	text: readFileSync(join(CONTENT, 'handouts', slug, 'surat-orang-tua.mdx'), 'utf8'),
}));
const fixture = readFileSync(
	join(import.meta.dirname, '..', 'fixtures', 'letters', 'invalid-long-letter.mdx'),
	'utf8'
);

describe('parent letters of fase-a and fase-b', () => {
	it('there are ten letters to check', () => {
		expect(letters).toHaveLength(10);
	});

	it('the old long letter fails on length, greeting and home points, and names the pengasuh', () => {
		const problems = letterProblems(fixture).join('\n');
		expect(letterWords(fixture)).toBeGreaterThan(LETTER_MAX_WORDS);
		expect(problems).toContain('paling banyak 350');
		expect(problems).toContain('Bapak/Ibu orang tua atau wali');
		expect(problems).toContain('5 butir');
		expect(pengasuhHygieneSentences(fixture)).toHaveLength(1);
	});

	it.each(letters)('$slug: one sheet, greets parents and wali, 3–4 home points', ({ text }) => {
		expect(letterProblems(text)).toEqual([]);
	});

	it.each(letters)('$slug: about 300 words', ({ text }) => {
		expect(letterWords(text)).toBeGreaterThanOrEqual(220);
	});

	it.each(letters)('$slug: the pengasuh is never a bathing exception', ({ text }) => {
		expect(pengasuhHygieneSentences(text)).toEqual([]);
	});
});
