import { describe, expect, it } from 'vitest';
import { pengasuhHygieneSentences } from '../../src/lib/content/story-checks';
import { readAllContent } from '../helpers/content-files';

/**
 * The parent guides, the help page and the school pages after the second review of issue 15:
 * "pengasuh" (in a pondok, the kiai) is never a bathing exception; a family sent for care within
 * 3 days is told to say that sexual violence is suspected; nothing sends the reader to "the box";
 * children who were hurt by a sibling are never asked to "berdamai".
 */
const adultPages = readAllContent().filter(([file]) =>
	/^content\/(guides|pages|sekolah)\//.test(file)
);
/**
 * The guide for wali santri is being rewritten on another branch at the same time; it gets the
 * "say that sexual violence is suspected" sentence there. Remove it from this list after merging.
 */
const REWRITTEN_ELSEWHERE = ['content/guides/wali-santri.mdx'];
const guidesAndHelp = adultPages.filter(
	([file]) =>
		(file.startsWith('content/guides/') || file === 'content/pages/bantuan.mdx') &&
		!REWRITTEN_ELSEWHERE.includes(file)
);

/** A sentence that sends the reader to a box elsewhere on the page instead of saying it. */
const BOX = /\bkotak (bantuan|di (halaman|atas|bawah|samping))/i;
/** Sending a family for care within 3 days (72 hours). */
const ACUTE_CARE = /(3 hari|72 jam)[\s\S]{0,300}(puskesmas|IGD|rumah sakit)|(puskesmas|IGD|rumah sakit)[\s\S]{0,300}(3 hari|72 jam)/i;
/** Telling the staff that sexual violence is suspected. */
const TELL_STAFF = /(menduga|dugaan)[^.]{0,40}kekerasan seksual/i;
/** Settling between children in words that sound like settling a case. */
const SETTLE = /\b(siap|mau|ingin|boleh) berdamai\b/i;

describe('the parent and school pages', () => {
	it('finds the guides, the help page and the school pages', () => {
		expect(guidesAndHelp.length).toBeGreaterThan(15);
		expect(adultPages.some(([f]) => f.startsWith('content/sekolah/'))).toBe(true);
	});

	it('the old wordings fail each check', () => {
		expect(
			pengasuhHygieneSentences(
				'Pengecualiannya hanya dua: orang tua atau pengasuh yang membantu anak kecil membersihkan diri.'
			)
		).toHaveLength(1);
		expect(BOX.test('Nomor SAPA 129 ada di kotak bantuan di halaman ini.')).toBe(true);
		expect(BOX.test('Simpan kontak SAPA 129 dari kotak di halaman ini.')).toBe(true);
		const oldCare =
			'Jika kejadiannya dalam 3 hari terakhir, bawa anak hari ini juga ke puskesmas. Jangan mandikan anak dulu.';
		expect(ACUTE_CARE.test(oldCare) && !TELL_STAFF.test(oldCare)).toBe(true);
		expect(SETTLE.test('Jika nanti keduanya siap berdamai, itu terjadi dengan bantuan petugas.')).toBe(
			true
		);
	});

	it.each(adultPages)('%s: the pengasuh is never a bathing exception', (_file, text) => {
		expect(pengasuhHygieneSentences(text)).toEqual([]);
	});

	it.each(adultPages)('%s: sends no one to "the box"', (_file, text) => {
		expect(text.split('\n').filter((line) => BOX.test(line))).toEqual([]);
	});

	it.each(guidesAndHelp)(
		'%s: care within 3 days comes with "say that sexual violence is suspected"',
		(_file, text) => {
			if (ACUTE_CARE.test(text)) expect(text).toMatch(TELL_STAFF);
		}
	);

	it.each(adultPages)('%s: children "berbaikan", cases are never "berdamai"', (_file, text) => {
		expect(text.split('\n').filter((line) => SETTLE.test(line))).toEqual([]);
	});
});
