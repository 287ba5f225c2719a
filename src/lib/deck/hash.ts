import type { DeckState } from './state';

/**
 * Where the deck is, kept in the address hash so that reloading, Back and a shared link return to
 * the same slide: `#7` is slide 7 (counted from 1), `#7.1` the same slide with one answer shown.
 */
export function deckHash(state: Pick<DeckState, 'index' | 'step'>): string {
	return `#${state.index + 1}${state.step > 0 ? `.${state.step}` : ''}`;
}

/**
 * The slide and step a hash names, or null when it names none (no hash, `#guru`, `#0`). A number
 * past the end is left for the deck to clamp (`reduceDeck`'s sync).
 */
export function parseDeckHash(hash: string): { index: number; step: number } | null {
	const match = /^#(\d+)(?:\.(\d+))?$/.exec(hash);
	const slide = Number(match?.[1]);
	return slide > 0 ? { index: slide - 1, step: Number(match?.[2] ?? 0) } : null;
}
