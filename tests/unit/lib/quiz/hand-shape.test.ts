import { describe, expect, it } from 'vitest';
import { HAND_PARTS, HAND_TIPS, HAND_VIEWBOX } from '../../../../src/lib/quiz/hand-shape';

const [left, top, width, height] = HAND_VIEWBOX.split(' ').map(Number) as [
	number,
	number,
	number,
	number,
];
/** A button's centre back in drawing units. */
const unit = ([x, y]: readonly [number, number]) => [
	left + (x / 100) * width,
	top + (y / 100) * height,
];

describe('the drawn hand', () => {
	it('has five fingers and a palm, each rounded no more than half its width', () => {
		expect(HAND_PARTS).toHaveLength(6);
		for (const [, , w, h, rx] of HAND_PARTS) {
			expect(rx).toBeLessThanOrEqual(w / 2);
			expect(rx).toBeLessThanOrEqual(h / 2);
		}
	});

	it('puts each finger button inside the drawing', () => {
		expect(HAND_TIPS).toHaveLength(5);
		for (const [x, y] of HAND_TIPS) {
			expect(x).toBeGreaterThan(0);
			expect(x).toBeLessThan(100);
			expect(y).toBeGreaterThan(0);
			expect(y).toBeLessThan(100);
		}
	});

	it('puts the buttons of the four straight fingers on their finger, near its tip', () => {
		HAND_TIPS.slice(1).forEach((tip, i) => {
			const [x, y, w, h] = HAND_PARTS[i + 1]!;
			const [cx, cy] = unit(tip) as [number, number];
			expect(cx).toBeGreaterThan(x);
			expect(cx).toBeLessThan(x + w);
			expect(cy).toBeGreaterThan(y);
			expect(cy).toBeLessThan(y + h / 3);
		});
	});
});
