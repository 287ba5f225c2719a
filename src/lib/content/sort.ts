/** Sorts entries by their `order` field, then by title, without changing the input. */
export function byOrder<T extends { data: { order: number; title?: string; name?: string } }>(
	entries: readonly T[]
): T[] {
	return [...entries].sort(
		(a, b) =>
			a.data.order - b.data.order ||
			(a.data.title ?? a.data.name ?? '').localeCompare(b.data.title ?? b.data.name ?? '', 'id')
	);
}
