import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { readAllContent } from '../helpers/content-files';

/** The components authors may use without importing them (see src/components/mdx/index.ts). */
const KNOWN = [
	'Aturan',
	'Angka',
	'BiayaVisum',
	'Catatan',
	'Deret',
	'Gambar',
	'Garis',
	'KotakGambar',
	'Hukum',
	'Istilah',
	'KalimatBaku',
	'KecualiAnak',
	'Katakan',
	'KuisDiLayar',
	'Langkah',
	'Naskah',
	'SegeraBerobat',
	'TanggalSumber',
	'Tayangan',
	'Telepon',
];
/** Parts a single page builds from data (see src/components/guru/index.ts). */
const PAGE_ONLY: Record<string, string[]> = {
	'content/pages/guru.mdx': ['DaftarJalur', 'KartuBercerita', 'RencanaSemester', 'SuratOrangTua'],
};

const mdxFiles = readAllContent().filter(([file]) => file.endsWith('.mdx'));

describe('every MDX file compiles and uses only known components', () => {
	it.each(mdxFiles)('%s', async (file, text) => {
		const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
		await expect(compile(body)).resolves.toBeDefined();
		const used = [...body.matchAll(/<([A-Z][A-Za-z]*)/g)].map((m) => m[1]);
		const known = [...KNOWN, ...(PAGE_ONLY[file] ?? [])];
		expect(used.filter((name) => !known.includes(name!))).toEqual([]);
	});
});
