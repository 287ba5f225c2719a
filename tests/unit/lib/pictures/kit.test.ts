import { describe, expect, it } from 'vitest';
import { KIT, KIT_NAMES, LABEL_GAP, layoutLabels } from '../../../../src/lib/pictures/kit';
import { getPicture, PICTURE_MAX_CHARS } from '../../../../src/lib/pictures/registry';

describe('the drawing kit', () => {
	it('has a drawing file for every kit name, light enough for a phone, in the one stroke style', () => {
		for (const name of KIT_NAMES) {
			const picture = getPicture(name);
			expect(picture, name).toBeDefined();
			expect(picture!.body.length, name).toBeLessThanOrEqual(PICTURE_MAX_CHARS);
			expect(picture!.body, name).toContain('stroke="#222" stroke-width="3"');
			// Line drawings: nothing but the outline colour and white.
			const colours = [...picture!.body.matchAll(/#[0-9a-f]{3,6}/gi)].map((m) => m[0]);
			expect(new Set(colours), name).toEqual(new Set(['#222']));
		}
	});

	it('has the six feelings faces, the two children and the Lima Jari hand', () => {
		for (const feeling of ['senang', 'sedih', 'marah', 'takut', 'bingung', 'kaget'])
			expect(KIT_NAMES).toContain(`wajah-${feeling}`);
		expect(KIT_NAMES).toEqual(
			expect.arrayContaining(['anak-perempuan-garis', 'anak-laki-laki-garis', 'tangan-lima-jari'])
		);
		expect(Object.keys(KIT['tangan-lima-jari'].slots)).toHaveLength(5);
	});
});

describe('layoutLabels', () => {
	it('numbers the labels in the order asked and widens the drawing on the sides used', () => {
		const layout = layoutLabels('garis-tubuh', 120, 220, ['lutut', 'kepala']);
		expect(layout.labels.map((l) => [l.slot, l.number])).toEqual([
			['lutut', 1],
			['kepala', 2],
		]);
		expect(layout.viewBox.x).toBeLessThan(0);
		expect(layout.viewBox.width).toBeGreaterThan(120 + 100);
	});

	it('keeps labels on one side apart even when their points are close', () => {
		const layout = layoutLabels('garis-tubuh', 120, 220, ['mata', 'mulut']);
		const [a, b] = layout.labels;
		expect(Math.abs(a!.to.y - b!.to.y)).toBeGreaterThanOrEqual(LABEL_GAP);
	});

	it('leaves the drawing as it is without labels', () => {
		expect(layoutLabels('wajah-senang', 100, 100, []).viewBox).toEqual({
			x: 0,
			y: 0,
			width: 100,
			height: 100,
		});
	});

	it('refuses a part the drawing has no place for', () => {
		expect(() => layoutLabels('wajah-senang', 100, 100, ['kepala'])).toThrow(/tidak punya/);
		expect(() => layoutLabels('garis-tubuh', 120, 220, ['ekor'])).toThrow(/ekor/);
	});
});
