import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
	careOutsideHomeAsException,
	consentExcuseForCabul,
	definitionsWithoutMouth,
	mouthWithoutItsExceptions,
	saysPersuasionCoversCabul,
	widenedCareException,
} from '../../src/lib/content/private-parts-checks';
import { readAllContent } from '../helpers/content-files';

/**
 * The High items of the second blind review of the parent guides (issue 15) must not come back:
 * the mouth and its exceptions wherever the private parts are named, the home-care exception kept
 * to the family, the law saying that persuasion is enough for perbuatan cabul too, and personal
 * care outside the home never a blanket exception.
 */
const guides = readAllContent().filter(([file]) => /^content\/guides\/.+\.mdx$/.test(file));
const guide = (slug: string) => guides.find(([file]) => file === `content/guides/${slug}.mdx`)![1];
const rules = load(readFileSync('content/data/rules.yaml', 'utf8')) as {
	id: string;
	forAdults: string;
}[];
const privateParts = rules.find((r) => r.id === 'bagian-pribadi')!.forAdults;

describe('the checks fail on the wordings the review found', () => {
	it('a definition without the mouth', () => {
		expect(
			definitionsWithoutMouth(
				'Bagian pribadi adalah bagian yang tertutup pakaian dalam (dada, alat kelamin, dan bokong).'
			)
		).toHaveLength(1);
		expect(definitionsWithoutMouth('Ajarkan aturannya. <Aturan id="bagian-pribadi" />')).toEqual([]);
	});

	it('the mouth named, with exceptions, but not its own', () => {
		const old =
			'Ini penismu. Bagian yang tertutup pakaian dalam itu bagian pribadi. Mulutmu juga. Ayah atau Ibu boleh, saat membantumu mandi. Dokter juga boleh memeriksa.';
		expect(mouthWithoutItsExceptions(old)).toHaveLength(1);
		expect(
			mouthWithoutItsExceptions(
				`${old} Dokter gigi boleh memeriksa mulutmu, dan Ibu boleh menyuapimu atau membantumu sikat gigi.`
			)
		).toEqual([]);
	});

	it('the home-care exception widened to anyone the parents choose', () => {
		expect(
			widenedCareException(
				'Pengecualiannya hanya dua: orang tua, atau orang yang dipilih orang tua untuk merawat anak di rumah, yang membantu anak kecil mandi.'
			)
		).toHaveLength(1);
		expect(
			widenedCareException('Anda, atau orang yang Anda pilih untuk merawat anak di rumah, boleh membantunya mandi.')
		).toHaveLength(1);
		expect(
			widenedCareException('Orang tua atau anggota keluarga yang merawat anak kecil di rumah boleh membantunya mandi.')
		).toEqual([]);
	});

	it('persuasion limited to intercourse, as if "mau" excused cabul', () => {
		const old =
			'Untuk persetubuhan dengan anak, undang-undang menegaskan bahwa ancaman ini berlaku juga jika pelaku memakai tipu muslihat, kebohongan, atau bujukan, bukan hanya paksaan. Artinya, pelaku tidak bisa berlindung di balik alasan bahwa anak "mau".';
		expect(consentExcuseForCabul(old)).toHaveLength(1);
		expect(saysPersuasionCoversCabul(old)).toBe(false);
		expect(
			consentExcuseForCabul('Perbuatan cabul yang suka sama suka tidak dipidana.')
		).toHaveLength(1);
	});

	it('care at school or therapy as a legitimate exception, or by a "pengasuh"', () => {
		expect(
			careOutsideHomeAsException(
				'Jika anak dibantu mandi, perawatan itu adalah pengecualian yang sah dari aturan bagian pribadi.'
			)
		).toHaveLength(1);
		expect(
			careOutsideHomeAsException('Jika memungkinkan, pilih pengasuh yang membantu perawatan pribadi anak.')
		).toHaveLength(1);
	});
});

describe('the private-parts rule in content/data/rules.yaml', () => {
	it('names the mouth, its exceptions, and only the family carer at home', () => {
		expect(privateParts).toMatch(/\bmulut\b/);
		expect(mouthWithoutItsExceptions(privateParts)).toEqual([]);
		expect(privateParts).toContain('orang tua atau anggota keluarga yang merawat anak kecil di rumah');
		expect(widenedCareException(privateParts)).toEqual([]);
	});
});

describe.each(guides)('%s', (_file, text) => {
	it('every definition of the private parts names the mouth', () => {
		expect(definitionsWithoutMouth(text)).toEqual([]);
	});

	it('wherever the mouth is named with the exceptions, its own are named too', () => {
		expect(mouthWithoutItsExceptions(text)).toEqual([]);
	});

	it('the home-care exception stays with the parent and the family carer', () => {
		expect(widenedCareException(text)).toEqual([]);
	});

	it('never words the law so that a child\'s "mau" could excuse perbuatan cabul', () => {
		expect(consentExcuseForCabul(text)).toEqual([]);
	});
});

describe('the law guide', () => {
	it('says that persuasion or tricks are enough for perbuatan cabul too', () => {
		expect(saysPersuasionCoversCabul(guide('hukum-dalam-bahasa-sederhana'))).toBe(true);
	});

	it('gives the prison range with the new KUHP caveat', () => {
		expect(guide('hukum-dalam-bahasa-sederhana')).toMatch(/5 sampai 15 tahun[\s\S]{0,600}KUHP/);
	});
});

describe('the disability guide', () => {
	const text = guide('anak-disabilitas');

	it('never makes care outside the home a blanket exception', () => {
		expect(careOutsideHomeAsException(text)).toEqual([]);
	});

	it('asks for a written agreement on who helps, how, and that parents are told', () => {
		expect(text).toMatch(/tertulis[^.]{0,120}pendamping|pendamping[^.]{0,120}tertulis/i);
		expect(text).toMatch(/orang dewasa lain/i);
		expect(text).toMatch(/Anda diberi tahu/i);
	});

	it('says who at a pondok never bathes a santri', () => {
		expect(text).toMatch(/kiai, pengasuh, ustadz, musyrif, dan santri senior tidak memandikan/i);
	});
});

describe('guides and school pages use only the light prose components', () => {
	/** The names in src/components/mdx/prose.ts, which Article.astro renders them with. */
	const prose = [
		...readFileSync('src/components/mdx/prose.ts', 'utf8').matchAll(/^import (\w+) from/gm),
	].map((m) => m[1]);
	const pages = readAllContent().filter(([file]) =>
		/^content\/(guides|sekolah)\/.+\.mdx$/.test(file)
	);

	it('reads the list', () => {
		expect(prose).toContain('Aturan');
		expect(prose).not.toContain('Gambar');
	});

	it.each(pages)('%s', (_file, text) => {
		const used = [...text.matchAll(/<([A-Z]\w*)/g)].map((m) => m[1]);
		expect(used.filter((name) => !prose.includes(name))).toEqual([]);
	});
});
