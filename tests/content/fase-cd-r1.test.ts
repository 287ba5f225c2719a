import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { noForceIsEnoughSentences, verdictLeadProblems } from '../../src/lib/content/fase-cd-checks';
import type { LessonData } from '../../src/schemas/lesson';
import type { Quiz } from '../../src/schemas/quiz';
import { CONTENT, frontmatter, readContentFiles } from '../helpers/content-files';

/* Fase C and fase D, review round 1: quiz feedback does not repeat the verdict, and no teen text says
   that sex between two children is fine as long as nobody is forced. */
const quizzes = readContentFiles('quizzes', '.yaml')
	.map(([file, text]) => ({ file, quiz: load(text) as Quiz }))
	.filter(({ quiz }) => quiz.track === 'fase-c' || quiz.track === 'fase-d');

const faseDSlugs = readContentFiles('lessons', '.mdx')
	.filter(([, text]) => (frontmatter(text) as LessonData).track === 'fase-d')
	.map(([file]) => file.replace(/^.*\/|\.mdx$/g, ''));

/** A fase-d lesson with its quiz and handouts, as [path, text]. */
function faseDTexts(slug: string): [string, string][] {
	const handoutDir = join(CONTENT, 'handouts', slug);
	const paths = [
		join(CONTENT, 'lessons', `${slug}.mdx`),
		join(CONTENT, 'quizzes', `${slug}.yaml`),
		...(existsSync(handoutDir) ? readdirSync(handoutDir).map((n) => join(handoutDir, n)) : []),
	];
	return paths.filter((p) => existsSync(p)).map((p) => [p, readFileSync(p, 'utf8')]);
}

describe('the fase-c/d checks fail on the wordings they are meant to catch', () => {
	it('flags feedback that opens with the verdict the quiz already speaks', () => {
		const bad = {
			questions: [
				{
					id: 'contoh',
					choices: [
						{ id: 'salah', feedback: 'Coba pikirkan lagi. Rahasia yang membuat takut boleh diceritakan.' },
						{ id: 'benar', feedback: 'Betul, ini wajar.' },
						{ id: 'netral', feedback: 'Ini bukan setuju. Setuju boleh dicabut.' },
					],
				},
			],
		};
		const problems = verdictLeadProblems(bad);
		expect(problems).toHaveLength(2);
		expect(problems.join('\n')).toContain('contoh/salah');
		expect(problems.join('\n')).toContain('contoh/benar');
	});

	it('flags "the main thing is that there is no force" about two children', () => {
		const old =
			'Jawab dengan jujur dan singkat: yang penting adalah tidak ada paksaan, bujukan, atau ancaman, dan siapa pun boleh bercerita.';
		expect(noForceIsEnoughSentences(old)).toHaveLength(1);
		expect(noForceIsEnoughSentences('Tidak apa-apa, asalkan tidak dipaksa.')).toHaveLength(1);
		expect(noForceIsEnoughSentences('Boleh saja asal sama-sama mau.')).toHaveLength(1);
		expect(
			noForceIsEnoughSentences('Hal seksual dengan anak tidak menjadi boleh karena anak itu “mau”.')
		).toEqual([]);
	});
});

describe('fase-c and fase-d quizzes', () => {
	it('there are ten of them', () => {
		expect(quizzes).toHaveLength(10);
	});

	it.each(quizzes)('$file: feedback does not repeat the verdict', ({ quiz }) => {
		expect(verdictLeadProblems(quiz)).toEqual([]);
	});
});

describe('fase-d never says "no force" is what matters', () => {
	it('there are five fase-d lessons', () => {
		expect(faseDSlugs).toHaveLength(5);
	});

	it.each(faseDSlugs)('%s: lesson, quiz and handouts', (slug) => {
		const found = faseDTexts(slug).flatMap(([path, text]) =>
			noForceIsEnoughSentences(text).map((s) => `${path}: ${s}`)
		);
		expect(found).toEqual([]);
	});
});
