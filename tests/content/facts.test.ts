import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
	childExceptionAlone,
	dateAsVerification,
	fineAmounts,
	oldKuhapArticle,
	termsBeforeGloss,
	tppkAsCurrent,
	type GlossaryTerm,
} from '../../src/lib/content/fact-checks';
import { frontmatter, readContentFiles } from '../helpers/content-files';

const ROOT = join(import.meta.dirname, '..', '..');
const readYaml = (path: string) => load(readFileSync(join(ROOT, path), 'utf8')) as unknown[];
const glossary = readYaml('content/data/istilah.yaml') as GlossaryTerm[];
const [exception] = readYaml('content/data/kalimat-baku.yaml') as { meaning: string }[];
const meaning = exception!.meaning;

/*
 * The adult pages and fact data this rule set covers. Lessons, quizzes, handouts, the response
 * protocol and the school checklist have their own owners and are listed in the hand-over notes.
 */
const pageFiles = [
	...readContentFiles('guides', '.mdx'),
	...readContentFiles('pages', '.mdx'),
	...readContentFiles('pages/jalur', '.mdx'),
	...readContentFiles('sekolah', '.mdx'),
];
const dataFiles = [
	'helplines.yaml',
	'laws.yaml',
	'stats.yaml',
	'istilah.yaml',
	'rules.yaml',
].map((name) => [`content/data/${name}`, readFileSync(join(ROOT, 'content/data', name), 'utf8')]);
const uiFiles = readdirSync(join(ROOT, 'src/i18n'), { recursive: true })
	.map(String)
	.filter((name) => name.endsWith('.ts'))
	.map((name) => [`src/i18n/${name}`, readFileSync(join(ROOT, 'src/i18n', name), 'utf8')]);
const allFiles = [...pageFiles, ...dataFiles, ...uiFiles] as [string, string][];

/** What a reader meets on a page, in order: the description, then the body. */
function readerText(text: string): string {
	const data = frontmatter(text) as { description?: string };
	return `${data.description ?? ''}\n${text.replace(/^---\n[\s\S]*?\n---/, '')}`;
}

const fixture = (name: string) =>
	readFileSync(join(ROOT, 'tests/fixtures/facts', `${name}.mdx`), 'utf8');

const checks = {
	'TPPK presented as a current duty': tppkAsCurrent,
	'"Pasal 136 KUHAP"': oldKuhapArticle,
	'a fine amount in rupiah': fineAmounts,
	'"kecuali pelakunya anak" without its meaning': (t: string) => childExceptionAlone(t, meaning),
	'a gathered date presented as a verification': dateAsVerification,
} as const;

describe('each fact check finds what it looks for (fixtures)', () => {
	it.each([
		['TPPK presented as a current duty', 'tppk-current'],
		['"Pasal 136 KUHAP"', 'pasal-136'],
		['a fine amount in rupiah', 'fine-amount'],
		['"kecuali pelakunya anak" without its meaning', 'child-exception-alone'],
		['a gathered date presented as a verification', 'date-as-verification'],
	] as const)('%s: fixture %s fails', (check, name) => {
		expect(checks[check](fixture(name)).length).toBeGreaterThan(0);
	});
	it('an acronym used before its gloss: fixture term-before-gloss fails', () => {
		expect(termsBeforeGloss(fixture('term-before-gloss'), glossary)).toHaveLength(1);
	});
	it('a text that follows every rule passes every check', () => {
		const text = fixture('fine');
		for (const check of Object.values(checks)) expect(check(text)).toEqual([]);
		expect(termsBeforeGloss(text, glossary)).toEqual([]);
	});
	it('the exception written out with its meaning word for word passes', () => {
		expect(childExceptionAlone(`didamaikan, kecuali pelakunya anak. ${meaning} Lalu`, meaning)).toEqual([]);
	});
});

describe('adult pages, fact data and interface text', () => {
	for (const [name, check] of Object.entries(checks)) {
		it(`have no ${name}`, () => {
			expect(allFiles.flatMap(([file, text]) => check(text).map((p) => `${file}: ${p}`))).toEqual([]);
		});
	}
	it('gloss every glossary word at its first use on each page', () => {
		expect(
			pageFiles.flatMap(([file, text]) =>
				termsBeforeGloss(readerText(text), glossary).map((p) => `${file}: ${p}`)
			)
		).toEqual([]);
	});
	it('label a gathered date as gathered, and as not yet matched with the official site', () => {
		const ui = uiFiles.map(([, text]) => text).join('\n');
		expect(ui).toMatch(/Sumber dikumpulkan \$\{date\}; belum dicocokkan dengan situs resmi lembaga/);
	});
	it('never print the unverified 021-129 dialling variant', () => {
		expect(allFiles.filter(([, text]) => text.includes('021-129')).map(([file]) => file)).toEqual([]);
	});
});
