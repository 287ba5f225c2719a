import { describe, expect, it } from 'vitest';
import {
	deskSteps,
	disclosureSteps,
	LINES_PER_STEP,
	teacherNotes,
} from '../../../../src/lib/print/desk-summary';
import { isPrintPart, partPath, PRINT_PARTS } from '../../../../src/lib/print/parts';

const lesson = `---
title: X
---

Intro.

<Langkah judul="Pembuka" menit={5}>

<Tayangan judul="A" gambar="child">

Tubuhmu milikmu. Kamu berhak aman.

<Catatan>

Not for children.

</Catatan>

</Tayangan>

</Langkah>

<Langkah judul="Inti" menit={22}>

**Kegiatan 1: Lagu dan nama bagian tubuh (7 menit).** Ajak anak berdiri.

**Kegiatan 2: Wajah perasaan (6 menit).** Tunjuk wajah.

<Tayangan judul="B">

Satu.

</Tayangan>
<Tayangan judul="C">

Dua.

</Tayangan>
<Tayangan judul="D">

Tiga.

</Tayangan>
<Tayangan judul="E">

Empat.

</Tayangan>

</Langkah>
`;

describe('deskSteps', () => {
	it('reads each step with its minutes, activities and first slide sentences', () => {
		const steps = deskSteps(lesson);
		expect(steps.map((s) => [s.title, s.minutes])).toEqual([
			['Pembuka', 5],
			['Inti', 22],
		]);
		expect(steps[0]!.lines).toEqual(['Tubuhmu milikmu.']);
		expect(steps[1]!.activities).toEqual([
			'Kegiatan 1: Lagu dan nama bagian tubuh (7 menit)',
			'Kegiatan 2: Wajah perasaan (6 menit)',
		]);
		expect(steps[1]!.lines).toHaveLength(LINES_PER_STEP);
	});
});

describe('teacherNotes and disclosureSteps', () => {
	it('reads the notes of a handout and the steps of the card', () => {
		expect(teacherNotes('Tugas.\n\n<Catatan>\n\nJawaban: **K**, R.\n\n</Catatan>')).toEqual([
			'Jawaban: K, R.',
		]);
		expect(disclosureSteps('1. **Tetap tenang.** Tarik napas.\n2. **Dengarkan.** Ya.')).toEqual([
			'Tetap tenang.',
			'Dengarkan.',
		]);
	});
});

describe('print parts', () => {
	it('names each part by its address', () => {
		expect(PRINT_PARTS).toContain('ringkasan');
		expect(isPrintPart('kartu')).toBe(true);
		expect(isPrintPart('semua')).toBe(false);
		expect(partPath('tubuhku-milikku', 'surat')).toBe('/pelajaran/tubuhku-milikku/cetak/surat/');
	});
});
