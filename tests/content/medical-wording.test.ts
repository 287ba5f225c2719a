import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ownMedicalWording } from '../../src/lib/content/fact-checks';
import { frontmatter, readContentFiles } from '../helpers/content-files';

/*
 * "Berobat dalam 3 hari" and "siapa yang membayar visum" are written once, in
 * content/data/kalimat-baku.yaml, and shown by <SegeraBerobat /> and <BiayaVisum />. The only place
 * that explains more is the "Berobat dulu" section of the disclosure guide.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const sentences = load(readFileSync(join(ROOT, 'content/data/kalimat-baku.yaml'), 'utf8')) as {
	id: string;
	meaning: string;
}[];
const sentence = (id: string) => sentences.find((s) => s.id === id)!.meaning;

const FULL_SECTION_PAGE = 'content/guides/jika-anak-bercerita.mdx';
const FULL_SECTION = '## Berobat dulu';

const pages = [
	...readContentFiles('guides', '.mdx'),
	...readContentFiles('pages', '.mdx').filter(([file]) => file.endsWith('/bantuan.mdx')),
];
const body = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/, '');

/** The page's body without the one full section (from its heading to the next "## "). */
function withoutFullSection(file: string, text: string): string {
	if (file !== FULL_SECTION_PAGE) return text;
	const start = text.indexOf(FULL_SECTION);
	const end = text.indexOf('\n## ', start + FULL_SECTION.length);
	return text.slice(0, start) + (end < 0 ? '' : text.slice(end));
}

describe('care within 3 days and visum costs: one wording, from data', () => {
	it('the check finds a guide writing its own version (fixture own-medical-wording fails)', () => {
		const text = readFileSync(join(ROOT, 'tests/fixtures/facts/own-medical-wording.mdx'), 'utf8');
		expect(ownMedicalWording(text)).toHaveLength(2);
	});
	it('the standard sentences say what domain facts U3 and U4 support', () => {
		expect(sentence('berobat-3-hari')).toMatch(/3 hari \(72 jam\).*hari ini juga.*puskesmas/);
		expect(sentence('berobat-3-hari')).toMatch(/lewat 3 hari pun, tetap periksakan/);
		expect(sentence('biaya-visum')).toMatch(/tidak semestinya diminta membayar/);
		expect(sentence('biaya-visum')).toMatch(/Jangan menunda berobat karena biaya/);
	});
	it.each(pages)('%s writes no version of its own', (file, text) => {
		expect(ownMedicalWording(withoutFullSection(file, body(text)))).toEqual([]);
	});
	it('the full section exists where every link points', () => {
		const text = pages.find(([file]) => file === FULL_SECTION_PAGE)![1];
		expect(text).toContain('## Berobat dulu: dalam 3 hari (72 jam)');
		expect(text).toContain('### Visum dan biayanya');
		expect(body(text)).toMatch(/<SegeraBerobat tanpaTautan \/>/);
	});
	it('the guides that send a parent to care use the shared sentence', () => {
		const users = pages.filter(([, text]) => text.includes('<SegeraBerobat')).map(([f]) => f);
		expect(users.length).toBeGreaterThanOrEqual(9);
	});
	it('a summary line about the 3 days repeats the first standard sentence word for word', () => {
		const first = `${sentence('berobat-3-hari').split('. ')[0]}.`;
		const lines = pages.flatMap(([file, text]) =>
			((frontmatter(text) as { ringkasan?: string[] }).ringkasan ?? [])
				.filter((line) => ownMedicalWording(line).length > 0)
				.map((line) => `${file}: ${line}`)
		);
		expect(lines.length).toBeGreaterThan(0);
		for (const line of lines) expect(line).toMatch(new RegExp(`: ${escape(first)}$`));
	});
});

function escape(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
