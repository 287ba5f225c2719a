import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { paudQuizProblems } from '../../src/lib/curriculum/paud-quiz';
import { letterProblems, letterWords } from '../../src/lib/content/parent-letter';
import { pengasuhHygieneSentences } from '../../src/lib/content/story-checks';
import { pictureConflicts, pictureUses } from '../../src/lib/quiz/picture-meaning';
import type { LessonData } from '../../src/schemas/lesson';
import { lessonParts } from '../../src/lib/curriculum/lesson-parts';
import { DRAWING_NAMES } from '../../src/lib/pictures/registry';
import { quizAgeBands } from '../../src/lib/quiz/age-bands';
import type { Quiz } from '../../src/schemas/quiz';
import { CONTENT, frontmatter, readContentFiles } from '../helpers/content-files';

/* PAUD (4–6): children who cannot read play every quiz item from its picture and its sound alone,
   and the 4–6 band of /anak/ plays these quizzes. */
const paudQuizzes = readContentFiles('quizzes', '.yaml')
	.map(([file, text]) => ({ file, id: file.replace(/^.*\/|\.yaml$/g, ''), quiz: load(text) as Quiz }))
	.filter(({ quiz }) => quiz.track === 'paud');

describe('the PAUD quiz check fails on a quiz that needs reading', () => {
	const fixture = load(
		readFileSync(join(import.meta.dirname, '..', 'fixtures', 'paud', 'invalid-needs-reading.yaml'), 'utf8')
	) as Quiz;
	const problems = paudQuizProblems('contoh', fixture.questions).join('\n');

	it('names a missing picture, a long answer and a type that needs reading', () => {
		expect(problems).toContain('tanpa-gambar: pilihan "milik-orang-lain" belum bergambar');
		expect(problems).toContain('terlalu-panjang: pilihan "panjang" 9 kata');
		expect(problems).toContain('urutan: jenis "urutkan" perlu membaca');
		expect(problems).toContain('alasan pilihan "milik-orang-lain" diawali “Coba pikirkan lagi”');
	});
});

describe.each(paudQuizzes)('$file: playable with pictures and sound only', ({ id, quiz }) => {
	it('every question and answer has a picture, a short line to hear, and a type needing no reading', () => {
		expect(paudQuizProblems(id, quiz.questions)).toEqual([]);
	});

	it('is played in the 4–6 band of /anak/', () => {
		expect(quizAgeBands(quiz)).toContain('4-6');
	});
});

describe('PAUD quizzes: one picture, one meaning across the track', () => {
	it('no picture stands for both a safe and an unsafe answer', () => {
		const uses = paudQuizzes.flatMap(({ id, quiz }) => pictureUses(id, quiz.questions));
		expect(pictureConflicts(uses)).toEqual([]);
	});
});

const paudLessons = readContentFiles('lessons', '.mdx')
	.map(([file, text]) => ({
		file,
		text,
		slug: file.replace(/^.*\/|\.mdx$/g, ''),
		data: frontmatter(text) as LessonData,
	}))
	.filter(({ data }) => data.track === 'paud');

describe.each(paudLessons)('$file: a PAUD lesson', ({ slug, data, text }) => {
	it('teaches with a story of big drawn pictures, a song with movements and a movement game', () => {
		const slides = lessonParts(text).slides;
		const drawn = slides.filter((s) => s.picture && DRAWING_NAMES.includes(s.picture));
		expect(drawn.length, 'story pages drawn for the site').toBeGreaterThanOrEqual(3);
		expect(slides.some((s) => /^Lagu\b/.test(s.title)), 'a song slide').toBe(true);
		expect(text).toMatch(/nada lagu rakyat|nada ini milik umum/);
		expect(text).toMatch(/\*\*Kegiatan \d+: Permainan gerak/);
	});

	const letter = readFileSync(join(CONTENT, 'handouts', slug, 'surat-orang-tua.mdx'), 'utf8');

	it('lasts 15 to 20 minutes, for no school grade, with its Kurikulum Merdeka PAUD fit', () => {
		expect(data.minutes).toBeGreaterThanOrEqual(15);
		expect(data.minutes).toBeLessThanOrEqual(20);
		expect(data.grades ?? []).toEqual([]);
		expect(data.cpElement).toMatch(/Fase Fondasi/);
		expect(data.assessment?.length).toBeGreaterThanOrEqual(2);
		expect(data.teacherReflection?.length).toBeGreaterThanOrEqual(2);
	});

	it('sends a one-page letter: greets parents and wali, 3–4 home points, about 300 words', () => {
		expect(letterProblems(letter)).toEqual([]);
		expect(letterWords(letter)).toBeGreaterThanOrEqual(220);
		expect(pengasuhHygieneSentences(letter)).toEqual([]);
	});
});
