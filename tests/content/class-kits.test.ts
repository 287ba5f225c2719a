import { load } from 'js-yaml';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	CLASS_KITS,
	isLessonPrintPart,
	kitsForMaterial,
	kitsForMaterials,
} from '../../src/lib/print/class-kits';
import { CONTENT, frontmatter, readContentFiles } from '../helpers/content-files';

/**
 * Every material a lesson's "alat dan bahan" names is supplied: by a class kit at /guru/bahan/, by the
 * lesson's own print pack (worksheet, letter), or it is something every class has
 * (content/data/bahan-umum.yaml).
 */
interface Common {
	nama: string;
	pola: string;
}
const common = (load(readFileSync(join(CONTENT, 'data', 'bahan-umum.yaml'), 'utf8')) as Common[]).map(
	(c) => ({ ...c, re: new RegExp(c.pola, 'i') })
);
const lessons = readContentFiles('lessons', '.mdx').map(([file, text]) => ({
	file,
	materials: (frontmatter(text) as { materials: string[] }).materials,
}));

/** The materials of a list that nothing supplies. */
function unsupplied(materials: readonly string[]): string[] {
	return materials.filter(
		(m) =>
			kitsForMaterial(m).length === 0 &&
			!isLessonPrintPart(m) &&
			!common.some((c) => c.re.test(m.trim()))
	);
}

describe('every material a lesson names is supplied', () => {
	it('reads the materials of every lesson', () => {
		expect(lessons.length).toBeGreaterThanOrEqual(14);
		for (const { materials } of lessons) expect(materials.length).toBeGreaterThan(0);
	});

	it.each(lessons)('$file: each material has a kit, a print part, or every class has it', ({ materials }) => {
		expect(unsupplied(materials)).toEqual([]);
	});

	it('a material nobody supplies fails', () => {
		const made = ['Papan tulis dan kapur', 'Boneka tangan untuk bermain peran, satu untuk setiap kelompok'];
		expect(unsupplied(made)).toEqual([made[1]]);
	});

	it('the lessons ask for the kits: faces, answer cards, traffic lights', () => {
		const all = kitsForMaterials(lessons.flatMap((l) => l.materials));
		expect(all).toEqual(expect.arrayContaining(['wajah-perasaan', 'kartu-hijau-merah', 'kartu-lampu']));
		expect(CLASS_KITS).toEqual(expect.arrayContaining(all));
	});

	it('every common material has a name and a pattern that some lesson uses', () => {
		for (const c of common) {
			expect(c.nama.length).toBeGreaterThan(3);
			expect(
				lessons.some((l) => l.materials.some((m) => c.re.test(m.trim()))),
				c.nama
			).toBe(true);
		}
	});
});
