import { describe, expect, it } from 'vitest';
import {
	CLASS_KITS,
	isLessonPrintPart,
	kitPath,
	kitsForMaterial,
	kitsForMaterials,
	KIT_SHEETS,
} from '../../../../src/lib/print/class-kits';

describe('class kits', () => {
	it('match a material line to the kits that supply it', () => {
		expect(kitsForMaterial('Kertas bekas untuk kartu hijau dan kartu merah')).toEqual([
			'kartu-hijau-merah',
		]);
		expect(kitsForMaterial('Kartu hijau, kuning, dan merah dari kertas bekas')).toEqual([
			'kartu-lampu',
		]);
		// The faces kit shows malu too, so faces with malu need no word cards.
		expect(kitsForMaterial('Kartu wajah perasaan: senang, sedih, dan malu')).toEqual([
			'wajah-perasaan',
		]);
		expect(kitsForMaterial('Enam kartu kalimat trik untuk Kegiatan 4')).toEqual([
			'kartu-peran-fase-b',
		]);
		expect(kitsForMaterial('Boneka tangan')).toEqual([]);
	});

	it('list a lesson’s kits once each, in kit order', () => {
		expect(
			kitsForMaterials([
				'Kartu hijau dan kartu merah',
				'Enam gambar wajah perasaan',
				'Kartu hijau dan kartu merah lagi',
			])
		).toEqual(['wajah-perasaan', 'kartu-hijau-merah']);
	});

	it('know the lesson’s own print parts', () => {
		expect(isLessonPrintPart('Lembar kerja “Tubuhku Milikku”, satu lembar')).toBe(true);
		expect(isLessonPrintPart('Surat untuk orang tua')).toBe(true);
		expect(isLessonPrintPart('Papan tulis')).toBe(false);
	});

	it('give every kit an address and its sheets', () => {
		for (const kit of CLASS_KITS) {
			expect(kitPath(kit)).toBe(`/guru/bahan/${kit}/`);
			expect(KIT_SHEETS[kit]).toBeGreaterThan(0);
		}
	});
});
