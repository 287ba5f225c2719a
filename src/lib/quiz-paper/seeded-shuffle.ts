/** FNV-1a: a 32-bit hash of a string, the seed of the shuffle. */
function hash(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i += 1) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/** Mulberry32: a small, fast, seeded random number generator giving numbers in [0, 1). */
function random(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * The items in an order fixed by `seed` (the same seed always gives the same order, so a printed
 * sheet and its answer key agree, build after build). With two or more items the order always
 * differs from the input, so a sheet never prints the answer as the question.
 */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
	const out = [...items];
	const next = random(hash(seed));
	for (let i = out.length - 1; i > 0; i -= 1) {
		const j = Math.floor(next() * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	if (out.length > 1 && out.every((item, i) => item === items[i])) out.push(out.shift()!);
	return out;
}
