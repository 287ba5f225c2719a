import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { LESSONS_PER_TRACK } from '../../src/lib/curriculum/coverage';
import { staffSessionProblems } from '../../src/lib/curriculum/staff-session';
import type { LessonData } from '../../src/schemas/lesson';
import { QuizSchema, type Quiz } from '../../src/schemas/quiz';
import { CONTENT, frontmatter, readContentFiles } from '../helpers/content-files';

/**
 * The staff-training track (pendidik): each session has its own parts instead of a child lesson's
 * worksheet, parent letter and differentiation: a facilitator script in every part, slides with
 * facilitator notes, a handout for participants and a check of understanding, in 60–90 minutes.
 */
const sessions = readContentFiles('lessons', '.mdx')
	.map(([file, text]) => ({
		file,
		text,
		slug: file.replace(/^.*\/|\.mdx$/g, ''),
		data: frontmatter(text) as LessonData,
	}))
	.filter((s) => s.data.track === 'pendidik')
	.sort((a, b) => a.data.order - b.data.order);

const handoutKinds = (slug: string) => {
	const dir = join(CONTENT, 'handouts', slug);
	return existsSync(dir) ? readdirSync(dir).map((n) => n.replace(/\.mdx$/, '')) : [];
};
const quizOf = (id: string): Quiz | undefined => {
	const path = join(CONTENT, 'quizzes', `${id}.yaml`);
	return existsSync(path) ? QuizSchema.parse(load(readFileSync(path, 'utf8'))) : undefined;
};
const fixture = readFileSync(
	join(import.meta.dirname, '..', 'fixtures', 'pendidik', 'sesi-tanpa-naskah.mdx'),
	'utf8'
);

describe('a staff session that lacks its parts fails, naming each', () => {
	const problems = staffSessionProblems({
		source: fixture,
		minutes: 60,
		handoutKinds: ['lembar-kerja'],
		checkQuestions: undefined,
	}).join('\n');

	it('no facilitator script in a part', () => {
		expect(problems).toMatch(/Bagian Pembuka belum punya naskah fasilitator/);
	});
	it('a slide without facilitator notes, and too few slides', () => {
		expect(problems).toMatch(/Tayangan "Pembuka tanpa catatan" belum punya catatan fasilitator/);
		expect(problems).toMatch(/Sesi punya 2 tayangan; perlu 6–14/);
	});
	it('no handout for participants (a worksheet does not count)', () => {
		expect(problems).toMatch(/belum punya handout peserta/);
	});
	it('no check of understanding', () => {
		expect(problems).toMatch(/belum punya cek pemahaman/);
		expect(problems).toMatch(/<KuisDiLayar \/>/);
	});
	it('minutes that do not add up', () => {
		expect(problems).toMatch(/Bagian pelajaran berjumlah 55 menit, padahal pelajaran 60 menit/);
	});
	it('a session of 45 minutes, or a check of 3 questions, is out of range', () => {
		const short = staffSessionProblems({
			source: fixture,
			minutes: 45,
			handoutKinds: ['materi-peserta'],
			checkQuestions: 3,
		}).join('\n');
		expect(short).toMatch(/Sesi pendidik 45 menit; seharusnya 60–90 menit/);
		expect(short).toMatch(/Cek pemahaman punya 3 soal; perlu 5–8/);
	});
});

describe('the pendidik track', () => {
	it('has the three sessions of the curriculum, numbered 1..3', () => {
		expect(sessions.map((s) => s.data.order)).toEqual([1, 2, 3]);
		expect(sessions.length).toBe(LESSONS_PER_TRACK.pendidik);
	});

	it('teaches signs and grooming, then disclosure with role-play cards, then the code and the reporting duty', () => {
		const [signs, disclosure, duty] = sessions.map((s) => s.text);
		expect(signs).toMatch(/bukan tanda/i);
		expect(signs).toMatch(/tidak mendiagnosis/i);
		expect(disclosure).toMatch(/Bermain peran/);
		expect(readFileSync(join(CONTENT, 'handouts', sessions[1]!.slug, 'materi-peserta.mdx'), 'utf8')).toMatch(/### Kartu bermain peran/);
		/* Schools: the 2026 rule; madrasah and pesantren: PMA 73/2022; both from the laws data. */
		expect(duty).toContain('<Hukum id="permendikdasmen-6-2026"');
		expect(duty).toContain('<Hukum id="pma-73-2022"');
		expect(duty).toMatch(/petugas cadangan/);
	});

	it('links the pesantren session for senior santri and pengurus', () => {
		expect(sessions.some((s) => s.text.includes('](/sekolah/sesi-santri-senior/)'))).toBe(true);
	});
});

describe.each(sessions)('$file is a complete staff session', ({ text, slug, data }) => {
	it('has a script in every part, slides with notes, a handout and a check, and its minutes add up', () => {
		const quiz = quizOf(data.quiz as unknown as string);
		expect(
			staffSessionProblems({
				source: text,
				minutes: data.minutes,
				handoutKinds: handoutKinds(slug),
				checkQuestions: quiz?.questions.length,
			})
		).toEqual([]);
		expect(quiz?.track).toBe('pendidik');
	});

	it('sends staff to the protocol and the code of conduct of the school pages', () => {
		const all = [text, ...handoutKinds(slug).map((k) => readFileSync(join(CONTENT, 'handouts', slug, `${k}.mdx`), 'utf8'))].join('\n');
		expect(all).toContain('](/sekolah/protokol/)');
		expect(all).toContain('](/sekolah/kode-etik/)');
	});

	it('names TPPK only as the former rule (Permendikdasmen 6/2026 replaced it)', () => {
		const current = text
			.split(/\n+/)
			.filter((line) => /TPPK/.test(line) && !/dulu|lama|dicabut|berakhir|46\/2023|46-2023/i.test(line));
		expect(current).toEqual([]);
	});

});
