import { CONCEPTS, type Concept, type Track } from '../../schemas/curriculum';

/**
 * The concepts a track must teach, from the curriculum's table: every "all" concept, and each
 * later concept from the track it starts in. The adult track teaches no children's concepts.
 */
const STARTS: Partial<Record<Concept, readonly Track[]>> = {
	'bujuk-rayu': ['fase-b', 'fase-c', 'fase-d'],
	'membantu-teman': ['fase-b', 'fase-c', 'fase-d'],
	daring: ['fase-c', 'fase-d'],
	pubertas: ['fase-c', 'fase-d'],
	'hak-dan-lapor': ['fase-c', 'fase-d'],
	persetujuan: ['fase-d'],
	asrama: ['pesantren'],
};

export function requiredConcepts(track: Track): Concept[] {
	if (track === 'pendidik') return [];
	return CONCEPTS.filter((c) => !STARTS[c] || STARTS[c].includes(track));
}

/** The required concepts no lesson or quiz question of the track is tagged with. */
export function missingConcepts(track: Track, taught: Iterable<Concept>): Concept[] {
	const have = new Set(taught);
	return requiredConcepts(track).filter((c) => !have.has(c));
}

/** Lessons per track in the curriculum. */
export const LESSONS_PER_TRACK: Record<Track, number> = {
	paud: 4,
	'fase-a': 5,
	'fase-b': 5,
	'fase-c': 5,
	'fase-d': 5,
	pesantren: 4,
	pendidik: 3,
};

/**
 * Reading level of child-facing text per track (content guide, "Voice"): about 6 words a sentence
 * and never above 10 for PAUD (4–6, who only listen); about 8 and never above 12 for 7–8; about 12
 * and never above 18 for 9–12 (santri included). The guide gives no numbers for 13–15; curriculum
 * part 2 sets about 14 and never above 22.
 */
export const SENTENCE_LIMITS: Record<Track, { average: number; max: number } | null> = {
	paud: { average: 6, max: 10 },
	'fase-a': { average: 8, max: 12 },
	'fase-b': { average: 12, max: 18 },
	'fase-c': { average: 12, max: 18 },
	pesantren: { average: 12, max: 18 },
	'fase-d': { average: 14, max: 22 },
	pendidik: null,
};

/**
 * How far a track is: `lengkap` when its lessons are ordered 1..n with n the curriculum's count,
 * `berjalan` (in progress) when they are ordered 1..k with k smaller, and otherwise the problems
 * (a gap, a repeated order, more lessons than the curriculum has). A track in progress is accepted
 * only because each of its lessons is checked complete on its own; its concept coverage waits.
 */
export function trackProgress(
	track: Track,
	orders: readonly number[]
): { status: 'lengkap' | 'berjalan' } | { status: 'salah'; problems: string[] } {
	const sorted = [...orders].sort((a, b) => a - b);
	const problems: string[] = [];
	if (sorted.length > LESSONS_PER_TRACK[track]) {
		problems.push(
			`${track}: ${sorted.length} pelajaran, padahal kurikulum hanya ${LESSONS_PER_TRACK[track]}.`
		);
	}
	sorted.forEach((order, i) => {
		if (order !== i + 1) problems.push(`${track}: urutan ke-${i + 1} bernomor ${order}.`);
	});
	if (problems.length > 0) return { status: 'salah', problems };
	return { status: sorted.length === LESSONS_PER_TRACK[track] ? 'lengkap' : 'berjalan' };
}
