/**
 * Detects a double press of Esc: two presses no more than `windowMs` apart trigger the quick exit.
 * Pure (time is passed in) so it can be tested without a DOM.
 */
export function createDoublePressDetector(windowMs = 1000): (now: number) => boolean {
	let last = Number.NEGATIVE_INFINITY;
	return (now: number) => {
		const isDouble = now - last <= windowMs;
		last = isDouble ? Number.NEGATIVE_INFINITY : now;
		return isDouble;
	};
}

/**
 * The neutral page the quick exit opens: an everyday weather search, nothing that hints at this
 * site. The browser leaves with `location.replace`, so this page takes the site's place in history.
 */
export const QUICK_EXIT_URL = 'https://www.google.com/search?q=cuaca+hari+ini';
