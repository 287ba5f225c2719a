import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { pictureUses } from '../../src/lib/quiz/picture-meaning';
import type { Cast } from '../../src/schemas/cast';
import type { Question, Quiz } from '../../src/schemas/quiz';
import { readContentFiles } from '../helpers/content-files';

/* The SD kelas 1–4 lessons and quizzes after their sixth blind review (and one all-tracks check). */
const quizzes = readContentFiles('quizzes', '.yaml').map(([file, text]) => ({
	slug: file.replace(/^.*\/|\.yaml$/g, ''),
	quiz: load(text) as Quiz,
}));

/** What the quiz itself says before every "try again" reason. */
const TRY_AGAIN = /^\s*coba pikirkan lagi/i;

/**
 * Reasons of answers, cards and steps that are not marked right and open with the words the quiz
 * already says in front of every "try again" verdict, so the child would hear them twice.
 */
export function repeatedTryAgain(q: Question): string[] {
	const found: string[] = [];
	const visit = (value: unknown, path: string) => {
		if (Array.isArray(value)) {
			value.forEach((v, i) => visit(v, `${path}[${i}]`));
			return;
		}
		if (!value || typeof value !== 'object') return;
		const item = value as Record<string, unknown>;
		if (typeof item.feedback === 'string' && item.correct !== true && TRY_AGAIN.test(item.feedback)) {
			found.push(`${q.id} › ${String(item.id ?? path)}`);
		}
		for (const [key, v] of Object.entries(item)) if (typeof v === 'object') visit(v, `${path}.${key}`);
	};
	visit(q, q.id);
	return found;
}

describe('a wrong-answer reason never repeats "Coba pikirkan lagi" (every track)', () => {
	it('a wrong choice and a scene choice that open with it fail; a right choice is not looked at', () => {
		const q = {
			id: 'uji',
			type: 'skenario',
			prompt: 'Uji',
			choices: [
				{ id: 'salah', text: 'x', feedback: 'Coba pikirkan lagi. Ia boleh menolak.' },
				{ id: 'benar', text: 'y', correct: true, feedback: 'Coba pikirkan lagi? Tidak perlu.' },
			],
			scenes: [{ id: 's1', text: 'z', choices: [{ id: 'diam', text: 'd', feedback: 'coba pikirkan lagi, ya.' }] }],
		} as unknown as Question;
		expect(repeatedTryAgain(q)).toEqual(['uji › salah', 'uji › diam']);
	});

	it('no quiz repeats it', () => {
		expect(quizzes.length).toBeGreaterThan(20);
		const found = quizzes.flatMap(({ slug, quiz }) =>
			quiz.questions.flatMap((q) => repeatedTryAgain(q).map((p) => `${slug} › ${p}`))
		);
		expect(found).toEqual([]);
	});
});

/** The open hand is the Lima Jari Kepercayaan; footprints mean "going along"; hearts mean "safe". */
const FIVE_FINGERS = 'hand-with-fingers-splayed-medium';
const FIVE_FINGER_QUIZZES: readonly string[] = ['lima-orang-terpercaya', 'cerita-sampai-ditolong'];

/** Every picture name anywhere in a quiz. */
const allPictures = (quiz: Quiz): string[] => [...JSON.stringify(quiz).matchAll(/"picture":"([^"]+)"/g)].map((m) => m[1]!);

/** Where a kelas 1–4 quiz gives one of the track's key pictures a second meaning. */
export function keyPictureProblems(slug: string, quiz: Quiz): string[] {
	const problems: string[] = [];
	if (!FIVE_FINGER_QUIZZES.includes(slug) && allPictures(quiz).includes(FIVE_FINGERS)) {
		problems.push(`${slug}: ${FIVE_FINGERS} hanya untuk Lima Jari`);
	}
	for (const q of quiz.questions) {
		if (q.picture === 'footprints') problems.push(`${slug} › ${q.id}: footprints sebagai gambar soal`);
	}
	for (const use of pictureUses(slug, quiz.questions)) {
		if (use.picture.includes('heart') && use.meaning === 'tidak-aman') problems.push(`${use.where}: ${use.picture} pada jawaban tidak aman`);
		if (use.picture === 'footprints' && use.meaning === 'aman') problems.push(`${use.where}: footprints pada jawaban aman`);
	}
	return problems;
}

describe('kelas 1–4: the hand, the footprints and the hearts keep one meaning', () => {
	const kelas14 = quizzes.filter(({ quiz }) => quiz.track === 'fase-a' || quiz.track === 'fase-b');

	it('the review’s three double meanings fail', () => {
		const quiz = {
			track: 'fase-a',
			questions: [
				{
					id: 'milik',
					type: 'pilihan',
					prompt: 'Tubuhmu milik siapa?',
					choices: [
						{ id: 'aku', text: 'Milikku', correct: true, feedback: 'x' },
						{ id: 'sayang', text: 'Milik orang yang sayang padaku', picture: 'two-hearts', feedback: 'y' },
					],
				},
				{ id: 'urut', type: 'urutkan', prompt: 'Urutkan', picture: 'footprints', steps: [] },
				{
					id: 'tangan',
					type: 'kelompokkan',
					prompt: 'Mana?',
					groups: [],
					cards: [{ id: 't', text: 'Tangan', picture: FIVE_FINGERS, group: 'bukan', feedback: 'z' }],
				},
			],
		} as unknown as Quiz;
		expect(keyPictureProblems('bagian-pribadi', quiz)).toHaveLength(3);
	});

	it('no kelas 1–4 quiz gives them a second meaning', () => {
		expect(kelas14.length).toBe(10);
		expect(kelas14.flatMap(({ slug, quiz }) => keyPictureProblems(slug, quiz))).toEqual([]);
	});
});

describe('A1: the pleasant-touch line sits where the warning feeling is taught', () => {
	const text = readContentFiles('lessons', '.mdx').find(([file]) => file.endsWith('/tubuhku-milikku.mdx'))![1];
	const scriptWith = (words: RegExp) =>
		text.split(/<\/Naskah>/).find((block) => words.test(block.slice(block.lastIndexOf('<Naskah>'))));

	it('the "geli atau enak" line is in the same script as "Kalau perasaanmu tidak enak"', () => {
		expect(scriptWith(/geli atau enak/)).toBeDefined();
		expect(scriptWith(/geli atau enak/)).toBe(scriptWith(/Kalau perasaanmu tidak enak/));
	});

	it('the closing script keeps to the lesson’s three points: no rule, exceptions or pleasant touch', () => {
		const closing = scriptWith(/tiga hal penting/)!;
		expect(closing).toBeDefined();
		for (const words of [/cebok/, /bidan/, /geli atau enak/, /tidak boleh menyentuh bagian pribadi/]) {
			expect(closing).not.toMatch(words);
		}
	});
});

describe('kinship terms carry no role', () => {
	it.each(['fase-a', 'fase-b'])('%s: at least one Om in the cast helps', (track) => {
		const cast = load(
			readContentFiles('data/cast', '.yaml').find(([file]) => file.endsWith(`/${track}.yaml`))![1]
		) as Cast;
		expect(cast.tokoh.filter((t) => t.nama.startsWith('Om ') && t.peran === 'tepercaya').length).toBeGreaterThan(0);
	});
});
