import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { bannedHits, type BannedWord } from '../../src/lib/content/banned-words';
import { secondPersonUnsafeCards, secondPersonWords } from '../../src/lib/content/second-person';
import type { Quiz } from '../../src/schemas/quiz';
import { CONTENT, readContentFiles } from '../helpers/content-files';

/**
 * Cards about being hurt are about a named child, never "kamu": read to a class, "Seseorang
 * memotretmu" makes every child the one who is hurt (content guide §8). Sorts in the SD tracks
 * are checked by structure; class scripts, which are prose, by the banned patterns below.
 */
const banned = load(
	readFileSync(join(CONTENT, 'data', 'kata-terlarang.yaml'), 'utf8')
) as BannedWord[];
const fixture = load(
	readFileSync(
		join(import.meta.dirname, '..', 'fixtures', 'child-text', 'invalid-second-person-cards.yaml'),
		'utf8'
	)
) as Quiz;
const quizzes = readContentFiles('quizzes', '.yaml').map(([file, text]) => ({
	slug: file.replace(/^.*\/|\.yaml$/g, ''),
	quiz: load(text) as Quiz,
}));

const PATTERNS = [
	'seseorang memotretmu',
	'ingin memotretmu',
	'seseorang meminta foto bagian pribadimu',
	'seseorang memintamu menyentuh',
	'kakak kelas memintamu menyentuh',
	'ingin memangkumu',
	'seseorang memelukmu',
	'terus menggelitikmu',
	'mengintip saat kamu',
];

describe('second-person words', () => {
	it('finds "kamu" and "-mu", but not words that only end in "mu"', () => {
		expect(secondPersonWords('Tamu memberimu ilmu, lalu bertemu kamu.')).toEqual(['memberimu', 'kamu']);
		expect(secondPersonWords('Tamu yang belum Sinta kenal ingin memangku Sinta.')).toEqual([]);
	});
});

describe('unsafe cards in the SD sorts are about a named child', () => {
	it('the fixture with "kamu" on unsafe cards fails, and its safe card is left alone', () => {
		const found = secondPersonUnsafeCards('uji', fixture.questions);
		expect(found).toHaveLength(9);
		expect(found.join('\n')).not.toContain('kado');
	});

	it.each(['fase-a', 'fase-b'])('%s: no unsafe sorting card speaks to "kamu"', (track) => {
		const found = quizzes
			.filter(({ quiz }) => quiz.track === track)
			.flatMap(({ slug, quiz }) => secondPersonUnsafeCards(slug, quiz.questions));
		expect(found).toEqual([]);
	});
});

describe('banned patterns for second-person cards in class scripts', () => {
	const cardTexts = fixture.questions.flatMap((q) =>
		q.type === 'kelompokkan' ? q.cards.map((c) => c.text) : []
	);
	const caught = new Set(cardTexts.flatMap((t) => bannedHits(t, banned).map((b) => b.kata)));

	it.each(PATTERNS)('"%s" is in the list with a reason, and catches a card written the old way', (kata) => {
		const entry = banned.find((b) => b.kata === kata);
		expect(entry?.alasan.trim()).toBeTruthy();
		expect(caught).toContain(kata);
	});

	it('every unsafe card of the fixture is caught by at least one pattern', () => {
		const missed = cardTexts.slice(1).filter((t) => bannedHits(t, banned).length === 0);
		expect(missed).toEqual([]);
	});

	it('does not fire on the rule, nor on the cards that replaced them', () => {
		const fixed = [
			'Tidak ada yang boleh memintamu menyentuh bagian pribadi orang lain.',
			'Tidak ada yang boleh memotretmu saat mandi, berganti pakaian, atau tidur.',
			'Seseorang memotret Rizal saat ia berganti baju, lalu bilang, “Ini rahasia kita.”',
			'Kakak sepupu Dinda ingin memotretnya saat ia berganti baju.',
			'Tamu yang belum Sinta kenal ingin memangku Sinta. Sinta ragu.',
			'Seseorang memeluk Ayu lama sekali. Ayu merasa aneh.',
			'Teman ingin mengintip saat Fajar berganti baju olahraga.',
			'Nenek memelukmu sebelum tidur, dan kamu memang mau dipeluk.',
		];
		expect(fixed.flatMap((t) => bannedHits(t, banned).map((b) => b.kata))).toEqual([]);
	});
});
