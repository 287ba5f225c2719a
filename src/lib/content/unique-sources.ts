import type { Source } from '../../schemas/source';

const byTitle = (a: Source, b: Source): number => a.title.localeCompare(b.title, 'id');

/**
 * Whichever of two sources with one address names it: the longer title (the more descriptive), and
 * between titles of one length the one sorting first. The choice never depends on the order the
 * content was loaded in, so two builds of the same content write the same page.
 */
function preferred(a: Source, b: Source): Source {
	if (a.title.length !== b.title.length) return a.title.length > b.title.length ? a : b;
	return byTitle(a, b) <= 0 ? a : b;
}

/** Sources without repeats (same address), sorted by title for a readable list. */
export function uniqueSources(sources: readonly Source[]): Source[] {
	const byUrl = new Map<string, Source>();
	for (const source of sources) {
		const kept = byUrl.get(source.url);
		byUrl.set(source.url, kept ? preferred(kept, source) : source);
	}
	return [...byUrl.values()].sort((a, b) => byTitle(a, b) || a.url.localeCompare(b.url));
}
