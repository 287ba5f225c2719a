import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { LESSONS_PER_TRACK, SENTENCE_LIMITS } from '../../src/lib/curriculum/coverage';
import { letterProblems, letterWords } from '../../src/lib/content/parent-letter';
import { teenQuizProblems } from '../../src/lib/content/teen-quiz';
import type { Cast } from '../../src/schemas/cast';
import type { LessonData } from '../../src/schemas/lesson';
import type { PerpetratorRole } from '../../src/schemas/perpetrator';
import type { Quiz } from '../../src/schemas/quiz';
import { CONTENT, frontmatter, readContentFiles } from '../helpers/content-files';

/**
 * The SMP/MTs track (fase-d, ages 12–15): lessons of 40–80 minutes for kelas 7–9, quizzes in the
 * forms that fit teens, one-page parent letters, stories that end with a report outside the school,
 * and the people who hurt shown honestly across the track (content guide §2 and §8).
 */
const lessons = readContentFiles('lessons', '.mdx')
	.map(([file, text]) => ({
		file,
		text,
		slug: file.replace(/^.*\/|\.mdx$/g, ''),
		data: frontmatter(text) as LessonData,
	}))
	.filter((l) => l.data.track === 'fase-d');
const quizOf = (slug: string) =>
	load(readFileSync(join(CONTENT, 'quizzes', `${slug}.yaml`), 'utf8')) as Quiz;
const cast = load(readFileSync(join(CONTENT, 'data', 'cast', 'fase-d.yaml'), 'utf8')) as Cast;
const fixture = (name: string) =>
	load(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'teen-quiz', name), 'utf8')) as Quiz;

/** Stories in a lesson script told about someone who hurts: `<Naskah pelaku="…" lapor="…">`. */
function stories(text: string) {
	return [...text.matchAll(/<Naskah pelaku="([^"]+)"(?: lapor="([^"]*)")?>([\s\S]*?)<\/Naskah>/g)].map(
		(m) => ({ pelaku: m[1]!, lapor: (m[2] ?? '').split(/\s+/).filter(Boolean), body: m[3]! })
	);
}

describe('fase-d: the track for SMP/MTs', () => {
	it('has its five lessons, ordered 1..5', () => {
		expect(lessons).toHaveLength(LESSONS_PER_TRACK['fase-d']);
		expect(lessons.map((l) => l.data.order).sort((a, b) => a - b)).toEqual(
			lessons.map((_, i) => i + 1)
		);
	});

	it('reads at a teen level: about 14 words a sentence, never above 22', () => {
		expect(SENTENCE_LIMITS['fase-d']).toEqual({ average: 14, max: 22 });
	});

	it('a quiz written for young children fails as a teen quiz, on each count', () => {
		const problems = teenQuizProblems(fixture('kuis-anak-kecil.yaml')).join('\n');
		expect(problems).toContain('perasaan-wajah: jenis soal "perasaan"');
		expect(problems).toContain('cerita bercabang');
		expect(problems).toContain('pilih-bergambar: pilihan "tolak"');
		expect(problems).toContain('pilih-bergambar: pilihan "turuti"');
	});

	it('the people who hurt include a teacher, a relative, a peer and someone online', () => {
		const roles = new Set<PerpetratorRole>([
			...cast.tokoh.flatMap((t) => (t.pelaku ? [t.pelaku] : [])),
			...lessons.flatMap((l) =>
				quizOf(l.data.quiz).questions.flatMap((q) => [
					...(q.pelaku ? [q.pelaku] : []),
					...(q.type === 'skenario' ? q.scenes.flatMap((s) => (s.pelaku ? [s.pelaku] : [])) : []),
				])
			),
		]);
		for (const role of ['guru', 'keluarga', 'teman', 'daring'] as const) expect(roles, role).toContain(role);
	});

	it('a lesson story, not only a quiz item, shows a respected adult hurting a child', () => {
		const roles = lessons.flatMap((l) => stories(l.text).map((s) => s.pelaku));
		expect(roles.some((r) => ['guru', 'guru-ngaji', 'keluarga', 'orang-dikenal'].includes(r))).toBe(
			true
		);
	});

	it('names the child-age fact from the laws data, with its sources', () => {
		const laws = load(readFileSync(join(CONTENT, 'data', 'laws.yaml'), 'utf8')) as {
			id: string;
			points: string[];
			sources: unknown[];
		}[];
		const law = laws.find((l) => l.id === 'uu-perlindungan-anak')!;
		expect(law.points.join(' ')).toMatch(/belum berusia 18 tahun/);
		expect(law.points.join(' ')).toMatch(/bujukan/);
		expect(law.sources.length).toBeGreaterThan(0);
		const consent = lessons.find((l) => l.data.concepts[0] === 'persetujuan')!;
		expect(consent.text).toContain('<Hukum id="uu-perlindungan-anak"');
		expect(consent.text).toMatch(/belum berusia 18 tahun adalah anak/);
	});
});

describe.each(lessons)('$file', ({ slug, text, data }) => {
	it('is for kelas 7–9 and lasts 40 to 80 minutes', () => {
		expect(data.grades.length).toBeGreaterThan(0);
		for (const grade of data.grades) expect([7, 8, 9]).toContain(grade);
		expect(data.minutes).toBeGreaterThanOrEqual(40);
		expect(data.minutes).toBeLessThanOrEqual(80);
	});

	it('its quiz fits teens: scenarios and a branching story, no pictures on answers', () => {
		expect(teenQuizProblems(quizOf(data.quiz))).toEqual([]);
	});

	it('every story in which someone hurts ends with adults who report outside the school', () => {
		for (const story of stories(text)) {
			expect(story.lapor.some((c) => ['uptd-ppa', 'sapa', 'polisi'].includes(c)), story.pelaku).toBe(
				true
			);
			expect(story.body).toMatch(/lapor/i);
		}
	});

	it('its parent letter fits one page, greets parents and wali, and has 3–4 home points', () => {
		const path = join(CONTENT, 'handouts', slug, 'surat-orang-tua.mdx');
		expect(existsSync(path)).toBe(true);
		const letter = readFileSync(path, 'utf8');
		expect(letterProblems(letter)).toEqual([]);
		expect(letterWords(letter)).toBeGreaterThanOrEqual(220);
	});
});
