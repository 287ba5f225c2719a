import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { LETTER_MAX_WORDS, letterWords } from '../../src/lib/content/parent-letter';
import { LETTER_ONE_SHEET_WORDS, wordCount } from '../../src/lib/print/parts';
import { CONTENT } from '../helpers/content-files';

/*
 * Third review of the pesantren track: each parent letter fits one sheet (at most 350 words) and
 * keeps what a wali santri must know; parents take their child home without waiting for the
 * pondok's leave; a night summons to the ndalem is sorted as unsafe first.
 */
const SLUGS = ['tubuh-adalah-amanah', 'aman-di-asrama', 'bukan-rahasia-bukan-salahmu', 'berani-bercerita'];
const read = (...parts: string[]) => readFileSync(join(CONTENT, ...parts), 'utf8');
const letters = SLUGS.map((slug) => ({ slug, text: read('handouts', slug, 'surat-orang-tua.mdx') }));

describe('pesantren parent letters', () => {
	it.each(letters)('$slug fits one sheet', ({ text }) => {
		expect(wordCount(text)).toBeLessThanOrEqual(LETTER_ONE_SHEET_WORDS);
		expect(letterWords(text)).toBeLessThanOrEqual(LETTER_MAX_WORDS);
	});

	it.each(letters)('$slug keeps the code phrase, the leadership case and the guide', ({ text }) => {
		expect(text).toMatch(/kalimat sandi/i);
		expect(text).toMatch(/kiai, pengasuh, pimpinan, pengurus, atau keluarga ndalem/);
		expect(text).toMatch(/tanpa menunggu izin/);
		expect(text).toContain('(/orang-tua/wali-santri/)');
	});

	it('a letter of the old length fails', () => {
		expect(wordCount('kata '.repeat(800))).toBeGreaterThan(LETTER_ONE_SHEET_WORDS);
	});
});

describe('the pimpinan branch never waits for the pondok’s leave', () => {
	const step = (load(read('data', 'protokol.yaml')) as { id: string; text: string }[]).find(
		(s) => s.id === 'pimpinan-jemput'
	)!;
	it('the protocol step', () => {
		expect(step.text).not.toMatch(/izin pulang biasa/);
		expect(step.text).toMatch(/tanpa menunggu izin/);
	});
	it('the wali santri guide', () => {
		expect(read('guides', 'wali-santri.mdx')).not.toMatch(/Gunakan alasan keluarga yang biasa|Mintalah izin membawa anak/);
	});
});

describe('a night summons to the ndalem is unsafe first', () => {
	it('aman-di-asrama quiz', () => {
		const text = read('quizzes', 'aman-di-asrama.yaml');
		expect(text).toMatch(/id: dipanggil-larut-malam\n[^\n]*\n\s+group: tidak-aman/);
	});
});
