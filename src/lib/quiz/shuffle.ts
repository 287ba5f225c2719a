/** A small, stable hash of a string (FNV-1a), used as a shuffle seed. */
function hash(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/**
 * The items in an order that depends only on `seed`, so the server HTML, the island, the class
 * screen and the paper show the same order. Never returns the original order of two or more items,
 * unless `mayKeepAuthored` (then every order, the original included, is equally likely).
 */
export function stableShuffle<T>(items: readonly T[], seed: string, mayKeepAuthored = false): T[] {
	const out = [...items];
	let state = hash(seed) || 1;
	const random = () => {
		state ^= state << 13;
		state ^= state >>> 17;
		state ^= state << 5;
		return (state >>> 0) / 0x100000000;
	};
	const isAuthored = () => out.every((item, i) => item === items[i]);
	// Draws again while the order is the authored one, so every other order stays equally likely
	// (a fixed fix-up would favour one order); after a few draws, rotates.
	for (let attempt = 0; attempt < 8; attempt++) {
		for (let i = out.length - 1; i > 0; i--) {
			const j = Math.floor(random() * (i + 1));
			[out[i], out[j]] = [out[j]!, out[i]!];
		}
		if (mayKeepAuthored || out.length < 2 || !isAuthored()) return out;
	}
	out.push(out.shift()!);
	return out;
}
