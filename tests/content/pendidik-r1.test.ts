import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { CONTENT, frontmatter, readContentFiles } from '../helpers/content-files';

/**
 * Staff-training review r1: when the kiai, pengasuh or ndalem is the person a child names, reporting
 * outside is not enough; the child must be kept safe that night. Every session (and handout) that
 * teaches the leader route also names the step from content/data/protokol.yaml (`pimpinan-jemput`):
 * uninvolved parents take the child home the same day, without the ndalem's permission.
 */

/** Whether a text teaches the route for a case about the leadership or the ndalem. */
const teachesLeaderRoute = (text: string) =>
	/\b(kiai|pengasuh|ndalem)\b/i.test(text) && /langsung\**\s+(ke luar|ke UPTD PPA)/i.test(text);

/** Problems of a text that teaches the leader route: it must name the same-day pick-up. */
export const leaderRouteProblems = (text: string): string[] => {
	if (!teachesLeaderRoute(text)) return [];
	const pickUp = /menjemput[^.]*hari itu juga|hari itu juga[^.]*menjemput|dijemput orang tua hari itu juga/i;
	const noPermission = /tanpa menunggu izin/i;
	const problems: string[] = [];
	if (!pickUp.test(text)) problems.push('Jalur pimpinan tanpa penjemputan oleh orang tua hari itu juga.');
	if (!noPermission.test(text)) problems.push('Penjemputan tidak disebut tanpa menunggu izin ndalem.');
	return problems;
};

const staffFiles = [
	...readContentFiles('lessons', '.mdx').filter(
		([, text]) => (frontmatter(text) as { track?: string }).track === 'pendidik'
	),
	...['mengenali-tanda-dan-bujuk-rayu', 'menerima-cerita-anak', 'kode-etik-dan-kewajiban-melapor'].map(
		(slug): [string, string] => {
			const file = join('handouts', slug, 'materi-peserta.mdx');
			return [`content/${file}`, readFileSync(join(CONTENT, file), 'utf8')];
		}
	),
];

describe('the leader route keeps the child safe the same day', () => {
	it('finds the three sessions and the two handouts with the leader route', () => {
		expect(staffFiles.filter(([, text]) => teachesLeaderRoute(text)).length).toBeGreaterThanOrEqual(4);
	});

	it.each(staffFiles)('%s names the same-day pick-up without the ndalem’s permission', (_file, text) => {
		expect(leaderRouteProblems(text)).toEqual([]);
	});

	it('fails a script that reports outside but leaves the child in the pondok', () => {
		const fixture = readFileSync(
			join(import.meta.dirname, '..', 'fixtures', 'pendidik', 'jalur-pimpinan-tanpa-jemput.mdx'),
			'utf8'
		);
		expect(leaderRouteProblems(fixture)).toHaveLength(2);
	});

	it('the protokol step it follows still says the same', () => {
		const protokol = readFileSync(join(CONTENT, 'data', 'protokol.yaml'), 'utf8');
		expect(protokol).toMatch(/menjemput anak hari itu juga/);
		expect(protokol).toMatch(/tanpa menunggu izin dari pengasuh, keluarga ndalem/);
		expect(protokol).toMatch(/1 × 24 jam/);
	});
});

describe('a legal claim the data does not carry is not made', () => {
	// content/data/laws.yaml has no point for UU Perlindungan Anak Pasal 78 (and no full source for it),
	// so no page may say the law forbids "leaving violence against a child alone".
	const laws = readFileSync(join(CONTENT, 'data', 'laws.yaml'), 'utf8');
	const texts = [
		...staffFiles,
		...['mengenali-tanda-dan-bujuk-rayu', 'menerima-cerita-anak', 'kode-etik-dan-kewajiban-melapor'].map(
			(slug): [string, string] => [slug, readFileSync(join(CONTENT, 'quizzes', `${slug}.yaml`), 'utf8')]
		),
		['protokol', readFileSync(join(CONTENT, 'data', 'protokol.yaml'), 'utf8')] as [string, string],
	];
	it.skipIf(/Pasal 78/.test(laws)).each(texts)('%s does not claim the law forbids leaving violence alone', (_f, text) => {
		expect(text).not.toMatch(/membiarkan kekerasan[^.]*dilarang|melarang[^.]*membiarkan kekerasan/i);
	});
});

describe('one list of the people for whom staff report straight outside', () => {
	const sentences = load(readFileSync(join(CONTENT, 'data', 'kalimat-baku.yaml'), 'utf8')) as {
		id: string;
		meaning: string;
	}[];
	const { meaning } = sentences.find((s) => s.id === 'lapor-langsung-ke-luar')!;
	const component = '<KalimatBaku id="lapor-langsung-ke-luar" />';
	/** Problems of a text: a list of its own ("…atau petugas sendiri") instead of the standard one. */
	const ownListProblems = (text: string) =>
		[...text.split(component).join('').split(meaning).join('').matchAll(/[^.?\n]*petugas( penerima laporan)?( itu)? sendiri/gi)].map(
			(m) => `Daftar sendiri, bukan kalimat baku: "${m[0].trim()}"`
		);
	const quizzes = ['mengenali-tanda-dan-bujuk-rayu', 'menerima-cerita-anak', 'kode-etik-dan-kewajiban-melapor'].map(
		(slug): [string, string] => [`quiz ${slug}`, readFileSync(join(CONTENT, 'quizzes', `${slug}.yaml`), 'utf8')]
	);

	it.each([...staffFiles, ...quizzes])('%s writes no list of its own', (_f, text) => {
		expect(ownListProblems(text)).toEqual([]);
	});

	it.each(staffFiles.filter(([f]) => f.includes('lessons/')))('%s shows the standard list', (_f, text) => {
		expect(text).toContain(component);
	});

	it('fails a list of its own', () => {
		expect(ownListProblems('Jika yang diceritakan pimpinan, keluarganya, atau petugas sendiri, laporkan.')).toHaveLength(1);
	});
});

describe('printed staff handouts carry the helpline numbers from the data', () => {
	const handouts = staffFiles.filter(([f]) => f.includes('handouts/'));
	it.each(handouts)('%s prints SAPA 129, its WhatsApp, Polisi 110 and the sources’ date', (_f, text) => {
		expect(text).toContain('<Telepon id="sapa-129" />');
		expect(text).toContain('<Telepon id="sapa-129" lewat="whatsapp" />');
		expect(text).toContain('<Telepon id="polisi-110" />');
		expect(text).toMatch(/<TanggalSumber id="[^"]*sapa-129/);
		expect(text).not.toMatch(/08111|0822-2666/);
	});
});
