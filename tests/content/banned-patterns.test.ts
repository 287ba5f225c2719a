import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { bannedHits, type BannedWord } from '../../src/lib/content/banned-words';
import { questionTexts } from '../../src/lib/quiz/child-text';
import type { Quiz } from '../../src/schemas/quiz';
import { CONTENT } from '../helpers/content-files';

/**
 * The patterns added after the second review of SD kelas 1–4 (second-person abuse stories,
 * promises adults may break, "baju renang"): each one is caught in a quiz written the old way,
 * and none fires on the wording that replaced it.
 */
const banned = load(
	readFileSync(join(CONTENT, 'data', 'kata-terlarang.yaml'), 'utf8')
) as BannedWord[];
const fixture = load(
	readFileSync(
		join(import.meta.dirname, '..', 'fixtures', 'child-text', 'invalid-round-two.yaml'),
		'utf8'
	)
) as Quiz;
const found = new Set(
	fixture.questions.flatMap(questionTexts).flatMap((t) => bannedHits(t, banned).map((b) => b.kata))
);

const SECOND_PERSON_STORIES = [
	'seseorang menyentuh bagian pribadimu',
	'ada yang menyentuh bagian pribadimu',
	'yang kamu kenal menyentuh',
	'menyentuh bagian pribadimu, lalu',
	'kamu menyimpan rahasia buruk',
];
const PROMISES = [
	'tidak akan dimarahi',
	'akan memarahimu',
	'tidak akan marah',
	'yang akan mendengarkan',
	'pasti percaya',
	'pasti menolong',
];

describe('banned patterns of the second review', () => {
	it.each([...SECOND_PERSON_STORIES, ...PROMISES, 'baju renang'])(
		'"%s" is in the list with a reason, and catches the quiz written the old way',
		(kata) => {
			const entry = banned.find((b) => b.kata === kata);
			expect(entry?.alasan.trim()).toBeTruthy();
			expect(found).toContain(kata);
		}
	);

	it('does not fire on the wording that replaced them', () => {
		const fixed = [
			'Sudah dua minggu Dinda menyimpan rahasia buruk. Orang yang ia kenal menyentuh bagian pribadinya.',
			'Seseorang menyentuh bagian pribadi seorang anak, lalu bilang “rahasia”.',
			'Tidak ada yang boleh menyentuh bagian pribadimu.',
			'Kalau ada yang marah atau tidak percaya, itu tetap bukan salahmu. Cerita lagi kepada orang lain.',
			'Lihat bagian yang tertutup kaus dalam dan celana dalam.',
		];
		expect(fixed.flatMap((t) => bannedHits(t, banned).map((b) => b.kata))).toEqual([]);
	});
});
