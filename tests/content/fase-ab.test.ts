import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
	blamingChoices,
	classInstructionProblems,
	hygieneWithoutHelper,
	pictureMeaningProblems,
	quizPictureUses,
	schoolToiletNoteProblems,
	slidePictureUses,
} from '../../src/lib/content/child-lesson-checks';
import { classQuestions } from '../../src/lib/quiz/class-set';
import { questionTexts } from '../../src/lib/quiz/child-text';
import type { LessonData } from '../../src/schemas/lesson';
import type { Question, Quiz } from '../../src/schemas/quiz';
import { CONTENT, frontmatter, readContentFiles } from '../helpers/content-files';

/* The SD kelas 1–4 lessons after their second blind review (issue 14). */
const TRACKS = ['fase-a', 'fase-b'] as const;

const lessons = readContentFiles('lessons', '.mdx')
	.map(([file, text]) => ({ file, text, data: frontmatter(text) as LessonData }))
	.filter(({ data }) => (TRACKS as readonly string[]).includes(data.track))
	.map((lesson) => ({
		...lesson,
		quiz: load(
			readFileSync(join(CONTENT, 'quizzes', `${lesson.data.quiz}.yaml`), 'utf8')
		) as Quiz,
	}));

const castNames = (track: string): string[] =>
	(
		load(readFileSync(join(CONTENT, 'data', 'cast', `${track}.yaml`), 'utf8')) as {
			tokoh: { nama: string }[];
		}
	).tokoh
		.map((t) => t.nama)
		// Parents' words ("Ibu", "Ayah") are also how the script speaks of any mother or father.
		.filter((name) => /\s/.test(name) || !/^(Ibu|Ayah|Mama|Papa|Abah|Umi|Nenek|Kakek)$/.test(name));

const rules = load(readFileSync(join(CONTENT, 'data', 'rules.yaml'), 'utf8')) as {
	id: string;
	forChildren: string;
}[];

const choice = (text: string) => ({ id: 'x', text, feedback: 'f' });
const pilihan = (id: string, texts: string[]) =>
	({ id, type: 'pilihan', prompt: 'p', concepts: [], choices: texts.map(choice) }) as unknown as Question;

describe('the checks themselves (with the old wording as failing fixtures)', () => {
	it('flags a bathing/cebok exception that does not say who may help', () => {
		expect(hygieneWithoutHelper('Boleh disentuh hanya saat kamu dibantu mandi atau cebok.')).toHaveLength(1);
		expect(hygieneWithoutHelper('Waktu kalian masih kecil, kalian juga dibantu mandi.')).toHaveLength(1);
		expect(
			hygieneWithoutHelper(
				'Pertama, orang tua atau keluarga yang merawatmu membantumu mandi atau cebok.'
			)
		).toEqual([]);
	});

	it('flags a school toilet note that does not say who helps, the parents agreeing, the door and no secret', () => {
		const old =
			'- **Anak yang masih dibantu ke kamar kecil di sekolah:** jelaskan bahwa ini termasuk pengecualian “dibantu membersihkan diri”, bahwa orang yang membantu selalu menjelaskan apa yang ia lakukan, dan bahwa bantuan ini tidak pernah menjadi rahasia.';
		expect(schoolToiletNoteProblems(old)).toHaveLength(3);
	});

	it('flags an answer in which the child voices blame', () => {
		const old = pilihan('lama', [
			'Bukan salah Nisa. Nisa boleh cerita sekarang.',
			'Sudah terlambat, jadi tidak usah cerita',
			'Nisa sudah menerima permen, jadi harus diam',
			'Tidak usah, karena dulu Bima diam saja',
			'Ia salah karena tidak menolak',
		]);
		expect(blamingChoices([old])).toHaveLength(4);
		expect(blamingChoices([pilihan('baru', ['Tidak benar. Bukan salah Nisa.'])])).toEqual([]);
	});

	it('flags a class-quiz instruction that names a story or a question type outside the class set', () => {
		const classSet = [pilihan('a', ['Ya'])].map((q) => ({ ...q, prompt: 'Nisa dan Ayah' }));
		expect(
			classInstructionProblems(
				'Pada soal cerita Bima, biarkan kelas memilih bersama.',
				classSet as Question[],
				['Bima', 'Nisa']
			)
		).toHaveLength(2);
		expect(
			classInstructionProblems('Untuk soal lima jari, ajak anak menghitung.', classSet as Question[], [])
		).toHaveLength(1);
	});
	it('flags a picture with a second meaning in a track', () => {
		expect(
			pictureMeaningProblems([
				{ picture: 'raised-hand-medium', text: 'Bilang, “Bu, ini penting. Aku perlu bantuan.”' },
				{ picture: 'raised-hand-medium', text: 'Tangan', group: 'bukan-pribadi' },
				{ picture: 'old-woman-medium', text: 'Bilang, “Aku mau tanya Ibu dulu, Pak.”' },
				{ picture: 'speak-no-evil-monkey', text: 'Mengejek bentuk tubuh teman' },
				{
					picture: 'grinning-squinting-face',
					text: 'Terus menggelitik adik yang bilang “berhenti”',
					group: 'tidak-boleh',
				},
				{ picture: 'raised-hand-medium', text: 'Bilang, “Berhenti, Ayah!”' },
			])
		).toHaveLength(5);
	});
});

describe.each(TRACKS)('%s: one picture, one meaning', (track) => {
	it('pictures with a fixed meaning keep it in every quiz and on every slide', () => {
		const inTrack = lessons.filter(({ data }) => data.track === track);
		const uses = inTrack.flatMap(({ text, quiz }) => [
			...quizPictureUses(quiz),
			...slidePictureUses(text),
		]);
		expect(pictureMeaningProblems(uses)).toEqual([]);
	});
});

describe('rule 2 for children names who may help', () => {
	it('the bathing/cebok exception in rules.yaml names the parent or the family carer, and the doctor with a parent or wali', () => {
		const rule = rules.find((r) => r.id === 'bagian-pribadi')!;
		expect(hygieneWithoutHelper(rule.forChildren)).toEqual([]);
		expect(rule.forChildren).toContain('orang tua atau keluarga yang merawatmu');
		expect(rule.forChildren).toContain('orang tua atau walimu');
		expect(rule.forChildren).toContain('bidan');
	});
});

describe.each(lessons)('$file', ({ text, data, quiz }) => {
	it('every bathing, cebok or toilet help names who may help', () => {
		const quizText = quiz.questions.flatMap(questionTexts).join('\n\n');
		expect(hygieneWithoutHelper(text)).toEqual([]);
		expect(hygieneWithoutHelper(quizText)).toEqual([]);
	});

	it('a note on help with the toilet at school names an agreed same-sex adult, door unlocked, never secret', () => {
		expect(schoolToiletNoteProblems(text)).toEqual([]);
	});

	it('no quiz answer has the child voice blame', () => {
		expect(blamingChoices(quiz.questions)).toEqual([]);
	});

	it('has a class set for the quiz played together', () => {
		expect(quiz.classQuestions?.length ?? 0).toBeGreaterThan(0);
	});

	it('the class-quiz instruction only names questions of the class set', () => {
		const instruction = text.split('\n').find((line) => line.startsWith('**Kuis bersama'));
		expect(instruction, 'paragraf "Kuis bersama"').toBeTruthy();
		expect(
			classInstructionProblems(instruction!, classQuestions(quiz), castNames(data.track))
		).toEqual([]);
	});
});

describe('class chants speak of rules, not of being touched', () => {
	const FIRST_PERSON_ABUSE = /\bmenyentuh(ku|\s+bagian pribadiku)\b/i;
	it('the old practice sentence fails', () => {
		expect(FIRST_PERSON_ABUSE.test('“Bu, aku mau cerita. Ada yang menyentuhku, dan aku tidak suka.”')).toBe(true);
	});
	it.each(lessons.map((l) => [l.file, l.text] as const))('%s', (_file, text) => {
		expect(text.split('\n').filter((line) => FIRST_PERSON_ABUSE.test(line))).toEqual([]);
	});
});

describe.each(TRACKS)('%s: the cast list is complete', (track) => {
	it('every named character of a lesson or its quiz lists that lesson', () => {
		const cast = (
			load(readFileSync(join(CONTENT, 'data', 'cast', `${track}.yaml`), 'utf8')) as {
				tokoh: { nama: string; muncul: string[] }[];
			}
		).tokoh;
		const names = new Set(castNames(track));
		const missing = lessons
			.filter(({ data }) => data.track === track)
			.flatMap(({ file, text, data }) => {
				const slug = file.replace(/^.*\/|\.mdx$/g, '');
				const all = `${text}\n${readFileSync(join(CONTENT, 'quizzes', `${data.quiz}.yaml`), 'utf8')}`;
				return cast
					.filter((t) => names.has(t.nama) && new RegExp(`\\b${t.nama}\\b`).test(all))
					.filter((t) => !t.muncul.includes(slug))
					.map((t) => `${t.nama} in ${slug}`);
			});
		expect(missing).toEqual([]);
	});
});
