import { load } from 'js-yaml';
import type { ZodTypeAny } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { formatIssues, idErrorMap } from '../../src/schemas/error-map';
import { GuideSchema } from '../../src/schemas/guide';
import { HelplineSchema } from '../../src/schemas/helpline';
import { LessonSchema } from '../../src/schemas/lesson';
import { QuizSchema } from '../../src/schemas/quiz';
import { RuleSchema } from '../../src/schemas/rule';
import { frontmatter, readAllContent, readContentFiles } from '../helpers/content-files';

/** Parses with the real schema; returns the Indonesian problems, none when valid. */
function problems(file: string, schema: ZodTypeAny, data: unknown): string[] {
	const result = schema.safeParse(data, { errorMap: idErrorMap });
	return result.success ? [] : formatIssues(file, result.error);
}

const quizzes = readContentFiles('quizzes', '.yaml');
const lessons = readContentFiles('lessons', '.mdx');
const guides = readContentFiles('guides', '.mdx');
const helplines = load(readContentFiles('data', '.yaml').find(([f]) => f.endsWith('helplines.yaml'))![1]) as unknown[];
const rules = load(readContentFiles('data', '.yaml').find(([f]) => f.endsWith('rules.yaml'))![1]) as unknown[];

describe('content files match their schemas', () => {
	it.each(quizzes)('%s', (file, text) => expect(problems(file, QuizSchema, load(text))).toEqual([]));
	it.each(lessons)('%s', (file, text) => expect(problems(file, LessonSchema, frontmatter(text))).toEqual([]));
	it.each(guides)('%s', (file, text) => expect(problems(file, GuideSchema, frontmatter(text))).toEqual([]));
	it('content/data/helplines.yaml', () => {
		expect(helplines.flatMap((h, i) => problems(`helplines[${i}]`, HelplineSchema, h))).toEqual([]);
	});
	it('content/data/rules.yaml', () => {
		expect(rules.flatMap((r, i) => problems(`rules[${i}]`, RuleSchema, r))).toEqual([]);
	});
});

describe('content fits together', () => {
	const quizIds = quizzes.map(([file]) => file.replace(/^content\/quizzes\/|\.yaml$/g, ''));

	it('every lesson points to an existing quiz, and every quiz belongs to a lesson', () => {
		const used = lessons.map(([, text]) => (frontmatter(text) as { quiz: string }).quiz);
		for (const id of used) expect(quizIds).toContain(id);
		for (const id of quizIds) expect(used).toContain(id);
	});

	it('exactly one helpline is featured (footer and closing card), and it is SAPA 129', () => {
		const featured = helplines.filter((h) => (h as { featured?: boolean }).featured);
		expect(featured.map((h) => (h as { name: string }).name)).toEqual(['SAPA 129']);
	});

	it('the six core rules are worded exactly as the programme names them', () => {
		expect(rules.map((r) => (r as { name: string }).name)).toEqual([
			'Tubuhku milikku.',
			'Bagian pribadi itu pribadi.',
			'Tolak – Pergi – Cerita.',
			'Kejutan boleh, rahasia buruk tidak.',
			'Lima Jari Kepercayaan.',
			'Bukan salahku.',
		]);
	});

	it('no phone number is typed anywhere except the helplines data', () => {
		// Indonesian numbers: 3-digit service lines (110, 112, 129, 148) and 08…/021… numbers.
		const phone = /(?<![\d/])(?:0\d{1,4}[- ]?\d{2,4}[- ]?\d{2,5}|1(?:10|12|29|48))(?!\d|[.,]\d)/;
		const offenders = readAllContent()
			.filter(([file]) => file !== 'content/data/helplines.yaml')
			.flatMap(([file, text]) =>
				text
					.split('\n')
					.map((line, i) => ({ line, at: `${file}:${i + 1}` }))
					// Service names ("SAPA 129", "Polisi 110") are names, and web addresses are not numbers.
					.map(({ line, at }) => ({
						at,
						line,
						text: line.replace(/\b(SAPA|Polisi|darurat) 1\d\d\b/gi, '').replace(/https?:\/\/\S+/g, ''),
					}))
					.filter(({ text }) => phone.test(text))
					.map(({ at, line }) => `${at}: ${line.trim()}`)
			);
		expect(offenders).toEqual([]);
	});
});
