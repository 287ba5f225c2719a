/*
 * The open hand of the five-fingers question, in drawing units (the printed sheet draws the same
 * hand). Fingers from the thumb to the little finger, then the palm; `tips` are where each finger's
 * button sits, as a share of the drawing's width and height.
 */

export const HAND_VIEWBOX = { x: -12, y: 0, width: 200, height: 230 } as const;

export interface HandPart {
	x: number;
	y: number;
	w: number;
	h: number;
	transform?: string;
}

export const HAND_FINGERS: readonly HandPart[] = [
	{ x: 16, y: 112, w: 28, h: 80, transform: 'rotate(-38 52 160)' },
	{ x: 52, y: 30, w: 28, h: 120 },
	{ x: 84, y: 14, w: 28, h: 130 },
	{ x: 116, y: 26, w: 28, h: 120 },
	{ x: 148, y: 54, w: 26, h: 100 },
];

export const HAND_PALM: HandPart = { x: 48, y: 112, w: 128, h: 108 };

/** Where each finger's button is centred (drawing units), near its tip. */
const TIPS = [
	{ x: 12, y: 146 },
	{ x: 66, y: 56 },
	{ x: 98, y: 40 },
	{ x: 130, y: 52 },
	{ x: 161, y: 80 },
] as const;

/** The centre of each finger's button, in percent of the drawing's box (for CSS `left`/`top`). */
export const HAND_TIPS = TIPS.map(({ x, y }) => ({
	left: ((x - HAND_VIEWBOX.x) / HAND_VIEWBOX.width) * 100,
	top: ((y - HAND_VIEWBOX.y) / HAND_VIEWBOX.height) * 100,
}));
