import type { Track } from '../../schemas/curriculum';

/** The age bands of the children's door, youngest first. Labels live in `src/i18n/id.ts`. */
export const AGE_BANDS = ['4-6', '7-8', '9-10', '11-12', '13-15'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

const TRACK_BANDS: Record<Track, AgeBand[]> = {
	paud: ['4-6'],
	'fase-a': ['7-8'],
	'fase-b': ['9-10'],
	'fase-c': ['11-12'],
	'fase-d': ['13-15'],
	pesantren: ['11-12', '13-15'],
	pendidik: [],
};

/**
 * The band nearest to `band` that has quizzes (by age distance; the younger one on a tie, whose
 * quizzes are easier to follow), or undefined when no band has any.
 */
export function nearestBandWithQuizzes(
	band: AgeBand,
	hasQuizzes: (band: AgeBand) => boolean
): AgeBand | undefined {
	const at = AGE_BANDS.indexOf(band);
	for (let distance = 1; distance < AGE_BANDS.length; distance++) {
		const found = [AGE_BANDS[at - distance], AGE_BANDS[at + distance]].find(
			(b) => b !== undefined && hasQuizzes(b)
		);
		if (found) return found;
	}
	return undefined;
}

/** The quiz after `current` in a band's list (wrapping round), or undefined when it is alone. */
export function nextQuizId(ids: readonly string[], current: string): string | undefined {
	const at = ids.indexOf(current);
	if (ids.length < 2) return undefined;
	return ids[(at + 1) % ids.length];
}

/** The bands a quiz appears in: the ones it names, or else the bands of its track. */
export function quizAgeBands(quiz: { track: Track; ages?: readonly AgeBand[] }): AgeBand[] {
	return [...(quiz.ages ?? TRACK_BANDS[quiz.track])];
}
