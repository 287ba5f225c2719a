import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { bareHelplineNumbers } from '../../src/lib/content/bare-numbers';
import { readContentFiles } from '../helpers/content-files';

const ROOT = join(import.meta.dirname, '..', '..');
const helplines = load(readFileSync(join(ROOT, 'content/data/helplines.yaml'), 'utf8')) as {
	channels: { type: string; value: string }[];
}[];
/* Every number a reader could call or message, as the data writes it. */
const numbers = helplines.flatMap((h) =>
	h.channels.filter((c) => c.type === 'telepon' || c.type === 'whatsapp').map((c) => c.value)
);
const body = (text: string) => text.replace(/^---\n[\s\S]*?\n---/, '');

describe('every helpline number in a parent guide or page is a link made from the data', () => {
	it('knows the numbers', () => {
		expect(numbers).toEqual(expect.arrayContaining(['129', '110', '08111-129-129']));
	});

	it('finds a number typed by hand, and ignores one inside a component or an address', () => {
		const fixture =
			'Hubungi SAPA 129 sekarang. <Telepon id="polisi-110" /> [Bantuan](/bantuan/#110) https://wa.me/08111-129-129';
		expect(bareHelplineNumbers(fixture, numbers)).toEqual(['"Hubungi SAPA 129 sekarang."']);
	});

	for (const [path, text] of [
		...readContentFiles('guides', '.mdx'),
		...readContentFiles('pages', '.mdx'),
	]) {
		it(path, () => {
			expect(bareHelplineNumbers(body(text), numbers)).toEqual([]);
		});
	}
});
