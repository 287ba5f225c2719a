import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAllContent } from '../helpers/content-files';

/*
 * Handouts and the printed card render with `handoutComponents` (src/components/mdx/handout.ts), so
 * that print pages carry no styles of the lesson script's components. A handout that used one of
 * those would fail the build; this names the file and the component first.
 */
const source = readFileSync('src/components/mdx/handout.ts', 'utf8');
const mapBody = source.match(/export const handoutComponents = \{([^}]*)\}/)?.[1] ?? '';
const ALLOWED = [...mapBody.matchAll(/\b([A-Z][A-Za-z]*)\b/g)].map((m) => m[1]!);

/** The components a text uses that print pages do not provide. */
function unknownComponents(mdx: string): string[] {
	const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
	return [...new Set([...body.matchAll(/<([A-Z][A-Za-z]*)/g)].map((m) => m[1]!))].filter(
		(name) => !ALLOWED.includes(name)
	);
}

const printed = readAllContent().filter(
	([file]) =>
		(file.startsWith('content/handouts/') && file.endsWith('.mdx')) ||
		file === 'content/pages/jika-anak-bercerita.mdx'
);

describe('handouts and the printed card use only the components print pages provide', () => {
	it('reads the list of components from handout.ts', () => {
		expect(ALLOWED).toEqual(expect.arrayContaining(['Catatan', 'Gambar', 'Istilah', 'Telepon']));
		expect(ALLOWED).not.toContain('Katakan');
	});

	it('finds a lesson-script component in a text', () => {
		expect(unknownComponents('Teks.\n\n<Katakan>Halo</Katakan>\n\n<Gambar nama="x" />')).toEqual([
			'Katakan',
		]);
	});

	it('has texts to check', () => {
		expect(printed.length).toBeGreaterThan(10);
		expect(printed.map(([file]) => file)).toContain('content/pages/jika-anak-bercerita.mdx');
	});

	it.each(printed)('%s', (_file, text) => {
		expect(unknownComponents(text)).toEqual([]);
	});
});
