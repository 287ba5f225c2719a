/*
 * The open hand of the five-fingers question, in drawing units (its view box). Kept short, since it
 * downloads with the hand's code: plain numbers, no shapes computed in the browser.
 */

export const HAND_VIEWBOX = '-12 0 200 230';

/**
 * Each part as x, y, width, height and corner radius: the fingers from the thumb to the little
 * finger (rounded at both ends), then the palm. The thumb is turned by `THUMB_TURN`.
 */
export const HAND_PARTS = [
	[16, 112, 28, 80, 14],
	[52, 30, 28, 120, 14],
	[84, 14, 28, 130, 14],
	[116, 26, 28, 120, 14],
	[148, 54, 26, 100, 13],
	[48, 112, 128, 108, 34],
] as const;

export const THUMB_TURN = 'rotate(-38 52 160)';

/**
 * Where each finger's button is centred, near its tip, as percent of the drawing's width and height
 * (CSS `left` and `top`). In drawing units: (12, 146), (66, 56), (98, 40), (130, 52), (161, 80).
 */
export const HAND_TIPS = [
	[12, 63.5],
	[39, 24.3],
	[55, 17.4],
	[71, 22.6],
	[86.5, 34.8],
] as const;
