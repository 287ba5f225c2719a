import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { paudQuizProblems } from '../../src/lib/curriculum/paud-quiz';
import { quizAgeBands } from '../../src/lib/quiz/age-bands';
import type { Quiz } from '../../src/schemas/quiz';
import { readContentFiles } from '../helpers/content-files';

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
