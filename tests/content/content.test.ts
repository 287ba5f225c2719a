import { load } from 'js-yaml';
import type { ZodTypeAny } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { formatIssues, idErrorMap } from '../../src/schemas/error-map';
import { GuideSchema } from '../../src/schemas/guide';
import { HelplineSchema } from '../../src/schemas/helpline';
import { LessonSchema } from '../../src/schemas/lesson';
import { QuizSchema } from '../../src/schemas/quiz';
import { RuleSchema } from '../../src/schemas/rule';
import { ChecklistAreaSchema } from '../../src/schemas/checklist';
import { LawSchema } from '../../src/schemas/law';
import { ProtocolStepSchema, type ProtocolStep } from '../../src/schemas/protocol';
import { SchoolPageSchema } from '../../src/schemas/school-page';
import { StatSchema } from '../../src/schemas/stat';
import { checkProtocol } from '../../src/lib/protocol/check-protocol';
import { duplicateItemIds } from '../../src/lib/checklist/summarize';
import { handoutKindsFor } from '../../src/schemas/handout';
import { frontmatter, readAllContent, readContentFiles } from '../helpers/content-files';

/** Parses with the real schema; returns the Indonesian problems, none when valid. */
function problems(file: string, schema: ZodTypeAny, data: unknown): string[] {
	const result = schema.safeParse(data, { errorMap: idErrorMap });
	return result.success ? [] : formatIssues(file, result.error);
}

const quizzes = readContentFiles('quizzes', '.yaml');
const lessons = readContentFiles('lessons', '.mdx');
const guides = readContentFiles('guides', '.mdx');
const dataFile = (name: string) =>
	load(readContentFiles('data', '.yaml').find(([f]) => f.endsWith(`/${name}`))![1]) as unknown[];
const helplines = dataFile('helplines.yaml');
const rules = dataFile('rules.yaml');
const laws = dataFile('laws.yaml');
const stats = dataFile('stats.yaml');
const protocol = dataFile('protokol.yaml');
const checklist = dataFile('daftar-periksa.yaml');
const schoolPages = readContentFiles('sekolah', '.mdx');
const mdxFiles = readAllContent().filter(([file]) => file.endsWith('.mdx'));

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
	it.each(schoolPages)('%s', (file, text) =>
		expect(problems(file, SchoolPageSchema, frontmatter(text))).toEqual([])
	);
	it.each([
		['laws.yaml', laws, LawSchema],
		['stats.yaml', stats, StatSchema],
		['protokol.yaml', protocol, ProtocolStepSchema],
		['daftar-periksa.yaml', checklist, ChecklistAreaSchema],
	] as const)('content/data/%s', (name, entries, schema) => {
		expect(entries.flatMap((e, i) => problems(`${name}[${i}]`, schema, e))).toEqual([]);
	});
	it('the response protocol has no broken arrow, loop or dead end', () => {
		expect(checkProtocol(protocol as ProtocolStep[])).toEqual([]);
	});
	it('the self-check has five areas and no repeated statement id', () => {
		const areas = checklist as { id: string; items: { id: string }[] }[];
		expect(areas.map((a) => a.id)).toEqual(['kebijakan', 'orang', 'tempat', 'pelaporan', 'pelatihan']);
		expect(duplicateItemIds(areas as never)).toEqual([]);
	});
});

describe('facts come from data files, with sources', () => {
	/** The prose of an MDX file: its body and every frontmatter text except the source list. */
	function prose(text: string): string {
		const data = { ...(frontmatter(text) as Record<string, unknown>) };
		delete data.sources;
		const body = text.replace(/^---\n[\s\S]*?\n---/, '');
		return `${JSON.stringify(data)}\n${body}`.replace(/\]\([^)]*\)/g, ']').replace(/https?:\/\/\S+/g, '');
	}

	it('no regulation number is typed in prose: pages use <Hukum>', () => {
		const number = /\b(?:Nomor|No\.?)\s*\d+\s+Tahun\s+\d{4}\b|\b\d{1,4}\/(?:19|20)\d{2}\b/;
		const offenders = mdxFiles.flatMap(([file, text]) =>
			prose(text)
				.split('\n')
				.filter((line) => number.test(line))
				.map((line) => `${file}: ${line.trim().slice(0, 120)}`)
		);
		expect(offenders).toEqual([]);
	});

	it('no percentage or "x dari y" figure is typed in prose: pages use <Angka>', () => {
		const figure = /\d+(?:[.,]\d+)?\s?%|\b\d+\s+dari\s+\d+\s+(?:anak|orang|siswa|santri)/i;
		const offenders = mdxFiles.flatMap(([file, text]) =>
			prose(text)
				.split('\n')
				.filter((line) => figure.test(line))
				.map((line) => `${file}: ${line.trim().slice(0, 120)}`)
		);
		expect(offenders).toEqual([]);
	});

	it('every <Hukum> and <Angka> names an entry that exists', () => {
		const lawIds = laws.map((l) => (l as { id: string }).id);
		const statIds = stats.map((s) => (s as { id: string }).id);
		const missing = mdxFiles.flatMap(([file, text]) => [
			...[...text.matchAll(/<Hukum\s+id="([^"]+)"/g)].filter((m) => !lawIds.includes(m[1]!)).map((m) => `${file}: ${m[1]}`),
			...[...text.matchAll(/<Angka\s+id="([^"]+)"/g)].filter((m) => !statIds.includes(m[1]!)).map((m) => `${file}: ${m[1]}`),
		]);
		expect(missing).toEqual([]);
	});
});

describe('content fits together', () => {
	const quizIds = quizzes.map(([file]) => file.replace(/^content\/quizzes\/|\.yaml$/g, ''));

	it('every lesson points to an existing quiz, and every quiz belongs to a lesson', () => {
		const used = lessons.map(([, text]) => (frontmatter(text) as { quiz: string }).quiz);
		for (const id of used) expect(quizIds).toContain(id);
		for (const id of quizIds) expect(used).toContain(id);
	});

	it('every lesson has a worksheet and a parent letter to print (a staff session: its handout)', () => {
		const handouts = readAllContent()
			.filter(([file]) => file.startsWith('content/handouts/') && file.endsWith('.mdx'))
			.map(([, text]) => frontmatter(text) as { lesson: string; kind: string });
		for (const [file, text] of lessons) {
			const id = file.replace(/^content\/lessons\/|\.mdx$/g, '');
			const kinds = handouts.filter((h) => h.lesson === id).map((h) => h.kind).sort();
			const track = (frontmatter(text) as { track: string }).track;
			expect(kinds, file).toEqual([...handoutKindsFor(track)].sort());
		}
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
						// A component's id, or a word's `layanan`, names a helpline ("sapa-129") and links it from the data.
						text: line
							.replace(/\b(SAPA|Polisi|darurat) 1\d\d\b/gi, '')
							.replace(/https?:\/\/\S+/g, '')
							.replace(/\b(id="[^"]*"|layanan: \S+)/g, ''),
					}))
					.filter(({ text }) => phone.test(text))
					.map(({ at, line }) => `${at}: ${line.trim()}`)
			);
		expect(offenders).toEqual([]);
	});
});
