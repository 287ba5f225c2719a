import type { Question } from '../../schemas/quiz';
import { UNSAFE_GROUPS } from '../quiz/picture-meaning';

/** Words that end in "-mu" without being "your" (a guest, knowledge, herbal drink, to meet). */
const NOT_SECOND_PERSON: ReadonlySet<string> = new Set([
	'tamu',
	'ilmu',
	'jamu',
	'temu',
	'bertemu',
	'ketemu',
	'menemu',
	'ramu',
	'jemu',
]);

/** The words of a text that speak to the reader: "kamu", or a word with the "-mu" (your) ending. */
export function secondPersonWords(text: string): string[] {
	return [...text.toLowerCase().matchAll(/\p{L}+/gu)]
		.map((m) => m[0])
		.filter((w) => w === 'kamu' || (w.length > 3 && w.endsWith('mu') && !NOT_SECOND_PERSON.has(w)));
}

/**
 * Sorting cards about something unsafe that are told to "kamu": such a card, read to a class,
 * makes every child the one who is hurt. It must be about a named child.
 */
export function secondPersonUnsafeCards(quiz: string, questions: readonly Question[]): string[] {
	return questions.flatMap((q) =>
		q.type !== 'kelompokkan'
			? []
			: q.cards
					.filter(
						(c) =>
							UNSAFE_GROUPS.includes(c.group) ||
							(c.alsoGroup !== undefined && UNSAFE_GROUPS.includes(c.alsoGroup))
					)
					.filter((c) => secondPersonWords(c.text).length > 0)
					.map((c) => `${quiz} › ${q.id} › ${c.id}: ${c.text}`)
	);
}
