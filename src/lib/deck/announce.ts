import type { DeckState } from './state';

/**
 * What a screen reader should hear after the deck changed from `before` to `after`: a code the
 * view turns into words (with the slide's title), or null when nothing worth saying changed.
 */
export type DeckAnnouncement =
	| { kind: 'slide'; index: number }
	| { kind: 'revealed' }
	| { kind: 'hidden' }
	| { kind: 'blank' };

export function announcementFor(before: DeckState, after: DeckState): DeckAnnouncement | null {
	if (after.blank && !before.blank) return { kind: 'blank' };
	if (after.index !== before.index || (before.blank && !after.blank)) {
		return { kind: 'slide', index: after.index };
	}
	if (after.step > before.step) return { kind: 'revealed' };
	if (after.step < before.step) return { kind: 'hidden' };
	return null;
}
