/**
 * Paging of search results: a search first fetches only a handful of result fragments (each one a
 * request), so the first answers show quickly on a slow phone; the rest come a page at a time when
 * the reader asks for them. Pure logic: the search page's script does the fetching and the words.
 */

/** Results fetched and shown right after a search: all that the first answer waits for. */
export const FIRST_PAGE_SIZE = 5;
/** Results added by each tap on the "show more" button. */
export const MORE_PAGE_SIZE = 8;

/** A half-open range of result positions, `start` included and `end` not. */
export interface PageRange {
	start: number;
	end: number;
}

/**
 * The results to fetch next when `shown` of `total` are on the page, or null when all are shown.
 * The first page is `FIRST_PAGE_SIZE` long, every later one `MORE_PAGE_SIZE`.
 */
export function nextPage(shown: number, total: number): PageRange | null {
	const start = Math.max(0, Math.min(shown, total));
	if (start >= total) return null;
	const size = start === 0 ? FIRST_PAGE_SIZE : MORE_PAGE_SIZE;
	return { start, end: Math.min(start + size, total) };
}

/** How many results are not on the page yet. */
export function remainingCount(shown: number, total: number): number {
	return Math.max(0, total - Math.max(0, shown));
}

/**
 * What the status line (a polite live region) says: nothing found; the count after a new search
 * (the first results are visible below it); or, after "show more", how many of the total are shown.
 */
export type SearchStatus =
	| { kind: 'none' }
	| { kind: 'count'; total: number }
	| { kind: 'progress'; shown: number; total: number };

/** The status after results up to `shown` of `total` are on the page; `isMore` after "show more". */
export function searchStatus(shown: number, total: number, isMore: boolean): SearchStatus {
	if (total <= 0) return { kind: 'none' };
	if (!isMore) return { kind: 'count', total };
	return { kind: 'progress', shown: Math.min(shown, total), total };
}
