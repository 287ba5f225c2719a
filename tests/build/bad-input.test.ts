import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempSite, type TempSite } from '../../scripts/temp-site.mjs';

/*
 * A malformed content file must stop the build with an Indonesian message that names the file and
 * the field. Each case breaks one file of a fresh copy of the site and runs `astro sync`, which
 * loads and validates every collection exactly as the build does.
 */
let site: TempSite;
beforeAll(() => {
	site = makeTempSite();
});
afterAll(() => site.remove());

function edit(file: string, change: (text: string) => string) {
	const path = join(site.dir, file);
	const original = readFileSync(path, 'utf8');
	writeFileSync(path, change(original));
	return () => writeFileSync(path, original);
}

const cases = [
	{
		name: 'a lesson with an unknown track',
		file: 'content/lessons/bagian-pribadi.mdx',
		change: (t: string) => t.replace('track: fase-a', 'track: kelas-satu'),
		expect: ['track: "kelas-satu" tidak dikenal'],
	},
	{
		name: 'a quiz question with two right answers',
		file: 'content/quizzes/bagian-pribadi.yaml',
		change: (t: string) =>
			t.replace(/(\n\s+text: Milik orang dewasa\n)/, '$1        correct: true\n'),
		expect: ['questions.0.choices:', 'tepat satu jawaban benar'],
	},
	{
		name: 'a guide without sources',
		file: 'content/guides/bicara-tentang-tubuh.mdx',
		change: (t: string) => t.replace(/\nsources:\n(?:\s+.*\n)+?(?=\w|---)/, '\nsources: []\n'),
		expect: ['sources: Setiap halaman perlu minimal satu sumber.'],
	},
	{
		name: 'a helpline with letters in its WhatsApp number',
		file: 'content/data/helplines.yaml',
		change: (t: string) => t.replace(/value: "?08111-129-129"?/, 'value: "08111-SAPA-129"'),
		expect: ['channels.1.value: Nomor whatsapp hanya boleh berisi angka'],
	},
];

describe('a malformed content file fails the build', () => {
	it.each(cases)(
		'$name: names the file and the field, in Indonesian',
		{ timeout: 60_000 },
		async (c) => {
			const restore = edit(c.file, c.change);
			expect(readFileSync(join(site.dir, c.file), 'utf8')).not.toBe(
				readFileSync(join(import.meta.dirname, '..', '..', c.file), 'utf8')
			);
			try {
				const result = await site.run(['node_modules/astro/astro.js', 'sync']);
				expect(result.code).not.toBe(0);
				expect(result.output).toContain(c.file);
				for (const fragment of c.expect) expect(result.output).toContain(fragment);
			} finally {
				restore();
			}
		}
	);

	it('and the untouched copy syncs cleanly', { timeout: 60_000 }, async () => {
		const result = await site.run(['node_modules/astro/astro.js', 'sync']);
		expect(result.output).not.toMatch(/Error/);
		expect(result.code).toBe(0);
	});
});
