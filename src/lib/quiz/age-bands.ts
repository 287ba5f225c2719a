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

/** The bands a quiz appears in: the ones it names, or else the bands of its track. */
export function quizAgeBands(quiz: { track: Track; ages?: readonly AgeBand[] }): AgeBand[] {
	return [...(quiz.ages ?? TRACK_BANDS[quiz.track])];
}
