import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { tppkAsCurrent } from '../../src/lib/content/fact-checks';
import { scriptReportProblems, taggedScripts } from '../../src/lib/content/story-checks';
import {
	activityCount,
	lessonMinuteProblems,
	MAX_ACTIVITIES_WITHOUT_CUTS,
} from '../../src/lib/curriculum/timing';
import { checkProtocol, pathsWithout } from '../../src/lib/protocol/check-protocol';
import { pictureConflicts, pictureUses } from '../../src/lib/quiz/picture-meaning';
import type { LessonData } from '../../src/schemas/lesson';
import type { ProtocolStep } from '../../src/schemas/protocol';
import type { Quiz } from '../../src/schemas/quiz';
import { CONTENT, frontmatter, readAllContent, readContentFiles } from '../helpers/content-files';

/*
 * The kit a pondok or madrasah uses beside the pesantren track: the checklist and protocol follow
 * the rules in force since 2026, every disclosure path reaches medical care and evidence guidance,
 * the pesantren lessons' minutes add up, the track's pictures keep one meaning, and the code phrase
 * is one each family makes, never a fixed sentence anyone (an abuser too) can read.
 */

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'pesantren');
const data = (name: string) => readFileSync(join(CONTENT, 'data', name), 'utf8');

const pesantrenLessons = readContentFiles('lessons', '.mdx')
	.map(([file, text]) => ({ file, text, data: frontmatter(text) as LessonData }))
	.filter(({ data }) => data.track === 'pesantren');
const slugs = pesantrenLessons.map(({ file }) => file.replace(/^.*\/|\.mdx$/g, ''));

describe('the TPPK and Permendikbudristek 46/2023 appear only as history', () => {
	const files: [string, string][] = [
		['content/data/daftar-periksa.yaml', data('daftar-periksa.yaml')],
		['content/data/protokol.yaml', data('protokol.yaml')],
		...readAllContent().filter(([file]) =>
			slugs.some(
				(slug) =>
					file === `content/lessons/${slug}.mdx` ||
					file === `content/quizzes/${slug}.yaml` ||
					file.startsWith(`content/handouts/${slug}/`)
			)
		),
	];

	it('covers the checklist, the protocol and the pesantren lessons', () => {
		expect(files.length).toBeGreaterThan(10);
	});

	it.each(files)('%s', (_file, text) => {
		expect(tppkAsCurrent(text)).toEqual([]);
	});

	it('catches the checklist item as it was before 2026 rules', () => {
		const old =
			'Kami sudah membentuk TPPK dengan surat keputusan dan mencatatnya di Dapodik, atau, di madrasah dan pesantren, sudah menunjuk petugas penerima laporan secara tertulis.';
		expect(tppkAsCurrent(old)).toHaveLength(1);
	});

	it('the checklist names the current school rule and the Kemenag rule', () => {
		const checklist = data('daftar-periksa.yaml');
		expect(checklist).toMatch(/Permendikdasmen 6\/2026/);
		expect(checklist).toMatch(/PMA 73\/2022/);
		expect(checklist).not.toMatch(/\/sekolah\/tppk\//);
	});
});

describe('the protocol sends every disclosure to medical care, and says how to keep evidence', () => {
	const steps = load(data('protokol.yaml')) as ProtocolStep[];
	const isMedical = (s: ProtocolStep) =>
		/72 jam/.test(s.text) &&
		/kantong kertas/.test(s.text) &&
		/memotret tubuh anak/.test(s.text) &&
		/[Vv]isum/.test(s.text);

	it('is still a protocol with no loop and no dead end', () => {
		expect(checkProtocol(steps)).toEqual([]);
	});

	it('every path from the first step to a last step passes the medical step', () => {
		expect(pathsWithout(steps, isMedical)).toEqual([]);
	});

	it('a protocol whose medical step is skipped on one branch fails', () => {
		const medical = steps.find(isMedical)!;
		const after = medical.kind === 'langkah' ? medical.next : undefined;
		expect(after).toBeDefined();
		const before = steps.find((s) => s.kind === 'langkah' && s.next === medical.id)!;
		const bypass = steps.map((s) =>
			s.id === before.id && s.kind === 'langkah' ? { ...s, next: after } : s
		);
		expect(pathsWithout(bypass, isMedical).length).toBeGreaterThan(0);
	});
});

describe('pesantren lessons: minutes add up, and a long lesson has marked cuts', () => {
	it('there are at least four pesantren lessons', () => {
		expect(pesantrenLessons.length).toBeGreaterThanOrEqual(4);
	});

	it.each(pesantrenLessons)('$file', ({ text, data }) => {
		expect(lessonMinuteProblems(text, data.minutes)).toEqual([]);
	});

	it('every lesson fits the track limit of 60 minutes', () => {
		expect(pesantrenLessons.filter(({ data }) => data.minutes > 60).map(({ file }) => file)).toEqual([]);
	});

	it('the crowded lesson without its cuts, or with a part that does not add up, fails', () => {
		const long = pesantrenLessons.find(({ text }) => activityCount(text) > MAX_ACTIVITIES_WITHOUT_CUTS)!;
		const noCuts = long.text.replace(/Jika waktu terbatas/gi, 'Catatan');
		expect(lessonMinuteProblems(noCuts, long.data.minutes).join('\n')).toMatch(/Jika waktu terbatas/);
		const wrongSum = long.text.replace(/(<Langkah judul="Inti" menit=\{)(\d+)/, (_m, a, n) => `${a}${Number(n) + 5}`);
		const problems = lessonMinuteProblems(wrongSum, long.data.minutes).join('\n');
		expect(problems).toMatch(/Bagian pelajaran berjumlah/);
		expect(problems).toMatch(/Kegiatan di bagian Inti/);
	});
});

describe('pesantren quizzes: one picture, one meaning', () => {
	const uses = readContentFiles('quizzes', '.yaml')
		.map(([file, text]) => [file, load(text) as Quiz] as const)
		.filter(([, quiz]) => quiz.track === 'pesantren')
		.flatMap(([file, quiz]) => pictureUses(file.replace(/^.*\/|\.yaml$/g, ''), quiz.questions));

	it('no picture stands for both a safe and an unsafe answer across the track', () => {
		expect(uses.length).toBeGreaterThan(20);
		expect(pictureConflicts(uses)).toEqual([]);
	});
});

describe('the code phrase is one each family makes, not a sentence published for everyone', () => {
	/** Problems of a text that mentions a code phrase: it must say the family makes its own. */
	const codePhraseProblems = (text: string) =>
		/kalimat sandi/i.test(text) && !/sendiri/i.test(text)
			? ['Kalimat sandi disebut tanpa meminta keluarga membuat kalimatnya sendiri.']
			: [];

	const mentions = readAllContent().filter(([, text]) => /kalimat sandi/i.test(text));

	it('finds the lesson, the wali santri guide and the letters that mention it', () => {
		expect(mentions.map(([f]) => f)).toEqual(
			expect.arrayContaining([
				'content/lessons/berani-bercerita.mdx',
				'content/guides/wali-santri.mdx',
				'content/handouts/berani-bercerita/surat-orang-tua.mdx',
			])
		);
	});

	it.each(mentions)('%s asks each family to make its own', (_file, text) => {
		expect(codePhraseProblems(text)).toEqual([]);
	});

	it('the fixed sentence the letters used to publish fails', () => {
		expect(codePhraseProblems(readFileSync(join(FIXTURES, 'kalimat-sandi-tetap.mdx'), 'utf8'))).toHaveLength(1);
	});
});

describe('the pages for pondok leaders, ustadz and senior santri', () => {
	const school = readContentFiles('sekolah', '.mdx');
	const madrasah = school.find(([f]) => f.endsWith('/madrasah-dan-pesantren.mdx'))![1];

	it('the madrasah and pesantren page links the kajian and the senior santri session', () => {
		expect(madrasah).toContain('](/sekolah/kajian-santri-amanah/)');
		expect(madrasah).toContain('](/sekolah/sesi-santri-senior/)');
		const ids = school.map(([f]) => f.replace(/^.*\/|\.mdx$/g, ''));
		expect(ids).toEqual(expect.arrayContaining(['kajian-santri-amanah', 'sesi-santri-senior']));
	});

	it.each(school)('%s: a story about an adult who hurts ends with a report outside', (_f, text) => {
		expect(taggedScripts(text).flatMap(scriptReportProblems)).toEqual([]);
	});

	it('the kajian read aloud takes about ten minutes (1,200 to 1,400 words)', () => {
		const kajian = school.find(([f]) => f.endsWith('/kajian-santri-amanah.mdx'))![1];
		const words = [...kajian.matchAll(/<Naskah>([\s\S]*?)<\/Naskah>/g)]
			.map((m) => m[1]!.split(/\s+/).filter(Boolean).length)
			.reduce((a, b) => a + b, 0);
		expect(words).toBeGreaterThanOrEqual(1200);
		expect(words).toBeLessThanOrEqual(1400);
	});

	it('the senior santri session adds up to 60 to 90 minutes', () => {
		const sesi = school.find(([f]) => f.endsWith('/sesi-santri-senior.mdx'))![1];
		const total = [...sesi.matchAll(/<Langkah judul="[^"]+" menit=\{(\d+)\}>/g)].reduce(
			(sum, m) => sum + Number(m[1]),
			0
		);
		expect(total).toBeGreaterThanOrEqual(60);
		expect(total).toBeLessThanOrEqual(90);
		expect(lessonMinuteProblems(sesi, total)).toEqual([]);
	});
});
