/**
 * The order in which a class sees the steps of an `urutkan` question before the answer: shuffled,
 * but the same on every build and every screen (seeded by the question id), and never the right
 * order itself, which would give the answer away.
 */

/** A small string hash (FNV-1a), enough to seed the shuffle. */
function hashString(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i += 1) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/** Mulberry32: a tiny seeded generator of numbers in [0, 1). */
function mulberry32(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** `items` shuffled by a seed, deterministically; differs from `items` whenever it has 2 or more. */
export function displayOrder<T>(items: readonly T[], seed: string): T[] {
	const random = mulberry32(hashString(seed));
	const out = [...items];
	for (let i = out.length - 1; i > 0; i -= 1) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	if (out.length > 1 && out.every((item, i) => item === items[i])) out.push(out.shift()!);
	return out;
}
