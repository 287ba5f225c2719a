import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { readAllContent } from '../helpers/content-files';

/** The components authors may use without importing them (see src/components/mdx/index.ts). */
const KNOWN = ['Angka', 'Catatan', 'Hukum', 'Katakan', 'KuisDiLayar', 'Langkah', 'Naskah', 'Tayangan'];

const mdxFiles = readAllContent().filter(([file]) => file.endsWith('.mdx'));

describe('every MDX file compiles and uses only known components', () => {
	it.each(mdxFiles)('%s', async (_file, text) => {
		const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
		await expect(compile(body)).resolves.toBeDefined();
		const used = [...body.matchAll(/<([A-Z][A-Za-z]*)/g)].map((m) => m[1]);
		expect(used.filter((name) => !KNOWN.includes(name!))).toEqual([]);
	});
});
