import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isKitName } from '../../src/lib/pictures/kit';
import {
	pictureReferences,
	worksheetDrawings,
	worksheetProblems,
} from '../../src/lib/content/worksheet-checks';
import { readAllContent } from '../helpers/content-files';

/** Every worksheet is a drawn sheet: no prose about a picture that is not there. */
const worksheets = readAllContent().filter(([file]) =>
	/^content\/handouts\/[^/]+\/lembar-kerja\.mdx$/.test(file)
);
const fixture = readFileSync(
	join(import.meta.dirname, '..', 'fixtures', 'worksheet', 'tanpa-gambar.mdx'),
	'utf8'
);

describe('worksheets are drawn', () => {
	it('finds the worksheets of every lesson', () => {
		expect(worksheets.length).toBeGreaterThanOrEqual(14);
	});

	it.each(worksheets)('%s: has drawings from the kit, and no description of a drawing', (_f, text) => {
		expect(worksheetProblems(text)).toEqual([]);
		const drawings = worksheetDrawings(text);
		expect(drawings.filter((name) => !isKitName(name))).toEqual([]);
	});

	it.each(worksheets)('%s: a Nama/Kelas line is left to the print page, not typed in', (_f, text) => {
		expect(text).not.toMatch(/^\**Nama\**\s*:.*Kelas/m);
	});

	it('a worksheet that describes a drawing it does not have fails', () => {
		const problems = worksheetProblems(fixture);
		expect(problems[0]).toMatch(/tidak punya gambar/);
		expect(problems.join('\n')).toContain('Lihat gambar anak ini.');
		expect(problems.join('\n')).toMatch(/Isinya/);
	});

	it('reads “gambar” and “lihat” as words, not inside other words', () => {
		expect(pictureReferences('Lihat ini.\n\nPenglihatan itu penting.')).toEqual(['Lihat ini.']);
		expect(worksheetProblems('<Gambar nama="hati" />\n\nLihat gambar hati ini.')).toEqual([]);
	});
});
