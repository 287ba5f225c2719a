import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { byOrder } from '../lib/content/sort';
import { CONCEPTS, TRACKS, type Concept, type Track } from '../schemas/curriculum';
import { HANDOUT_KINDS } from '../schemas/handout';

export type Lesson = CollectionEntry<'lessons'>;

/** Every lesson, grouped in curriculum track order, then by `order`. */
export async function getLessons(): Promise<Lesson[]> {
	const lessons = await getCollection('lessons');
	return TRACKS.flatMap((track) => byOrder(lessons.filter((l) => l.data.track === track)));
}

/** The tracks that have at least one lesson, in curriculum order. */
export function tracksWithLessons(lessons: readonly Lesson[]): Track[] {
	return TRACKS.filter((track) => lessons.some((l) => l.data.track === track));
}

/** The concepts taught by at least one lesson, in curriculum order. */
export function conceptsWithLessons(lessons: readonly Lesson[]): Concept[] {
	return CONCEPTS.filter((concept) => lessons.some((l) => l.data.concepts.includes(concept)));
}

/** The quiz a lesson points to (the reference is checked when content loads). */
export async function getLessonQuiz(lesson: Lesson) {
	const quiz = await getEntry(lesson.data.quiz);
	if (!quiz)
		throw new Error(
			`Kuis "${lesson.data.quiz.id}" untuk pelajaran "${lesson.id}" tidak ditemukan.`
		);
	return quiz;
}

/** A lesson's printable handouts (worksheet, then parent letter). */
export async function getHandouts(lesson: Lesson) {
	const handouts = await getCollection('handouts', (h) => h.data.lesson.id === lesson.id);
	return handouts.sort(
		(a, b) => HANDOUT_KINDS.indexOf(a.data.kind) - HANDOUT_KINDS.indexOf(b.data.kind)
	);
}

/** The lesson that uses a quiz, if any. */
export async function findLessonForQuiz(quizId: string): Promise<Lesson | undefined> {
	return (await getLessons()).find((l) => l.data.quiz.id === quizId);
}
