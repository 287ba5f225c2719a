import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { checkProtocol, nextIds } from '../../src/lib/protocol/check-protocol';
import { PERPETRATOR_ROLES } from '../../src/schemas/perpetrator';
import type { ProtocolStep } from '../../src/schemas/protocol';
import { QuizSchema, type Quiz } from '../../src/schemas/quiz';
import {
	pengasuhHygieneSentences,
	scenarioReportProblems,
	scriptReportProblems,
	taggedScripts,
} from '../../src/lib/content/story-checks';
import { frontmatter, readAllContent, readContentFiles } from '../helpers/content-files';

/*
 * The pesantren track must teach the case this programme exists for: the kiai, the pengasuh or
 * someone of the ndalem as the person who hurts, a story that ends with a report outside the pondok,
 * and never the pengasuh (in a pondok, the kiai) as someone who may bathe a santri.
 */

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'pesantren');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

const pesantrenLessons = readContentFiles('lessons', '.mdx').filter(
	([, text]) => (frontmatter(text) as { track: string }).track === 'pesantren'
);
const slugs = pesantrenLessons.map(([file]) => file.replace(/^.*\/|\.mdx$/g, ''));
const pesantrenQuizzes = readContentFiles('quizzes', '.yaml')
	.map(([file, text]) => [file, QuizSchema.parse(load(text))] as [string, Quiz])
	.filter(([, quiz]) => quiz.track === 'pesantren');

/** Every text a pondok reads from this track and its kit. */
const pesantrenMaterial = readAllContent().filter(
	([file]) =>
		slugs.some(
			(slug) =>
				file === `content/lessons/${slug}.mdx` ||
				file === `content/quizzes/${slug}.yaml` ||
				file.startsWith(`content/handouts/${slug}/`)
		) ||
		file === 'content/pages/jalur/pesantren.mdx' ||
		file === 'content/sekolah/madrasah-dan-pesantren.mdx' ||
		/\/(wali-santri|pesantren)[^/]*\.mdx$/.test(file)
);

/** Every role tagged on a quiz question or scene, and on a lesson's scripts. */
function rolesIn(quizzes: [string, Quiz][], lessons: [string, string][]): string[] {
	const fromQuizzes = quizzes.flatMap(([, quiz]) =>
		quiz.questions.flatMap((q) => [
			q.pelaku,
			...(q.type === 'skenario' ? q.scenes.map((s) => s.pelaku) : []),
		])
	);
	const fromLessons = lessons.flatMap(([, text]) => taggedScripts(text).map((s) => s.pelaku));
	return [...fromQuizzes, ...fromLessons].filter((r): r is string => Boolean(r));
}

describe('pesantren track: the pengasuh is never a bathing exception', () => {
	it('finds the pesantren lessons, quizzes and handouts', () => {
		expect(slugs.length).toBeGreaterThanOrEqual(4);
		expect(pesantrenMaterial.some(([f]) => f.startsWith('content/handouts/'))).toBe(true);
	});

	it.each(pesantrenMaterial)('%s', (_file, text) => {
		expect(pengasuhHygieneSentences(text)).toEqual([]);
	});

	it('catches the old exception wording, and accepts the sentence that says nobody bathes a santri', () => {
		expect(pengasuhHygieneSentences(fixture('pengasuh-memandikan.mdx'))).toEqual([
			'Pertama, orang tua atau pengasuh membantu anak kecil mandi.',
		]);
		expect(
			pengasuhHygieneSentences(
				'Di pondok, kiai, pengasuh, ustadz, atau kakak kelas tidak memandikanmu.'
			)
		).toEqual([]);
	});
});

describe('pesantren track: the person who hurts may be the kiai or someone of the ndalem', () => {
	it('every tag names a known role', () => {
		const roles = rolesIn(pesantrenQuizzes, pesantrenLessons);
		expect(roles.filter((r) => !(PERPETRATOR_ROLES as readonly string[]).includes(r))).toEqual([]);
	});

	it('has a lesson story tagged pimpinan or keluarga-pimpinan', () => {
		const roles = rolesIn([], pesantrenLessons);
		expect(roles.some((r) => r === 'pimpinan' || r === 'keluarga-pimpinan')).toBe(true);
	});

	it('has a quiz item tagged pimpinan or keluarga-pimpinan', () => {
		const roles = rolesIn(pesantrenQuizzes, []);
		expect(roles.some((r) => r === 'pimpinan' || r === 'keluarga-pimpinan')).toBe(true);
	});

	it('shows more than visitors and older children: a resident teacher too', () => {
		const roles = rolesIn(pesantrenQuizzes, pesantrenLessons);
		expect(roles).toContain('guru');
	});

	it('a track with only peers and visitors fails the check', () => {
		expect(rolesIn([], [['x.mdx', '<Naskah pelaku="kakak-kelas">\n\nCerita.\n\n</Naskah>']])).not.toContain(
			'pimpinan'
		);
	});
});

describe('a story in which an adult hurts a child ends with a report outside the pondok', () => {
	const allLessons = readContentFiles('lessons', '.mdx');
	const allQuizzes = readContentFiles('quizzes', '.yaml').map(
		([file, text]) => [file, QuizSchema.parse(load(text))] as [string, Quiz]
	);

	it.each(allLessons)('%s: tagged scripts', (_file, text) => {
		expect(taggedScripts(text).flatMap(scriptReportProblems)).toEqual([]);
	});

	it.each(allQuizzes)('%s: tagged stories', (_file, quiz) => {
		const problems = quiz.questions.flatMap((q) =>
			q.type === 'skenario' ? scenarioReportProblems(q).map((p) => `${q.id} › ${p}`) : []
		);
		expect(problems).toEqual([]);
	});

	it('the pesantren track has at least one such story that reaches UPTD PPA', () => {
		const endings = [
			...pesantrenLessons.flatMap(([, text]) => taggedScripts(text).flatMap((s) => s.lapor ?? [])),
			...pesantrenQuizzes.flatMap(([, quiz]) =>
				quiz.questions.flatMap((q) =>
					q.type === 'skenario' ? q.scenes.flatMap((s) => s.reportedTo ?? []) : []
				)
			),
		];
		expect(endings).toContain('uptd-ppa');
	});

	it('fails a lesson story that ends with a quiet arrangement, or claims a report it does not tell', () => {
		const stories = taggedScripts(fixture('cerita-tanpa-laporan.mdx'));
		expect(stories).toHaveLength(2);
		expect(scriptReportProblems(stories[0]!)).toEqual([
			'Cerita tentang orang dewasa yang menyakiti anak harus berakhir dengan laporan ke luar.',
		]);
		expect(scriptReportProblems(stories[1]!)).toEqual([
			'Akhir cerita tidak menyebut "uptd-ppa", padahal ditandai begitu.',
		]);
	});

	it('fails a quiz story whose ending reports only to the pondok', () => {
		const story = load(fixture('skenario-tanpa-laporan.yaml')) as Parameters<
			typeof scenarioReportProblems
		>[0];
		expect(scenarioReportProblems(story)).toEqual([
			'selesai: Cerita tentang orang dewasa yang menyakiti anak harus berakhir dengan laporan ke luar.',
		]);
		const told = {
			...story,
			scenes: story.scenes.map((s) =>
				s.id === 'selesai'
					? { ...s, text: `${s.text} Ustadzah juga melapor ke UPTD PPA.`, reportedTo: ['uptd-ppa'] }
					: s
			),
		};
		expect(scenarioReportProblems(told)).toEqual([]);
	});

	it('a story about a peer needs no outside report to pass this check', () => {
		expect(scriptReportProblems({ pelaku: 'kakak-kelas', body: 'Cerita.' })).toEqual([]);
	});
});

describe('the response protocol has a branch for when the pimpinan or his family is named', () => {
	const steps = load(
		readContentFiles('data', '.yaml').find(([f]) => f.endsWith('/protokol.yaml'))![1]
	) as ProtocolStep[];
	const byId = new Map(steps.map((s) => [s.id, s]));

	/** Every step reachable from `id`, following every arrow. */
	function reachable(id: string, seen = new Set<string>()): Set<string> {
		if (seen.has(id) || !byId.has(id)) return seen;
		seen.add(id);
		for (const next of nextIds(byId.get(id)!)) reachable(next, seen);
		return seen;
	}

	/** The step that a decision's "yes" leads to, then every step after it. */
	const afterYes = (id: string) => {
		const step = byId.get(id);
		return step?.kind === 'keputusan' ? reachable(step.yes.next) : new Set<string>();
	};

	it('"who is named" leads, by "yes", to a step telling staff not to hold tabayyun with the leadership', () => {
		const branch = [...afterYes('siapa')].map((id) => byId.get(id)!);
		const texts = branch.map((s) => `${s.title} ${s.text}`).join('\n');
		expect(texts).toMatch(/tabayyun/);
		expect(texts).toMatch(/menjemput/);
		expect(texts).toMatch(/LPSK/);
		expect(texts).toMatch(/Jangan menanyai/);
	});

	it('the branch is not reached when the answer is "no"', () => {
		const siapa = byId.get('siapa');
		expect(siapa?.kind).toBe('keputusan');
		if (siapa?.kind !== 'keputusan') return;
		expect(reachable(siapa.no.next).has('pimpinan-lapor')).toBe(false);
		expect(afterYes('siapa').has('pimpinan-lapor')).toBe(true);
	});

	it('every path of the branch ends, with no loop', () => {
		expect(checkProtocol(steps)).toEqual([]);
		const ends = [...reachable('pimpinan-lapor')].filter((id) => nextIds(byId.get(id)!).length === 0);
		expect(ends.length).toBeGreaterThan(0);
	});

	it('a branch that loops back instead of ending fails the build check', () => {
		const broken = steps.map((s) =>
			s.id === 'pimpinan-pelapor' ? { ...s, next: 'pimpinan-lapor' } : s
		) as ProtocolStep[];
		expect(checkProtocol(broken).join('\n')).toMatch(/berputar/);
	});
});
