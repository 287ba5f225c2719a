import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { Cast } from '../../src/schemas/cast';
import type { LessonData } from '../../src/schemas/lesson';
import type { Question, Quiz } from '../../src/schemas/quiz';
import { CONTENT, frontmatter, readContentFiles } from '../helpers/content-files';
import { SILENT_PICTURES, UNDECIDED_PICTURES } from '../helpers/picture-roles';

/* The SD kelas 1–4 lessons and quizzes after their fifth blind review (issue 14). */
const TRACKS = ['fase-a', 'fase-b'] as const;
type Track = (typeof TRACKS)[number];

const lessons = readContentFiles('lessons', '.mdx')
	.map(([file, text]) => ({ file, text, data: frontmatter(text) as LessonData }))
	.filter(({ data }) => (TRACKS as readonly string[]).includes(data.track));
const quizzes = lessons.map(({ data }) => ({
	slug: data.quiz,
	track: data.track as Track,
	quiz: load(readFileSync(join(CONTENT, 'quizzes', `${data.quiz}.yaml`), 'utf8')) as Quiz,
}));
const castOf = (track: Track) =>
	load(readFileSync(join(CONTENT, 'data', 'cast', `${track}.yaml`), 'utf8')) as Cast;
const trackPage = (track: Track) =>
	readFileSync(join(CONTENT, 'pages', 'jalur', `${track}.mdx`), 'utf8');
const lessonText = (slug: string) => lessons.find(({ data }) => data.quiz === slug)!.text;

/** Every text of a question a child reads or hears. */
function questionText(q: Question): string {
	const parts: (string | undefined)[] = [q.prompt, 'hint' in q ? q.hint : undefined];
	switch (q.type) {
		case 'pilihan':
		case 'pilihan-ganda':
			for (const c of q.choices) parts.push(c.text, c.feedback);
			break;
		case 'kelompokkan':
			for (const g of q.groups) parts.push(g.label);
			for (const c of q.cards) parts.push(c.text, c.feedback);
			break;
		case 'urutkan':
			for (const s of q.steps) parts.push(s.text, s.feedback);
			break;
		case 'skenario':
			for (const s of q.scenes) {
				parts.push(s.text);
				for (const c of s.choices ?? []) parts.push(c.text, c.feedback);
			}
			break;
		default:
			parts.push(JSON.stringify(q));
	}
	return parts.filter(Boolean).join('\n');
}

/** The slides of a lesson: title and picture. */
function slides(text: string): { title: string; picture: string }[] {
	return [...text.matchAll(/<Tayangan judul="([^"]*)" gambar="([^"]*)"/g)].map((m) => ({
		title: m[1]!,
		picture: m[2]!,
	}));
}

/** A slide that says something must be told never shows a "keep quiet" or "I don't know" picture. */
export function slidePictureProblems(file: string, text: string): string[] {
	return slides(text).flatMap(({ title, picture }) => {
		if (UNDECIDED_PICTURES.includes(picture)) return [`${file}: "${title}" memakai ${picture}`];
		if (SILENT_PICTURES.includes(picture) && /cerita|bilang|lapor/i.test(title)) {
			return [`${file}: "${title}" (harus diceritakan) memakai ${picture}`];
		}
		return [];
	});
}

describe('pictures keep one meaning on the slides too', () => {
	it('a must-tell slide with a zipped mouth fails', () => {
		expect(
			slidePictureProblems('uji', '<Tayangan judul="Rahasia buruk harus diceritakan" gambar="zipper-mouth-face">')
		).toHaveLength(1);
		expect(slidePictureProblems('uji', '<Tayangan judul="Trik 4: Rahasia" gambar="shushing-face">')).toEqual([]);
	});

	it('no kelas 1–4 slide shows a silent picture for telling, or an undecided picture', () => {
		expect(lessons.flatMap(({ file, text }) => slidePictureProblems(file, text))).toEqual([]);
	});

	it('the must-tell group and slides show a child telling an adult', () => {
		for (const slug of ['kejutan-atau-rahasia', 'mengenali-bujuk-rayu']) {
			const quiz = quizzes.find((q) => q.slug === slug)!.quiz;
			const groups = quiz.questions.flatMap((q) => (q.type === 'kelompokkan' ? q.groups : []));
			expect(groups.find((g) => g.id === 'harus-diceritakan')?.picture, slug).toBe('anak-bercerita');
			expect(slides(lessonText(slug)).some((s) => s.picture === 'anak-bercerita'), slug).toBe(true);
		}
	});
});

/** Answers and cards of a fase-a question longer than a pre-reader can follow by ear. */
export function longAnswers(q: Question, max = 9): string[] {
	const items = [
		...('choices' in q ? q.choices : []),
		...(q.type === 'kelompokkan' ? q.cards : []),
		...(q.type === 'urutkan' ? q.steps : []),
		...(q.type === 'skenario' ? q.scenes.flatMap((s) => s.choices ?? []) : []),
	];
	return items
		.filter((i) => i.text.trim().split(/\s+/).length > max)
		.map((i) => `${q.id} › ${i.id}: ${i.text}`);
}

describe('kelas 1–2 questions fit a seven-year-old playing alone', () => {
	it('a card of eleven words fails', () => {
		const q = {
			id: 'uji',
			type: 'pilihan',
			prompt: 'Uji',
			choices: [{ id: 'panjang', text: 'satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas', feedback: 'x' }],
		} as unknown as Question;
		expect(longAnswers(q)).toHaveLength(1);
	});

	it('every fase-a answer and card has at most nine words', () => {
		const long = quizzes
			.filter(({ track }) => track === 'fase-a')
			.flatMap(({ slug, quiz }) => quiz.questions.flatMap((q) => longAnswers(q).map((p) => `${slug} › ${p}`)));
		expect(long).toEqual([]);
	});

	it('the A4 traffic-light sort has four cards', () => {
		const quiz = quizzes.find((q) => q.slug === 'dengarkan-perasaanmu')!.quiz;
		const sort = quiz.questions.find((q) => q.id === 'lampu-sentuhan');
		expect(sort?.type === 'kelompokkan' ? sort.cards.length : 0).toBe(4);
	});

	it('no fase-a quiz asks the child to pick every right answer', () => {
		const pickAll = quizzes
			.filter(({ track }) => track === 'fase-a')
			.flatMap(({ slug, quiz }) =>
				quiz.questions
					.filter((q) => q.type === 'pilihan-ganda' || /pilih semua/i.test(q.prompt))
					.map((q) => `${slug} › ${q.id}`)
			);
		expect(pickAll).toEqual([]);
	});
});

/** "Your school has …" stated as fact: schools differ, so the teacher names who it is. */
export const SCHOOL_AS_FACT = /di sekolah(?:mu| kita),? (?:juga )?(?:sudah )?ada (?:guru|tim|petugas)/i;

describe('how a school works is not stated as fact', () => {
	it('catches the sentence the review found', () => {
		expect(SCHOOL_AS_FACT.test('Di sekolahmu juga ada guru yang bertugas seperti itu.')).toBe(true);
		expect(SCHOOL_AS_FACT.test('Di sekolah kita, ada guru yang ditunjuk untuk menjaga murid.')).toBe(true);
		expect(SCHOOL_AS_FACT.test('Tanyakan kepada wali kelasmu, siapa yang punya tugas itu di sekolahmu.')).toBe(false);
	});

	it('no kelas 1–4 quiz or lesson says the child’s school has such a teacher', () => {
		const found = [
			...quizzes.flatMap(({ slug, quiz }) =>
				quiz.questions.filter((q) => SCHOOL_AS_FACT.test(questionText(q))).map((q) => `${slug} › ${q.id}`)
			),
			...lessons.filter(({ text }) => SCHOOL_AS_FACT.test(text)).map(({ file }) => file),
		];
		expect(found).toEqual([]);
	});
});

/**
 * Where "unsafe touch can feel ticklish or pleasant" stands in a lesson with a tickling story: in a
 * sentence that names the private parts, and never in the same block as the tickling story (round 6
 * moved it to where the warning feeling is taught, which comes before the story).
 */
export function pleasantTouchProblems(text: string): string[] {
	const blocks = text.split(/\n(?=<\/?(?:Naskah|Tayangan|Catatan)\b)/);
	const problems: string[] = [];
	for (const block of blocks) {
		const at = block.search(/geli atau enak/);
		if (at >= 0) {
			if (/menggelitik/.test(block)) problems.push('kalimat "geli atau enak" di dalam cerita menggelitik');
			const sentence = block.slice(block.lastIndexOf('\n', at) + 1, block.indexOf('\n', at));
			if (!/bagian pribadi/i.test(sentence)) problems.push(`tidak dikaitkan dengan bagian pribadi: "${sentence}"`);
		}
	}
	if (!/geli atau enak/.test(text)) problems.push('kalimat "geli atau enak" tidak ada');
	return problems;
}

describe('A1: "geli atau enak" belongs to private parts, not to the tickling story', () => {
	it('the line inside the tickling story, without the private parts, fails', () => {
		const inStory = [
			'<Naskah>',
			'Sore itu, Ayah menggelitik Nisa.',
			'Kadang sentuhan yang tidak boleh terasa geli atau enak.',
			'</Naskah>',
		].join('\n');
		expect(pleasantTouchProblems(inStory)).toHaveLength(2);
	});

	it('tubuhku-milikku says it apart from the story, about private parts, and keeps the stopping point', () => {
		const text = lessonText('tubuhku-milikku');
		expect(pleasantTouchProblems(text)).toEqual([]);
		expect(text).toMatch(/Ayah langsung berhenti ketika Nisa bilang/);
	});
});

const KINSHIP = ['Om', 'Tante', 'Paman', 'Bibi', 'Pakde', 'Bude', 'Kakek'] as const;
const KIN_NAME = new RegExp(`\\b(${KINSHIP.join('|')}) ([A-Z][a-z]+)`, 'g');

/**
 * A named kin in one track's texts ("Tante Rina", "Om Rudi") is in that track's cast, where each
 * name has one role. The kinship term itself carries no role (review 6: an "Om" may help and a
 * "Tante" may hurt, as in life).
 */
export function kinshipProblems(cast: Cast, texts: string[]): string[] {
	const problems: string[] = [];
	const names = new Set(cast.tokoh.map((t) => t.nama));
	for (const text of texts) {
		for (const [name] of text.matchAll(KIN_NAME)) {
			if (!names.has(name)) problems.push(`${cast.track}: "${name}" belum tercatat di daftar tokoh`);
		}
	}
	return [...new Set(problems)];
}

describe('named kin are in the cast', () => {
	it('an unlisted Tante fails; a trusted Tante and a Tante who hurts in one track do not', () => {
		const cast = {
			track: 'fase-b',
			tokoh: [
				{ nama: 'Tante Lina', peran: 'tepercaya', keterangan: 'x', muncul: ['a'] },
				{ nama: 'Tante Susi', peran: 'menyakiti', pelaku: 'keluarga', keterangan: 'x', muncul: ['a'] },
			],
			cerita: [],
		} as unknown as Cast;
		expect(kinshipProblems(cast, ['Tante Wati datang.'])).toEqual(['fase-b: "Tante Wati" belum tercatat di daftar tokoh']);
	});

	it.each(TRACKS)('%s: every named kin is in the cast', (track) => {
		const texts = [
			trackPage(track),
			...lessons.filter(({ data }) => data.track === track).map(({ text }) => text),
			...quizzes.filter((q) => q.track === track).map(({ quiz }) => JSON.stringify(quiz)),
		];
		expect(kinshipProblems(castOf(track), texts)).toEqual([]);
	});

	it.each(TRACKS)('%s: a quiz question that says "Tante" names which Tante', (track) => {
		const bare = quizzes
			.filter((q) => q.track === track)
			.flatMap(({ slug, quiz }) =>
				quiz.questions
					.filter((q) => /\bTante\b/.test(questionText(q)) && !/\bTante [A-Z]/.test(questionText(q)))
					.map((q) => `${slug} › ${q.id}`)
			);
		expect(bare).toEqual([]);
	});
});

/** Ids of a question that name a character the question no longer mentions. */
export function staleNameIds(q: Question, names: readonly string[]): string[] {
	const text = questionText(q).toLowerCase();
	const ids = [q.id, ...JSON.stringify(q).matchAll(/"(?:id|next)":"([^"]+)"/g)].map((m) =>
		typeof m === 'string' ? m : m[1]!
	);
	return [...new Set(ids)].flatMap((id) =>
		names
			.filter((n) => id.split('-').includes(n) && !new RegExp(`\\b${n}\\b`).test(text))
			.map((n) => `${q.id} › ${id}: "${n}" tidak ada di soal`)
	);
}

describe('ids match the current characters', () => {
	const childNames = (track: Track) =>
		castOf(track)
			.tokoh.map((t) => t.nama.split(' ').at(-1)!.toLowerCase())
			.filter((n) => n.length > 2);

	it('an id naming Tika on a question about Dewi fails', () => {
		const q = {
			id: 'bukan-salah-tika',
			type: 'pilihan',
			concepts: ['bukan-salahku'],
			prompt: 'Dewi takut. Mana yang benar?',
			choices: [{ id: 'benar', text: 'Bukan salah Dewi', correct: true, feedback: 'Betul.' }],
		} as unknown as Question;
		expect(staleNameIds(q, ['tika', 'dewi'])).toEqual(['bukan-salah-tika › bukan-salah-tika: "tika" tidak ada di soal']);
	});

	it.each(TRACKS)('%s: no id names a character its question does not mention', (track) => {
		const names = [...childNames(track), 'nenek'];
		const stale = quizzes
			.filter((q) => q.track === track)
			.flatMap(({ slug, quiz }) => quiz.questions.flatMap((q) => staleNameIds(q, names).map((p) => `${slug} › ${p}`)));
		expect(stale).toEqual([]);
	});
});

describe('B5: a peer touching or photographing private parts is reported, not only talked over', () => {
	it('the teacher note after the Doni story names the channel, UPTD PPA and SAPA 129', () => {
		const text = lessonText('kalau-teman-bercerita');
		const after = text.slice(text.indexOf('Bu Ratna dan Pak Hendra berbicara dengan Doni'));
		const note = after.slice(after.indexOf('<Catatan>'), after.indexOf('</Catatan>'));
		expect(after.indexOf('<Catatan>')).toBeLessThan(after.indexOf('Tanyakan:'));
		for (const words of [/bagian pribadi/, /memotret/, /kanal pengaduan/, /UPTD PPA/, /SAPA 129/]) {
			expect(note).toMatch(words);
		}
	});
});
