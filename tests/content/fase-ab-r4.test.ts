import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { LessonData } from '../../src/schemas/lesson';
import type { Question, Quiz } from '../../src/schemas/quiz';
import { CONTENT, frontmatter, readContentFiles } from '../helpers/content-files';

/* The SD kelas 1–4 lessons and quizzes after their fourth blind review (issue 14). */
const TRACKS = ['fase-a', 'fase-b'] as const;

const lessons = readContentFiles('lessons', '.mdx')
	.map(([file, text]) => ({ file, text, data: frontmatter(text) as LessonData }))
	.filter(({ data }) => (TRACKS as readonly string[]).includes(data.track));

const quizOf = (slug: string) =>
	load(readFileSync(join(CONTENT, 'quizzes', `${slug}.yaml`), 'utf8')) as Quiz;

const quizzes = lessons.map(({ data }) => ({ slug: data.quiz, quiz: quizOf(data.quiz) }));

/** An answer in which the child says they do not know yet or want to think first. */
const NOT_KNOWING = /belum tahu|tidak tahu|belum yakin|berpikir dulu|pikir-pikir dulu|masih bingung/i;

/**
 * Answers saying "I don't know yet" that a quiz treats as wrong: in a `pilihan` question such an
 * answer must be correct or `accepted`, and its feedback must not say "think again" but tell the
 * child that many children are unsure. Elsewhere (multi-select, scenarios) it cannot be accepted,
 * so it must not be offered.
 */
export function unsureMarkedWrong(question: Question): string[] {
	const problems: string[] = [];
	const check = (id: string, text: string, ok: boolean, feedback: string) => {
		if (!NOT_KNOWING.test(text)) return;
		if (!ok) problems.push(`${question.id} › ${id}: jawaban "belum tahu" dianggap salah`);
		if (/coba pikirkan lagi/i.test(feedback))
			problems.push(`${question.id} › ${id}: umpan balik "Coba pikirkan lagi"`);
		if (!/banyak anak/i.test(feedback))
			problems.push(`${question.id} › ${id}: umpan balik tidak menenangkan anak yang ragu`);
	};
	if (question.type === 'pilihan') {
		for (const c of question.choices)
			check(c.id, c.text, Boolean(c.correct || c.accepted), c.feedback);
	}
	if (question.type === 'pilihan-ganda') {
		for (const c of question.choices) check(c.id, c.text, Boolean(c.correct), c.feedback);
	}
	if (question.type === 'skenario') {
		for (const scene of question.scenes)
			for (const c of scene.choices ?? []) check(c.id, c.text, Boolean(c.next), c.feedback);
	}
	return problems;
}

/** "guru kelas 3", "guru kelas tiga": a teacher defined by the grade that plays the item. */
const GRADE_TEACHER = /guru kelas (\d|satu|dua|tiga|empat|lima|enam)\b/i;

/** Texts of a question that tells of someone who hurts a child. */
function textsOfHurtingQuestion(question: Question): string[] {
	const scenesWithPelaku =
		question.type === 'skenario' ? question.scenes.filter((s) => s.pelaku !== undefined) : [];
	if (question.pelaku === undefined && scenesWithPelaku.length === 0) return [];
	return [JSON.stringify(question)];
}

/** Story scripts of a lesson that have someone who hurts (`<Naskah pelaku="…">`). */
const hurtingScripts = (text: string) =>
	[...text.matchAll(/<Naskah pelaku="[^"]+">([\s\S]*?)<\/Naskah>/g)].map((m) => m[1]!);

type CastMember = { nama: string; peran: string; muncul: string[] };
const cast = TRACKS.flatMap(
	(track) =>
		(
			load(readFileSync(join(CONTENT, 'data', 'cast', `${track}.yaml`), 'utf8')) as {
				tokoh: CastMember[];
			}
		).tokoh
);

/** The bare name of a character: "Om Heru" → "Heru", "Bu Lastri" → "Lastri". */
const bareName = (nama: string) => nama.split(' ').at(-1)!;

/** Characters who hurt in a lesson whose names its preparation does not ask to check. */
function namesWithoutRenameStep(slug: string, preparation: string[]): string[] {
	const step = preparation.find((p) => /ganti nama/i.test(p)) ?? '';
	return cast
		.filter((c) => c.peran === 'menyakiti' && c.muncul.includes(slug))
		.map((c) => bareName(c.nama))
		.filter((name) => !step.includes(name));
}

describe('fase A and B after the fourth review', () => {
	it('never marks a child who is unsure as wrong', () => {
		const problems = quizzes.flatMap(({ slug, quiz }) =>
			quiz.questions.flatMap((q) => unsureMarkedWrong(q).map((p) => `${slug}: ${p}`))
		);
		expect(problems).toEqual([]);
	});

	it('finds an unsure answer marked wrong (fixture)', () => {
		const question = {
			id: 'contoh',
			type: 'pilihan',
			concepts: ['bukan-salahku'],
			prompt: 'Benarkah?',
			choices: [
				{ id: 'benar', text: 'Tidak benar.', correct: true, feedback: 'Betul.' },
				{
					id: 'ragu',
					text: 'Aku belum tahu.',
					correct: false,
					feedback: 'Coba pikirkan lagi bersama.',
				},
			],
		} as Question;
		expect(unsureMarkedWrong(question)).toHaveLength(3);
		const fixed = {
			...question,
			choices: [
				question.type === 'pilihan' ? question.choices[0]! : undefined,
				{
					id: 'ragu',
					text: 'Aku belum tahu.',
					correct: false,
					accepted: true,
					feedback: 'Tidak apa-apa. Banyak anak juga belum yakin.',
				},
			],
		} as Question;
		expect(unsureMarkedWrong(fixed)).toEqual([]);
	});

	it('names no teacher who hurts by the grade that plays the item', () => {
		const inQuizzes = quizzes.flatMap(({ slug, quiz }) =>
			quiz.questions
				.filter((q) => textsOfHurtingQuestion(q).some((t) => GRADE_TEACHER.test(t)))
				.map((q) => `${slug} › ${q.id}`)
		);
		const inStories = lessons.flatMap(({ file, text }) =>
			hurtingScripts(text)
				.filter((t) => GRADE_TEACHER.test(t))
				.map(() => file)
		);
		const inPages = TRACKS.filter((track) =>
			GRADE_TEACHER.test(readFileSync(join(CONTENT, 'pages', 'jalur', `${track}.mdx`), 'utf8'))
		);
		expect([...inQuizzes, ...inStories, ...inPages]).toEqual([]);
		expect(GRADE_TEACHER.test('Bu Lastri, guru kelas 3 di sekolah Rizal')).toBe(true);
		expect(GRADE_TEACHER.test('Bu Lastri, guru tari Rizal')).toBe(false);
	});

	it('asks the teacher to rename every character who hurts, in each lesson’s preparation', () => {
		const missing = lessons.flatMap(({ data, file }) =>
			namesWithoutRenameStep(data.quiz, data.preparation).map((name) => `${file}: ${name}`)
		);
		expect(missing).toEqual([]);
		expect(namesWithoutRenameStep('tubuhku-batasku', ['Siapkan kartu.'])).toEqual(['Lastri']);
	});
});
