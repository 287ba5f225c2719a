/** Elapsed time as a clock reads it: `m:ss`, or `h:mm:ss` from one hour on. Negative counts as 0. */
export function formatElapsed(ms: number): string {
	const total = Math.max(0, Math.floor(ms / 1000));
	const hours = Math.floor(total / 3600);
	const minutes = Math.floor((total % 3600) / 60);
	const seconds = String(total % 60).padStart(2, '0');
	return hours > 0
		? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
		: `${minutes}:${seconds}`;
}

/** Whether `ms` of teaching has gone past the planned minutes. */
export function isOverTime(ms: number, plannedMinutes: number): boolean {
	return ms > plannedMinutes * 60_000;
}
