import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { LESSONS_PER_TRACK } from '../../src/lib/curriculum/coverage';
import { lessonParts } from '../../src/lib/curriculum/lesson-parts';
import {
	blamingChoices,
	classInstructionProblems,
	pictureMeaningProblems,
	quizPictureUses,
	slidePictureUses,
} from '../../src/lib/content/child-lesson-checks';
import { letterProblems, letterWords } from '../../src/lib/content/parent-letter';
import { secondPersonUnsafeCards } from '../../src/lib/content/second-person';
import { classQuestions } from '../../src/lib/quiz/class-set';
import type { Cast } from '../../src/schemas/cast';
import type { LessonData } from '../../src/schemas/lesson';
import type { PerpetratorRole } from '../../src/schemas/perpetrator';
import type { Question, Quiz } from '../../src/schemas/quiz';
import { CONTENT, frontmatter, readContentFiles } from '../helpers/content-files';

/* The SD/MI kelas 5–6 track (issue 20): every lesson complete, for children of 10–12. */
const TRACK = 'fase-c';

const lessons = readContentFiles('lessons', '.mdx')
	.map(([file, text]) => ({
		file,
		slug: file.replace(/^.*\/|\.mdx$/g, ''),
		text,
		data: frontmatter(text) as LessonData,
	}))
	.filter(({ data }) => data.track === TRACK)
	.map((lesson) => ({
		...lesson,
		quiz: load(readFileSync(join(CONTENT, 'quizzes', `${lesson.data.quiz}.yaml`), 'utf8')) as Quiz,
		letter: readFileSync(join(CONTENT, 'handouts', lesson.slug, 'surat-orang-tua.mdx'), 'utf8'),
	}));

const cast = load(readFileSync(join(CONTENT, 'data', 'cast', `${TRACK}.yaml`), 'utf8')) as Cast;

/** What the class hears and sees in a lesson: its scripts and slides. */
const classText = (mdx: string) => lessonParts(mdx).childText.join('\n');

/**
 * Topics the issue requires the class to hear somewhere in the track, each with the words that
 * show it is taught. A topic belongs to the lesson that teaches it (by order), so the check grows
 * with the track and never asks for a lesson that is not written yet.
 */
const TOPICS: { order: number; topic: string; pattern: RegExp }[] = [
	{ order: 1, topic: 'obrolan gim', pattern: /\bgim\b/ },
	{ order: 1, topic: 'minta foto', pattern: /meminta foto|minta foto/i },
	{ order: 1, topic: 'panggilan video', pattern: /panggilan video/i },
	{ order: 1, topic: 'ancaman menyebarkan foto', pattern: /kusebar|menyebarkan foto/i },
	{ order: 1, topic: 'blokir dan lapor', pattern: /\bblokir\b[\s\S]*\blaporkan\b/i },
	{ order: 1, topic: 'simpan bukti', pattern: /jangan hapus obrolannya/i },
	{ order: 1, topic: 'ditunjukkan gambar tanpa baju', pattern: /tanpa baju/ },
	{ order: 1, topic: 'SAPA 129', pattern: /SAPA 129/ },
	{ order: 2, topic: 'pubertas: waktunya berbeda', pattern: /waktunya berbeda untuk setiap anak/ },
	{ order: 2, topic: 'haid', pattern: /\bhaid\b/ },
	{ order: 2, topic: 'mimpi basah', pattern: /mimpi basah/ },
	{ order: 2, topic: 'komentar tentang tubuh', pattern: /berkomentar tentang/i },
	{ order: 2, topic: 'siulan', pattern: /bersiul/ },
	{ order: 2, topic: 'mengintip', pattern: /mengintip/ },
	{ order: 2, topic: 'bukan karena baju', pattern: /apa pun bajumu/ },
	{ order: 3, topic: 'guru ngaji', pattern: /guru ngaji/i },
	{ order: 3, topic: 'hormat bukan berarti menurut', pattern: /hormat tidak berarti/i },
	{ order: 3, topic: 'ditunjukkan video', pattern: /menunjukkan (gambar|video)/i },
	{ order: 3, topic: 'cerita lagi', pattern: /cerita lagi/i },
	{ order: 4, topic: 'lima langkah menolong teman', pattern: /lima langkah menolong teman/i },
	{ order: 4, topic: 'tidak bisa janji diam', pattern: /tidak bisa janji diam/i },
	{ order: 4, topic: 'pelaku ditangani orang dewasa', pattern: /tugas orang dewasa/i },
	{ order: 5, topic: 'hak dilindungi', pattern: /berhak dilindungi/i },
	{ order: 5, topic: 'kanal pengaduan sekolah', pattern: /guru yang ditunjuk/i },
	{ order: 5, topic: 'UPTD PPA', pattern: /UPTD PPA/ },
	{ order: 5, topic: 'polisi', pattern: /Polisi 110/i },
	{ order: 5, topic: 'bukan damai', pattern: /“damai”/ },
];

/** Topics (of lessons up to `order`) that a text does not teach. */
export function missingTopics(text: string, upToOrder: number): string[] {
	return TOPICS.filter((t) => t.order <= upToOrder && !t.pattern.test(text)).map((t) => t.topic);
}

/** "Ada yang berkata … Benarkah?": every option answers the question, not an action. */
const ANSWER = /^(Tidak benar|Benar|Aku belum tahu|Aku mau berpikir dulu)/;
const actionOptions = (quiz: Pick<Quiz, 'questions'>) =>
	quiz.questions
		.filter((q) => q.type === 'pilihan' && /Ada yang berkata/.test(q.prompt))
		.flatMap((q) => ('choices' in q ? q.choices : []).map((c) => c.text))
		.filter((text) => !ANSWER.test(text));

/** An "I don't know yet" answer that a question treats as wrong, or answers without comfort. */
const NOT_KNOWING = /belum tahu|tidak tahu|belum yakin|berpikir dulu|masih bingung/i;
function unsureMarkedWrong(question: Question): string[] {
	if (question.type !== 'pilihan' && question.type !== 'pilihan-ganda') return [];
	return question.choices
		.filter((c) => NOT_KNOWING.test(c.text))
		.filter(
			(c) =>
				question.type === 'pilihan-ganda' ||
				!(c.correct || c.accepted) ||
				/coba pikirkan lagi/i.test(c.feedback) ||
				!/banyak anak/i.test(c.feedback)
		)
		.map((c) => `${question.id} › ${c.id}`);
}

/** Quiz types that ask a 10–12 year-old to think through a situation. */
const isSituation = (q: Question) =>
	q.type === 'skenario' || (q.type === 'pilihan' && /Ada yang berkata|Apa yang bisa/.test(q.prompt));

/** The roles of the people who hurt in the track's cast and quiz items. */
function rolesOf(trackCast: Cast, quizzes: readonly Quiz[]): Set<PerpetratorRole> {
	return new Set<PerpetratorRole>([
		...trackCast.tokoh.flatMap((t) => (t.pelaku ? [t.pelaku] : [])),
		...quizzes.flatMap((quiz) =>
			quiz.questions.flatMap((q) => [
				...(q.pelaku ? [q.pelaku] : []),
				...(q.type === 'skenario' ? q.scenes.flatMap((s) => (s.pelaku ? [s.pelaku] : [])) : []),
			])
		),
	]);
}

/** Who hurts, across the whole track: the list, honestly covered. */
const TRACK_ROLES: PerpetratorRole[][] = [
	['guru'],
	['guru-ngaji'],
	['keluarga'],
	['teman', 'kakak-kelas'],
	['daring'],
];

/** The bare name of a character: "Om Teguh" → "Teguh". */
const bareName = (nama: string) => nama.split(' ').at(-1)!;

describe('the checks themselves (failing fixtures)', () => {
	it('a fase-b lesson lacks the online topics of fase-c lesson 1 and the puberty topics of lesson 2', () => {
		const fixture = readFileSync(join(CONTENT, 'lessons', 'tubuhku-batasku.mdx'), 'utf8');
		expect(missingTopics(classText(fixture), 1)).toEqual(
			expect.arrayContaining(['ancaman menyebarkan foto', 'simpan bukti'])
		);
		expect(missingTopics(classText(fixture), 2)).toEqual(
			expect.arrayContaining(['haid', 'mimpi basah', 'bukan karena baju'])
		);
	});

	it('an "Ada yang berkata" option that is an action fails, and so does an unsure answer marked wrong', () => {
		const bad = {
			id: 'x',
			type: 'pilihan',
			prompt: 'Ada yang berkata, “Ketut harus diam.” Benarkah?',
			concepts: ['bukan-salahku'],
			choices: [
				{ id: 'a', text: 'Tidak benar.', correct: true, feedback: 'Betul.' },
				{ id: 'b', text: 'Ketut menghapus fotonya saja', feedback: 'Coba pikirkan lagi.' },
				{ id: 'c', text: 'Aku belum tahu.', feedback: 'Coba pikirkan lagi.' },
			],
		} as Question;
		expect(actionOptions({ questions: [bad] })).toEqual(['Ketut menghapus fotonya saja']);
		expect(unsureMarkedWrong(bad)).toEqual(['x › c']);
	});

	it('a track with only online strangers misses the respected adults', () => {
		const onlyOnline = {
			track: TRACK,
			tokoh: [{ nama: 'Kak X', peran: 'menyakiti', pelaku: 'daring', muncul: ['x'] }],
			cerita: [],
		} as unknown as Cast;
		const roles = rolesOf(onlyOnline, []);
		expect(TRACK_ROLES.filter((group) => !group.some((r) => roles.has(r)))).toHaveLength(4);
	});
});

describe('fase-c: the track', () => {
	it('has lessons ordered 1..n, never more than the curriculum’s five', () => {
		const orders = lessons.map((l) => l.data.order).sort((a, b) => a - b);
		expect(orders).toEqual(orders.map((_, i) => i + 1));
		expect(orders.length).toBeLessThanOrEqual(LESSONS_PER_TRACK[TRACK]);
		expect(orders.length).toBeGreaterThan(0);
	});

	it('the class hears every topic of the lessons written so far', () => {
		const upTo = Math.max(...lessons.map((l) => l.data.order));
		const text = lessons.map((l) => classText(l.text)).join('\n');
		expect(missingTopics(text, upTo)).toEqual([]);
	});

	it('shows a teacher, a relative, an older student or peer, and someone online as people who hurt', () => {
		const roles = rolesOf(
			cast,
			lessons.map((l) => l.quiz)
		);
		const required = TRACK_ROLES.filter(
			(group) => !group.includes('guru-ngaji') || lessons.length >= 3
		);
		expect(required.filter((group) => !group.some((r) => roles.has(r)))).toEqual([]);
	});

	it('no unsafe sorting card speaks to "kamu": cards about being hurt are about a named child', () => {
		expect(lessons.flatMap(({ slug, quiz }) => secondPersonUnsafeCards(slug, quiz.questions))).toEqual(
			[]
		);
	});

	it('pictures with a fixed meaning keep it in every quiz and on every slide', () => {
		const uses = lessons.flatMap(({ text, quiz }) => [
			...quizPictureUses(quiz),
			...slidePictureUses(text),
		]);
		expect(pictureMeaningProblems(uses)).toEqual([]);
	});

	it('every named character of a lesson or its quiz lists that lesson', () => {
		const missing = lessons.flatMap(({ slug, text, quiz }) => {
			const all = `${text}\n${JSON.stringify(quiz)}`;
			return cast.tokoh
				.filter((t) => new RegExp(`\\b${t.nama}\\b`).test(all) && !t.muncul.includes(slug))
				.map((t) => `${t.nama} in ${slug}`);
		});
		expect(missing).toEqual([]);
	});
});

describe.each(lessons)('$file', ({ slug, text, data, quiz, letter }) => {
	it('the parent letter fits one page: greeting, 3–4 home points, 220–350 words', () => {
		expect(letterProblems(letter)).toEqual([]);
		expect(letterWords(letter)).toBeGreaterThanOrEqual(220);
	});

	it('no quiz answer has the child voice blame, and "I am not sure yet" is never wrong', () => {
		expect(blamingChoices(quiz.questions)).toEqual([]);
		expect(actionOptions(quiz)).toEqual([]);
		expect(quiz.questions.flatMap(unsureMarkedWrong)).toEqual([]);
	});

	it('the quiz fits 10–12 year-olds: situations to think through, at least three kinds of question', () => {
		expect(quiz.questions.filter(isSituation).length).toBeGreaterThanOrEqual(2);
		expect(new Set(quiz.questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(3);
		expect(quiz.questions.some((q) => q.type === 'lima-jari')).toBe(false);
	});

	it('has a class set, and the class-quiz instruction names only its questions', () => {
		expect(quiz.classQuestions?.length ?? 0).toBeGreaterThan(0);
		const instruction = text.split('\n').find((line) => line.startsWith('**Kuis bersama'));
		expect(instruction, 'paragraf "Kuis bersama"').toBeTruthy();
		expect(
			classInstructionProblems(
				instruction!,
				classQuestions(quiz),
				cast.tokoh.map((t) => t.nama)
			)
		).toEqual([]);
	});

	it('asks the teacher to rename every character of the lesson', () => {
		const step = data.preparation.find((p) => /ganti nama/i.test(p)) ?? '';
		const missing = cast.tokoh
			.filter((t) => t.muncul.includes(slug))
			.map((t) => bareName(t.nama))
			.filter((name) => !step.includes(name));
		expect(missing).toEqual([]);
	});

	it('names the school’s complaint channel, not the former TPPK', () => {
		expect(text).toMatch(/guru yang ditunjuk sekolah/);
		expect(`${text}\n${letter}`).not.toMatch(/\bTPPK\b/);
	});
});
