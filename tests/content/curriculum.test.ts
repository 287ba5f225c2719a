import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { isPicture } from '../../src/lib/pictures/registry';
import {
	LESSONS_PER_TRACK,
	missingConcepts,
	trackProgress,
} from '../../src/lib/curriculum/coverage';
import { lessonParts } from '../../src/lib/curriculum/lesson-parts';
import { missingPictures } from '../../src/lib/quiz/child-text';
import type { LessonData } from '../../src/schemas/lesson';
import type { Quiz } from '../../src/schemas/quiz';
import type { Concept, Track } from '../../src/schemas/curriculum';
import { CONTENT, frontmatter, readContentFiles } from '../helpers/content-files';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const lessons = readContentFiles('lessons', '.mdx').map(([file, text]) => ({
	file,
	slug: file.replace(/^.*\/|\.mdx$/g, ''),
	data: frontmatter(text) as LessonData,
	parts: lessonParts(text),
}));
const quizOf = (slug: string) =>
	load(readFileSync(join(CONTENT, 'quizzes', `${slug}.yaml`), 'utf8')) as Quiz;
const tracks = [...new Set(lessons.map((l) => l.data.track))];
/** The tracks of curriculum part 1; other tracks come with later parts. */
const PART_ONE: Track[] = ['fase-a', 'fase-b', 'pesantren'];

describe('coverage', () => {
	it('the lessons are the 14 of part 1: 5 fase-a, 5 fase-b, 4 pesantren, ordered 1..n', () => {
		for (const track of PART_ONE) {
			const orders = lessons
				.filter((l) => l.data.track === track)
				.map((l) => l.data.order)
				.sort((a, b) => a - b);
			expect(orders, track).toEqual(
				Array.from({ length: LESSONS_PER_TRACK[track] }, (_, i) => i + 1)
			);
		}
	});

	/* A track being written (fewer lessons than the curriculum's count) is accepted only as lessons
	   1..k, each of them complete (checked below); its concept coverage is checked once it is whole. */
	const progress = (track: Track) =>
		trackProgress(
			track,
			lessons.filter((l) => l.data.track === track).map((l) => l.data.order)
		);

	it.each(tracks)('track %s is whole, or in progress as lessons 1..k', (track) => {
		expect(progress(track)).not.toHaveProperty('problems');
	});

	it.each(tracks)('track %s teaches every concept it must, in lessons or quiz questions', (track) => {
		if (progress(track).status === 'berjalan') return;
		const taught = lessons
			.filter((l) => l.data.track === track)
			.flatMap((l) => [
				...l.data.concepts,
				...quizOf(l.data.quiz).questions.flatMap((q) => q.concepts),
			]) as Concept[];
		expect(missingConcepts(track, taught)).toEqual([]);
	});
});

describe.each(lessons)('$file is complete', ({ slug, data, parts }) => {
	const quiz = quizOf(data.quiz);

	it('has Pembuka, Inti and Penutup, whose minutes add up to the lesson', () => {
		expect(parts.steps.map((s) => s.title)).toEqual(['Pembuka', 'Inti', 'Penutup']);
		expect(parts.steps.reduce((sum, s) => sum + s.minutes, 0)).toBe(data.minutes);
	});

	it('has 6 to 12 slides, each with a title and a picture that exists', () => {
		expect(parts.slides.length).toBeGreaterThanOrEqual(6);
		expect(parts.slides.length).toBeLessThanOrEqual(12);
		for (const slide of parts.slides) {
			expect(slide.title, 'judul').not.toBe('');
			if (slide.picture) expect(isPicture(slide.picture), slide.picture).toBe(true);
		}
	});

	it('plays its quiz on the class screen once, and the quiz has 5 to 8 questions', () => {
		expect(parts.quizOnScreen).toBe(1);
		expect(quiz.questions.length).toBeGreaterThanOrEqual(5);
		expect(quiz.questions.length).toBeLessThanOrEqual(8);
		expect(quiz.track).toBe(data.track);
	});

	/* A staff session (pendidik) has its own parts instead: tests/content/pendidik.test.ts. */
	const forChildren = data.track !== 'pendidik';

	it.runIf(forChildren)('has the three parts of Diferensiasi', () => {
		expect(parts.differentiation).toEqual([
			'Anak yang memerlukan dukungan lebih',
			'Anak dengan disabilitas',
			'Anak yang lebih cepat selesai',
		]);
	});

	it.runIf(forChildren)('has a worksheet and a parent letter with a home activity', () => {
		const dir = join(CONTENT, 'handouts', slug);
		expect(existsSync(join(dir, 'lembar-kerja.mdx'))).toBe(true);
		const letter = readFileSync(join(dir, 'surat-orang-tua.mdx'), 'utf8');
		expect(letter).toMatch(/^## Kegiatan di rumah\s*$/m);
	});

	it.runIf(data.track === 'fase-a' || data.track === 'paud')(
		'its quiz can be played by a child who cannot read: a picture on every question and answer',
		() => {
			const missing = quiz.questions.flatMap((q) =>
				missingPictures(q).map((where) => `${q.id}: ${where}`)
			);
			expect(missing).toEqual([]);
		}
	);
});
