/**
 * The largest type scale, between `min` and 1, at which a slide's content fits its box. `fits`
 * applies a scale and says whether everything is inside; it is called at most `rounds + 2` times
 * (bisection), and the caller applies the returned scale afterwards. Returns `min` when even that
 * does not fit: the slide then shows as much as it can at its smallest readable size.
 */
export function findFitScale(fits: (scale: number) => boolean, min = 0.45, rounds = 6): number {
	if (fits(1)) return 1;
	if (!fits(min)) return min;
	let low = min;
	let high = 1;
	for (let i = 0; i < rounds; i += 1) {
		const middle = (low + high) / 2;
		if (fits(middle)) low = middle;
		else high = middle;
	}
	return Math.floor(low * 1000) / 1000;
}
