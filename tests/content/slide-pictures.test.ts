import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingPictureProblems } from '../../src/lib/content/slide-pictures';
import { readContentFiles } from '../helpers/content-files';

/**
 * Slides show what the script points at: a slide or script line that says "lihat gambar ini",
 * "tunjuk gambar" or the like has a slide with a picture, or sends the teacher to a drawing on the
 * board or paper.
 */
const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'slide-pictures', 'invalid-lesson.mdx');
const lessons = readContentFiles('lessons', '.mdx');

describe('pictures the script points at', () => {
	it('the fixture fails twice: a slide without a picture, and a script after a new part begins', () => {
		const problems = missingPictureProblems(readFileSync(FIXTURE, 'utf8'));
		expect(problems).toHaveLength(2);
		expect(problems[0]).toContain('Tayangan “Tubuhku”');
		expect(problems[1]).toContain('Coba lihat wajah ini.');
	});

	it('a script after a slide with a picture, or after a board drawing, passes', () => {
		const slide = '<Tayangan judul="Wajah" gambar="grinning-face">\n\nSenang.\n\n</Tayangan>';
		const script = '<Naskah>\n\nLihat gambar ini.\n\n</Naskah>';
		expect(missingPictureProblems(`${slide}\n\n${script}`)).toEqual([]);
		expect(
			missingPictureProblems(`Tunjuk gambar garis tubuh di papan tulis.\n\n${script}`)
		).toEqual([]);
		expect(missingPictureProblems(script)).toHaveLength(1);
	});

	it.each(lessons)('%s: every picture the script points at is there', (_file, text) => {
		expect(missingPictureProblems(text)).toEqual([]);
	});
});
