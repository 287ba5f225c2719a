import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
	careStepsWithoutFacility,
	codePhraseExamplesThatTell,
	headings,
	igdWithoutNight,
	longParagraphs,
	ownSentenceBeforeExample,
	reportsOutsideFirst,
	section,
	uptdAsTreatmentPlace,
} from '../../src/lib/content/parent-guide-checks';
import { readAllContent } from '../helpers/content-files';

/**
 * The Medium items of the third blind review of the parent guides must not come back: UPTD PPA
 * named as a place of treatment in the 72-hour step, a code-phrase example that says its meaning
 * openly, a guide on children who harm that reports outside only for school incidents, and an
 * aftercare guide whose actions come last.
 */
const pages = readAllContent().filter(([file]) => /^content\/(guides|pages)\/.+\.mdx$/.test(file));
/** The promises adults may break, from the banned list (their reason starts with "Janji"). */
const promises = (load(readFileSync('content/data/kata-terlarang.yaml', 'utf8')) as { kata: string; alasan: string }[])
	.filter((entry) => entry.alasan.startsWith('Janji'))
	.map((entry) => entry.kata.toLowerCase());
/** What a parent is given to say to a child: the <Katakan> scripts and quoted sentences. */
const scripts = (text: string): string[] => [
	...[...text.matchAll(/<Katakan>([\s\S]*?)<\/Katakan>/g)].map((m) => m[1]!),
	...[...text.matchAll(/“([^”]+)”/g)].map((m) => m[1]!),
];
const guide = (slug: string) => pages.find(([file]) => file === `content/guides/${slug}.mdx`)![1];

describe('the checks fail on the wordings the review found', () => {
	it('UPTD PPA listed as a place to take the child for treatment', () => {
		expect(
			uptdAsTreatmentPlace(
				'Jika kejadiannya dalam 3 hari terakhir, bawa anak hari ini juga ke puskesmas, <Istilah id="igd" />, atau UPTD PPA.'
			)
		).toHaveLength(1);
		expect(uptdAsTreatmentPlace('Bawa ia berobat ke <Istilah id="uptd-ppa" /> hari ini.')).toHaveLength(1);
		expect(
			uptdAsTreatmentPlace(
				'Bawa anak hari ini juga ke puskesmas. Pada malam hari, pergilah ke <Istilah id="igd" />. <Istilah id="uptd-ppa" /> bisa mendampingi Anda, tetapi jangan menunggu mereka untuk berobat.'
			)
		).toEqual([]);
	});

	it('a 72-hour step that names no health facility, or the IGD without the night', () => {
		expect(careStepsWithoutFacility('Jika kejadiannya dalam 3 hari terakhir, bawa anak berobat hari ini juga.')).toHaveLength(1);
		expect(
			careStepsWithoutFacility('Jika kejadiannya dalam 3 hari terakhir, bawa anak berobat hari ini juga ke puskesmas.')
		).toEqual([]);
		expect(
			igdWithoutNight('Jika kejadiannya dalam 3 hari terakhir, bawa anak berobat ke puskesmas atau <Istilah id="igd" />.')
		).toHaveLength(1);
	});

	it('a code-phrase example that states what it means', () => {
		const old =
			'Kalimat sandi adalah kalimat biasa yang artinya hanya diketahui Anda dan anak: **“Tolong jemput aku, ada yang ingin kuceritakan berdua saja.”** Karena itu setiap keluarga membuat kalimatnya sendiri.';
		expect(codePhraseExamplesThatTell(old)).toHaveLength(1);
		expect(ownSentenceBeforeExample(old)).toBe(false);
		const harmless = 'Buat kalimat Anda sendiri. Contoh yang harus Anda ganti: “Bu, si Belang sudah sembuh belum?”';
		expect(codePhraseExamplesThatTell(harmless)).toEqual([]);
		expect(ownSentenceBeforeExample(harmless)).toBe(true);
	});

	it('a child who harmed another, with an outside report only for school incidents', () => {
		expect(
			reportsOutsideFirst(
				'Pisahkan mereka, pastikan ia aman, dan beri tahu orang tuanya. Jika kejadiannya di sekolah, sekolah wajib menanganinya. Penanganan di sekolah tidak menggantikan laporan ke <Istilah id="uptd-ppa" />.'
			)
		).toBe(false);
		expect(
			reportsOutsideFirst('Pisahkan mereka. Laporkan ke <Istilah id="uptd-ppa" />. Jika kejadiannya di sekolah, beri tahu juga sekolah.')
		).toBe(true);
	});

	it('a script with a promise an adult may break', () => {
		expect(promises).toContain('akan memarahimu');
		const old = 'Coba. <Katakan>\nApa pun ceritanya, Ayah tidak akan memarahimu.\n</Katakan>';
		expect(promises.filter((promise) => scripts(old).join(' ').toLowerCase().includes(promise))).toHaveLength(1);
	});

	it('a paragraph that mixes many steps into one', () => {
		expect(longParagraphs(`---\nx: 1\n---\n${'kata '.repeat(90)}`, 80)).toHaveLength(1);
	});
});

describe('the parent guides and pages after the third review', () => {
	it.each(pages)('%s never lists UPTD PPA as a place of treatment', (_file, text) => {
		expect(uptdAsTreatmentPlace(text)).toEqual([]);
	});

	it.each(pages)('%s names a health facility in every 72-hour step, and the IGD for the night', (_file, text) => {
		expect(careStepsWithoutFacility(text)).toEqual([]);
		expect(igdWithoutNight(text)).toEqual([]);
	});

	it.each(pages)('%s gives a parent no promise to say that an adult may break', (_file, text) => {
		const said = scripts(text).join('\n').toLowerCase();
		expect(promises.filter((promise) => said.includes(promise))).toEqual([]);
	});

	it('wali-santri: the family makes its own sentence first, and no example gives its meaning away', () => {
		const teaching = section(guide('wali-santri'), 'Kalimat sandi keluarga').split('Jika anak mengucapkan kalimat sandi')[0]!;
		expect(teaching).not.toBe('');
		expect(ownSentenceBeforeExample(teaching)).toBe(true);
		expect(codePhraseExamplesThatTell(teaching)).toEqual([]);
	});

	it('perilaku-seksual-anak: an outside report comes first, and the guide on children who harm is linked', () => {
		const text = guide('perilaku-seksual-anak');
		const harm = section(text, 'Jika anak Anda yang menyakiti anak lain');
		expect(harm).not.toBe('');
		expect(reportsOutsideFirst(harm)).toBe(true);
		expect(text).toContain('](/orang-tua/yang-menyakiti-anak-juga/)');
		expect(text).not.toMatch(/sekolah wajib menangani/i);
	});

	it('merawat-setelah-kekerasan: the action list comes first, with care within 3 days as its first step', () => {
		const text = guide('merawat-setelah-kekerasan');
		expect(headings(text)[0]).toBe('Yang bisa Anda lakukan sekarang');
		const firstStep = section(text, 'Yang bisa Anda lakukan sekarang').match(/^1\. (.+)$/m)?.[1] ?? '';
		// The 3-day sentence is written once, in <SegeraBerobat /> (content/data/kalimat-baku.yaml).
		expect(firstStep).toMatch(/<SegeraBerobat \/>/);
		expect(longParagraphs(text, 80)).toEqual([]);
	});
});
