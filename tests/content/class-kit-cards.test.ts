import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { bannedHits, type BannedWord } from '../../src/lib/content/banned-words';
import { kartuUi, type CardSet, type RoleSet } from '../../src/i18n/id/kartu';
import { isKitName } from '../../src/lib/pictures/kit';
import { cardSheets, KIT_SHEETS, kitsForMaterial } from '../../src/lib/print/class-kits';
import { CONTENT, frontmatter, readContentFiles } from '../helpers/content-files';

/**
 * The situation cards and role-play cards of /guru/bahan/: each card is the lesson script's own
 * sentence, drawn, and every unsafe case ends with telling a trusted adult (content guide §8).
 */
const banned = load(
	readFileSync(join(CONTENT, 'data', 'kata-terlarang.yaml'), 'utf8')
) as BannedWord[];
const lessons = new Map(
	readContentFiles('lessons', '.mdx').map(([file, text]) => [
		file.replace(/^.*\/|\.mdx$/g, ''),
		{
			text: text.replace(/\s+/g, ' '),
			...(frontmatter(text) as { track: string; materials: string[] }),
		},
	])
);
const keadaan = kartuUi['kartu.keadaan'];
const peran = kartuUi['kartu.peran'];
const allSets: [string, CardSet | RoleSet][] = [
	...Object.entries(keadaan).flatMap(([track, sets]) =>
		sets.map((s): [string, CardSet] => [track, s])
	),
	...Object.entries(peran).flatMap(([track, sets]) =>
		sets.map((s): [string, RoleSet] => [track, s])
	),
];

/** What is wrong with a set: a card not in its lesson's script, a lesson of another track… */
function setProblems(track: string, set: CardSet | RoleSet): string[] {
	const lesson = lessons.get(set.lesson);
	if (!lesson) return [`${set.lesson}: no such lesson`];
	const found: string[] = [];
	if (lesson.track !== track) found.push(`${set.lesson}: track ${lesson.track}, not ${track}`);
	for (const card of set.cards) {
		for (const line of [card.text, 'reply' in card ? card.reply : undefined])
			if (line && !lesson.text.includes(line)) found.push(`not in the script: ${line}`);
		if (!isKitName(card.picture)) found.push(`no such drawing: ${card.picture}`);
	}
	return found;
}

/** A card about being hurt must end with telling a trusted adult. */
const TELLS = /\b(cerita|diceritakan|menceritakannya|bertanya)\b.*\b(orang dewasa|guru)\b/i;
function untold(set: CardSet): string[] {
	return set.cards
		.filter((c) => c.answer !== 'hijau' && !TELLS.test(c.after))
		.filter((c) => c.pelaku || c.answer === 'merah' || c.answer === 'kuning')
		.map((c) => c.text);
}

describe('situation and role-play cards', () => {
	it.each(allSets.map(([track, set]) => ({ track, set, name: `${track}/${set.lesson}` })))(
		'$name: every card is its lesson script’s sentence, with a kit drawing',
		({ track, set }) => {
			expect(setProblems(track, set)).toEqual([]);
		}
	);

	it('a card not in the script, or from a lesson of another track, is found', () => {
		const made: CardSet = {
			lesson: 'bagian-pribadi',
			activity: 'x',
			ask: 'Hijau atau merah?',
			cards: [{ text: 'Paman mengajak Sinta ke kebun.', picture: 'adegan-rumah', answer: 'merah', after: 'x' }],
		};
		expect(setProblems('fase-a', made)).toEqual(['not in the script: Paman mengajak Sinta ke kebun.']);
		expect(setProblems('fase-b', { ...made, cards: [] })).toEqual([
			'bagian-pribadi: track fase-a, not fase-b',
		]);
	});

	it('every situation card about being hurt or unsure ends with telling a trusted adult', () => {
		for (const sets of Object.values(keadaan)) for (const set of sets) expect(untold(set)).toEqual([]);
		const made: CardSet = {
			lesson: 'x',
			activity: 'x',
			ask: 'x',
			cards: [
				{ text: 'A', picture: 'adegan-kelas', answer: 'merah', pelaku: 'teman', after: 'Itu tidak boleh.' },
				{ text: 'B', picture: 'adegan-kelas', answer: 'hijau', after: 'Aman.' },
			],
		};
		expect(untold(made)).toEqual(['A']);
	});

	it('every role-play card ends with telling, and a track shows known people who hurt', () => {
		for (const sets of Object.values(peran))
			for (const set of sets) expect(set.end.length).toBeGreaterThan(10);
		const roles = (Object.values(keadaan) as CardSet[][]).flatMap((sets) =>
			sets.flatMap((s) => s.cards.flatMap((c) => (c.pelaku ? [c.pelaku] : [])))
		);
		expect(roles).toEqual(expect.arrayContaining(['keluarga', 'guru', 'kakak-kelas', 'orang-dikenal']));
	});

	it('no card uses a banned word', () => {
		const texts = allSets.flatMap(([, set]) => [
			...set.cards.flatMap((c) => [c.text, 'after' in c ? c.after : '', 'reply' in c ? (c.reply ?? '') : '']),
			...('lines' in set ? set.lines.map((l) => l.says) : []),
		]);
		expect(texts.flatMap((t) => bannedHits(t, banned).map((b) => `${b.kata}: ${t}`))).toEqual([]);
	});

	it('each card kit prints on the sheets its tests count', () => {
		expect(KIT_SHEETS['kartu-keadaan-fase-a']).toBe(cardSheets(keadaan['fase-a']));
		expect(KIT_SHEETS['kartu-keadaan-fase-b']).toBe(cardSheets(keadaan['fase-b']));
		expect(KIT_SHEETS['kartu-keadaan-pesantren']).toBe(cardSheets(keadaan.pesantren));
		expect(KIT_SHEETS['kartu-peran-fase-b']).toBe(cardSheets(peran['fase-b']));
		expect(KIT_SHEETS['kartu-peran-pesantren']).toBe(cardSheets(peran.pesantren));
	});

	it('the lessons’ request cards and trick sentence cards are supplied by the role-play kits', () => {
		const materials = [...lessons.values()].flatMap((l) => l.materials);
		const kits = new Set(materials.flatMap(kitsForMaterial));
		expect(kits).toContain('kartu-peran-pesantren');
		expect(kits).toContain('kartu-peran-fase-b');
	});

	it('every feeling a lesson asks faces for has a face in the kit (malu too)', () => {
		const FEELINGS = ['senang', 'sedih', 'marah', 'takut', 'bingung', 'kaget', 'malu'];
		const named = [...lessons.values()]
			.flatMap((l) => l.materials.filter((m) => /wajah perasaan/i.test(m)))
			.flatMap((m) => FEELINGS.filter((f) => new RegExp(`\\b${f}\\b`).test(m)));
		expect(named).toContain('malu');
		for (const f of new Set(named)) expect(isKitName(`wajah-${f}`), f).toBe(true);
		expect(isKitName('wajah-gugup')).toBe(false);
	});
});
