import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { faseATimingProblems } from '../../src/lib/curriculum/timing';
import type { LessonData } from '../../src/schemas/lesson';
import type { Quiz } from '../../src/schemas/quiz';
import { CONTENT, frontmatter, readContentFiles } from '../helpers/content-files';

/**
 * Timings that fit a kelas 1–2 class: at most three quiz questions in the lesson's class quiz (of
 * at least four minutes), sorting with at most two groups, and marked cuts in a crowded lesson.
 */
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'timing');
const faseA = readContentFiles('lessons', '.mdx')
	.map(([file, text]) => ({ file, text, data: frontmatter(text) as LessonData }))
	.filter(({ data }) => data.track === 'fase-a');

describe('fase-a timing', () => {
	it('the fixture (three groups, four questions in class, three minutes, five activities, no cuts) fails on each', () => {
		const quiz = load(readFileSync(join(FIXTURES, 'invalid-quiz.yaml'), 'utf8')) as Quiz;
		const lesson = readFileSync(join(FIXTURES, 'invalid-lesson.mdx'), 'utf8');
		const problems = faseATimingProblems(lesson, quiz).join('\n');
		expect(problems).toContain('4 soal');
		expect(problems).toContain('3 kelompok');
		expect(problems).toContain('minimal 4 menit');
		expect(problems).toContain('Jika waktu terbatas');
	});

	it('a lesson of four activities without cuts fails, and passes once it has them', () => {
		const four = [1, 2, 3, 4].map((n) => `**Kegiatan ${n}: Kegiatan (5 menit).**`).join('\n\n');
		const lesson = `${four}\n\n**Kuis bersama (4 menit).**`;
		expect(faseATimingProblems(lesson, { questions: [] }).join('\n')).toContain('Jika waktu terbatas');
		expect(faseATimingProblems(`**Jika waktu terbatas.** Lewati Kegiatan 4.\n\n${lesson}`, { questions: [] })).toEqual([]);
	});

	it('there are five fase-a lessons to check', () => {
		expect(faseA).toHaveLength(5);
	});

	it.each(faseA)('$file fits its class quiz and activities into the lesson', ({ text, data }) => {
		const quiz = load(readFileSync(join(CONTENT, 'quizzes', `${data.quiz}.yaml`), 'utf8')) as Quiz;
		expect(faseATimingProblems(text, quiz)).toEqual([]);
	});
});
