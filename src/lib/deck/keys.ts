/**
 * Keys a teacher presses, and what they do in a slide deck. Presenter clickers send the same keys
 * (most send PageDown/PageUp, some arrows; their "blank" button sends B or a full stop).
 */
export type DeckCommand =
	| 'next'
	| 'prev'
	| 'first'
	| 'last'
	| 'blank'
	| 'fullscreen'
	| 'escape'
	| 'teacher'
	| 'help';

/** The parts of a keyboard event the mapping needs. */
export interface KeyPress {
	key: string;
	shiftKey?: boolean;
	ctrlKey?: boolean;
	altKey?: boolean;
	metaKey?: boolean;
}

const COMMANDS: Record<string, DeckCommand> = {
	ArrowRight: 'next',
	ArrowDown: 'next',
	PageDown: 'next',
	' ': 'next',
	ArrowLeft: 'prev',
	ArrowUp: 'prev',
	PageUp: 'prev',
	Home: 'first',
	End: 'last',
	b: 'blank',
	'.': 'blank',
	f: 'fullscreen',
	s: 'teacher',
	Escape: 'escape',
	'?': 'help',
};

/**
 * The command for a key press, or null for keys the deck leaves alone. Presses with Ctrl, Alt or
 * Meta belong to the browser (Ctrl+F, Alt+←), so they are never taken. Shift+Space goes back, as
 * it scrolls back on a page.
 */
export function keyToCommand(press: KeyPress): DeckCommand | null {
	if (press.ctrlKey || press.altKey || press.metaKey) return null;
	if (press.key === ' ' && press.shiftKey) return 'prev';
	const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
	return COMMANDS[key] ?? null;
}

/**
 * Whether a key press on a focused control should do that control's own job (Space and Enter press
 * a button or follow a link) rather than move the deck; otherwise a focused "Next" button would
 * move two slides on one Space.
 */
export function isControlActivation(key: string, focusedTag: string | undefined): boolean {
	if (key !== ' ' && key !== 'Enter') return false;
	return ['BUTTON', 'A', 'SUMMARY'].includes((focusedTag ?? '').toUpperCase());
}
