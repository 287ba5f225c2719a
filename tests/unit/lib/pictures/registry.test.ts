import { describe, expect, it } from 'vitest';
import iconSet from '@iconify-json/fluent-emoji-flat/icons.json';
import {
	DRAWING_NAMES,
	getPicture,
	isPicture,
	pictureFile,
} from '../../../../src/lib/pictures/registry';
import { FEELING_PICTURES } from '../../../../src/lib/pictures/feelings';

const icons = (iconSet as { icons: Record<string, { body: string }> }).icons;

describe('getPicture', () => {
	it("finds a Fluent Emoji icon by name, with the set's 32×32 viewBox", () => {
		expect(getPicture('raised-hand')).toEqual({
			viewBox: '0 0 32 32',
			body: icons['raised-hand']!.body,
		});
	});

	it('uses the size of an icon that has its own', () => {
		expect(getPicture('keycap-5')?.viewBox).toBe('0 0 32 33');
	});

	it('finds an icon by its alias', () => {
		expect(getPicture('japanese-hear-button')?.body).toBe(icons['japanese-here-button']!.body);
	});

	it('finds a drawing made for the site, as the inside of its SVG with its viewBox', () => {
		const picture = getPicture('anak-baju-renang');
		expect(picture?.viewBox).toBe('0 0 64 96');
		expect(picture?.body).toMatch(/^<[a-z]/);
		expect(picture?.body).not.toMatch(/<\/?svg/);
		expect(DRAWING_NAMES).toContain('anak-baju-renang');
	});

	it('finds nothing for an unknown name', () => {
		for (const name of ['tidak-ada-gambar', '', 'raised', 'anak-baju-renang.svg']) {
			expect(getPicture(name), name).toBeUndefined();
		}
	});
});

describe('isPicture', () => {
	it('accepts icons and drawings, rejects unknown names', () => {
		expect(isPicture('raised-hand')).toBe(true);
		expect(isPicture('anak-baju-renang')).toBe(true);
		expect(isPicture('tidak-ada-gambar')).toBe(false);
	});

	it('knows every face a feelings question can show', () => {
		for (const name of Object.values(FEELING_PICTURES)) expect(isPicture(name), name).toBe(true);
	});
});

describe('pictureFile', () => {
	it('wraps a picture in an SVG document of its own, with its viewBox', () => {
		const picture = getPicture('raised-hand')!;
		const file = pictureFile(picture);
		expect(file).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 32 32">/);
		expect(file).toContain(picture.body);
		expect(file.endsWith('</svg>')).toBe(true);
	});
});
