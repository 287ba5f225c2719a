/**
 * Where a slide deck is: which slide shows, how many of its reveal steps are shown, and whether the
 * screen is blanked. The same state drives the audience window and the teacher window, which keep
 * in step by sending it to each other (see `sync.ts`).
 *
 * A reveal step is one more thing shown on the same slide: a quiz question has one (its answer).
 * "Next" first reveals the steps of the slide, then moves on; "previous" undoes exactly that, so
 * going back to a quiz slide shows it as it was left, with its answer. While the screen is blank,
 * "next" and "previous" only bring the picture back, so no slide passes unseen.
 */

/** The deck's fixed shape: for each slide, how many reveal steps it has (0 for a plain slide). */
export interface DeckShape {
	steps: readonly number[];
}

export interface DeckState {
	/** Index of the slide on screen, from 0. */
	index: number;
	/** Reveal steps shown on that slide, from 0 to its step count. */
	step: number;
	/** True while the audience screen is blanked. */
	blank: boolean;
}

export type DeckAction =
	| { type: 'next' }
	| { type: 'prev' }
	| { type: 'first' }
	| { type: 'last' }
	/** Blank or unblank; toggles when `on` is left out. */
	| { type: 'blank'; on?: boolean }
	/** Take over a state that another window sent (clamped to this deck). */
	| { type: 'sync'; state: DeckState };

export const initialDeckState: DeckState = { index: 0, step: 0, blank: false };

const stepsOf = (shape: DeckShape, index: number) => shape.steps[index] ?? 0;

/** The nearest state that exists in this deck. */
export function clampDeckState(shape: DeckShape, state: DeckState): DeckState {
	const last = Math.max(0, shape.steps.length - 1);
	const index = Math.min(Math.max(0, Math.trunc(state.index) || 0), last);
	const step = Math.min(Math.max(0, Math.trunc(state.step) || 0), stepsOf(shape, index));
	return { index, step, blank: Boolean(state.blank) };
}

const isSame = (a: DeckState, b: DeckState) =>
	a.index === b.index && a.step === b.step && a.blank === b.blank;

/** The state after `action`. Returns `state` itself when nothing changes. */
export function reduceDeck(shape: DeckShape, state: DeckState, action: DeckAction): DeckState {
	const next = ((): DeckState => {
		const count = shape.steps.length;
		switch (action.type) {
			case 'next':
				if (state.blank) return { ...state, blank: false };
				if (state.step < stepsOf(shape, state.index)) return { ...state, step: state.step + 1 };
				if (state.index < count - 1) return { index: state.index + 1, step: 0, blank: false };
				return state;
			case 'prev':
				if (state.blank) return { ...state, blank: false };
				if (state.step > 0) return { ...state, step: state.step - 1 };
				if (state.index > 0) {
					return { index: state.index - 1, step: stepsOf(shape, state.index - 1), blank: false };
				}
				return state;
			case 'first':
				return { index: 0, step: 0, blank: false };
			case 'last':
				return { index: count - 1, step: 0, blank: false };
			case 'blank':
				return { ...state, blank: action.on ?? !state.blank };
			case 'sync':
				return clampDeckState(shape, action.state);
		}
	})();
	return isSame(next, state) ? state : next;
}

/** Whether the slide on screen still has a step to reveal. */
export function hasPendingReveal(shape: DeckShape, state: DeckState): boolean {
	return state.step < stepsOf(shape, state.index);
}
