import type { Source } from '../../schemas/source';

/** Sources without repeats (same address), sorted by title for a readable list. */
export function uniqueSources(sources: readonly Source[]): Source[] {
	const byUrl = new Map<string, Source>();
	for (const source of sources) if (!byUrl.has(source.url)) byUrl.set(source.url, source);
	return [...byUrl.values()].sort((a, b) => a.title.localeCompare(b.title, 'id'));
}
