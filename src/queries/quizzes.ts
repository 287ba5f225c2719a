import { getCollection, type CollectionEntry } from 'astro:content';
import { AGE_BANDS, quizAgeBands, type AgeBand } from '../lib/quiz/age-bands';
import { TRACKS } from '../schemas/curriculum';

export type QuizEntry = CollectionEntry<'quizzes'>;

/** Every quiz, in teaching order: by track, then by its lesson's order, then by title. */
export async function getQuizzes(): Promise<QuizEntry[]> {
	const lessons = await getCollection('lessons');
	const order = (quiz: QuizEntry) =>
		lessons.find((l) => l.data.quiz.id === quiz.id)?.data.order ?? Number.MAX_SAFE_INTEGER;
	return (await getCollection('quizzes')).sort(
		(a, b) =>
			TRACKS.indexOf(a.data.track) - TRACKS.indexOf(b.data.track) ||
			order(a) - order(b) ||
			a.data.title.localeCompare(b.data.title, 'id')
	);
}

/** The quizzes for each age band of the children's door, every band listed (some may be empty). */
export async function getQuizzesByAge(): Promise<{ band: AgeBand; quizzes: QuizEntry[] }[]> {
	const quizzes = await getQuizzes();
	return AGE_BANDS.map((band) => ({
		band,
		quizzes: quizzes.filter((q) => quizAgeBands(q.data).includes(band)),
	}));
}
