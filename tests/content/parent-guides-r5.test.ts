import { describe, expect, it } from 'vitest';
import { savedContactsWithoutPhoneSafety } from '../../src/lib/content/phone-safety';
import { screenshotsWithoutStandardSentence } from '../../src/lib/content/screenshot-advice';
import { readAllContent } from '../helpers/content-files';

/**
 * Findings of the fifth blind review of the parent guides that must not come back.
 */
const pages = readAllContent().filter(([file]) => /^content\/(guides|pages)\/.+\.mdx$/.test(file));
const bantuan = pages.find(([file]) => file === 'content/pages/bantuan.mdx')![1];

describe('saving a helpline contact always points to the phone-safety section', () => {
	it('the check fails on a bullet that only says to save the number', () => {
		expect(
			savedContactsWithoutPhoneSafety('5. **Simpan kontak <Telepon id="sapa-129" />** di ponsel Anda.')
		).toHaveLength(1);
		expect(
			savedContactsWithoutPhoneSafety(
				'5. **Simpan kontak <Telepon id="sapa-129" />** di ponsel Anda. Jika ada orang yang memeriksa ponsel Anda, baca dulu [cara menjaga keamanan ponsel](/bantuan/#menjaga-keamanan-ponsel-anda).'
			)
		).toEqual([]);
		expect(savedContactsWithoutPhoneSafety('1. **Simpan semua catatan** dalam satu map dan nomor petugas.')).toEqual(
			[]
		);
	});

	it('the help page has the section the links point to', () => {
		expect(bantuan).toMatch(/^## Menjaga keamanan ponsel Anda$/m);
		for (const step of [/riwayat panggilan dan obrolan/, /nama lain/, /ponsel orang yang Anda percaya/]) {
			expect(bantuan).toMatch(step);
		}
	});

	for (const [file, text] of pages.filter(([file]) => file !== 'content/pages/bantuan.mdx')) {
		it(file, () => {
			expect(savedContactsWithoutPhoneSafety(text)).toEqual([]);
		});
	}
});

const body = (text: string) => text.replace(/^---\n[\s\S]*?\n---/, '');

describe('screenshot advice always comes with the standard sentence that keeps a child\'s image out', () => {
	it('the check fails on advice to screenshot a whole chat', () => {
		expect(
			screenshotsWithoutStandardSentence('3. **Simpan bukti.** Buat tangkapan layar percakapan dan ancamannya.')
		).toHaveLength(1);
		expect(
			screenshotsWithoutStandardSentence(
				'Pengaduan butuh tautan dan tangkapan layar.\n\nPengecualian: <KalimatBaku id="tangkapan-layar" />'
			)
		).toEqual([]);
	});

	for (const [file, text] of pages) {
		it(file, () => {
			expect(screenshotsWithoutStandardSentence(body(text))).toEqual([]);
		});
	}
});
