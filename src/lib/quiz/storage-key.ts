/*
 * The key and the "finished" test of a quiz's saved progress, with no other imports: /anak/ reads
 * them in a few hundred bytes of script.
 */

/** Where a quiz's progress is kept on the device when the child turns "remember" on. */
export const quizStorageKey = (slug: string) => `jaga-diri:kuis:${slug}`;

/** Whether saved progress says the quiz was played to its end (for the mark on /anak/). */
export function isFinishedSave(saved: unknown): boolean {
	if (typeof saved !== 'object' || saved === null) return false;
	const { version, state } = saved as { version?: unknown; state?: unknown };
	return (
		version === 1 &&
		typeof state === 'object' &&
		state !== null &&
		(state as { finished?: unknown }).finished === true
	);
}
