import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { letterProblems } from '../../src/lib/content/parent-letter';
import type { LessonData } from '../../src/schemas/lesson';
import { CONTENT, frontmatter, readContentFiles } from '../helpers/content-files';

/* PAUD review round 1: who may help a young child with bathing and cebok. The site's rule
   (content/data/rules.yaml) names "orang tua atau keluarga yang merawatmu"; "orang rumah" is anyone
   who lives in the house (a live-in uncle, an older cousin, a lodger) and must never be the exception. */

/** Lines that name "orang rumah" (anyone in the house) where the rule names the carer. */
function widenedExceptionLines(text: string): string[] {
	return text.split('\n').filter((line) => /\borang[ -]rumah/i.test(line));
}

const paudLessons = readContentFiles('lessons', '.mdx')
	.map(([file, text]) => ({
		file,
		text,
		slug: file.replace(/^.*\/|\.mdx$/g, ''),
		data: frontmatter(text) as LessonData,
	}))
	.filter(({ data }) => data.track === 'paud');

const paudQuizzes = readContentFiles('quizzes', '.yaml').filter(
	([, text]) => (load(text) as { track?: string }).track === 'paud'
);

const paudFiles: [string, string][] = [
	...paudLessons.map(({ file, text }) => [file, text] as [string, string]),
	...paudLessons.flatMap(({ slug }) =>
		['surat-orang-tua.mdx', 'lembar-kerja.mdx'].map(
			(name) =>
				[
					`content/handouts/${slug}/${name}`,
					readFileSync(join(CONTENT, 'handouts', slug, name), 'utf8'),
				] as [string, string]
		)
	),
	...paudQuizzes,
	['content/pages/jalur/paud.mdx', readFileSync(join(CONTENT, 'pages', 'jalur', 'paud.mdx'), 'utf8')],
	['content/data/cast/paud.yaml', readFileSync(join(CONTENT, 'data', 'cast', 'paud.yaml'), 'utf8')],
];

describe('the PAUD track names the carer, never "orang rumah", as the bathing and cebok helper', () => {
	it('the check catches the old wording', () => {
		expect(widenedExceptionLines('Mandi, cebok, dibantu\noleh orang rumahku.')).toEqual([
			'oleh orang rumahku.',
		]);
		expect(widenedExceptionLines('oleh yang merawatku.')).toEqual([]);
	});

	it('covers the four lessons, their letters and worksheets, quizzes, track page and cast', () => {
		expect(paudLessons).toHaveLength(4);
		expect(paudQuizzes.length).toBeGreaterThanOrEqual(4);
	});

	it.each(paudFiles)('%s', (_file, text) => {
		expect(widenedExceptionLines(text)).toEqual([]);
	});

	it('lesson 1 and its letter name the carer the way the rule does', () => {
		const lesson = paudLessons.find(({ slug }) => slug === 'ini-tubuhku')!.text;
		const letter = readFileSync(join(CONTENT, 'handouts', 'ini-tubuhku', 'surat-orang-tua.mdx'), 'utf8');
		expect(lesson).toMatch(/keluarga yang merawatmu/);
		expect(lesson).toMatch(/oleh yang merawatku/);
		expect(letter).toMatch(/keluarga yang merawat/);
	});
});

describe.each(paudLessons)('$file: the school toileting rule is a preparation step', ({ data }) => {
	it('names the designated teacher, the unlocked door, explaining first, no secret, and a line for children', () => {
		const step = (data.preparation ?? []).find((item) => /kamar kecil/.test(item));
		expect(step, 'a preparation step about the toilet').toBeDefined();
		expect(step).toMatch(/guru yang ditunjuk/);
		expect(step).toMatch(/pintu tidak dikunci/i);
		expect(step).toMatch(/menjelaskan dulu/);
		expect(step).toMatch(/tidak pernah menjadi rahasia/);
		expect(step).toMatch(/Sampaikan kepada anak/);
	});
});

const lessonText = (slug: string) => paudLessons.find((lesson) => lesson.slug === slug)!.text;
const letterText = (slug: string) =>
	readFileSync(join(CONTENT, 'handouts', slug, 'surat-orang-tua.mdx'), 'utf8');

describe('lesson 1 names the mouth exceptions together with the rule', () => {
	/** The script block that teaches "only two situations", up to its end. */
	const ruleScript = (text: string) => text.match(/Hanya dua itu yang boleh\.[\s\S]*?<\/Naskah>/)?.[0] ?? '';

	it('the rule script names being fed, tooth-brushing and the dentist', () => {
		const script = ruleScript(lessonText('ini-tubuhku'));
		expect(script).toMatch(/disuapi/);
		expect(script).toMatch(/sikat gigi/);
		expect(script).toMatch(/[Dd]okter gigi/);
	});

	it('so does letter 1', () => {
		const letter = letterText('ini-tubuhku');
		expect(letter).toMatch(/disuapi/);
		expect(letter).toMatch(/menyikat gigi/);
		expect(letter).toMatch(/dokter gigi/);
	});
});

describe('the PAUD rule names photographs and being told to touch someone else', () => {
	it('lesson 1 teaches looking, touching and photographing, and being told to touch', () => {
		const text = lessonText('ini-tubuhku');
		expect(text).toMatch(/memotret bagian pribadimu/);
		expect(text).toMatch(/menyuruhmu menyentuh bagian pribadi orang lain/);
	});

	it('lesson 2 has a red card for being told to touch someone else', () => {
		expect(lessonText('tidak-mau-pergi-cerita')).toMatch(/menyuruh Tio menyentuh bagian pribadi orang itu/);
	});
});

describe('the lesson 1 movement game does not teach hiding', () => {
	const game = (text: string) => text.match(/\*\*Kegiatan 3: Permainan gerak[\s\S]*?<\/Catatan>/)?.[0] ?? '';

	it.each(paudFiles)('%s never tells children to go into the shell', (_file, text) => {
		expect(text).not.toMatch(/masuk cangkang/i);
	});

	it('the teacher names body parts, private ones among them, and children stand tall', () => {
		const text = game(lessonText('ini-tubuhku'));
		expect(text).toMatch(/Mulut!/);
		expect(text).toMatch(/Dada!/);
		expect(text).toMatch(/berdiri tegak/i);
		expect(text).not.toMatch(/berkata “Bagian pribadi!”|Bagian pribadi!/);
	});
});

describe('lesson 2: freezing is not the child’s fault, and the warning ends on the rule', () => {
	const text = lessonText('tidak-mau-pergi-cerita');
	const warning = text.match(/Kadang sentuhan yang tidak boleh terasa geli\.[\s\S]*?<\/Naskah>/)?.[0] ?? '';

	it('says a child who stays silent is not at fault, in the warning and in the story', () => {
		expect(warning).toMatch(/diam[\s\S]*bukan salahnya/);
		expect(text).toMatch(/Kalau Rara kaget lalu diam, itu bukan salah Rara\./);
	});

	it('the warning ends on the concrete rule, not on a feeling', () => {
		const lines = warning.replace('</Naskah>', '').trim().split(/\n+/);
		expect(lines.at(-1)).toMatch(/tidak mau, pergi, cerita/i);
		expect(warning).not.toMatch(/perasaanmu tidak enak/);
	});
});

describe('lesson 4 and its quiz stay consistent with the lesson', () => {
	const quiz = load(
		readFileSync(join(CONTENT, 'quizzes', 'tangan-kepercayaanku.yaml'), 'utf8')
	) as { questions: { id: string; prompt: string }[] };
	const prompt = (id: string) => quiz.questions.find((q) => q.id === id)?.prompt ?? '';

	it('the disbelief comes from an adult the child tells, not from the person who hurt', () => {
		expect(lessonText('tangan-kepercayaanku')).not.toMatch(/Tio bohong/);
		expect(letterText('tangan-kepercayaanku')).not.toMatch(/bohong/);
		expect(prompt('tio-dibilang-bohong')).toMatch(/belum percaya/);
	});

	it('siapa-di-luar-rumah counts no older sibling as a trusted adult and no Nenek at home', () => {
		expect(prompt('siapa-di-luar-rumah')).not.toMatch(/Kakak|Nenek/);
	});
});

describe('PAUD lessons fit a real 20-minute class', () => {
	it.each(paudLessons)('$file marks what to cut when time is short', ({ text }) => {
		expect(text).toMatch(/\*\*Jika waktu terbatas\.\*\*/);
	});

	it('lesson 1 teaches one verse; the second comes the next morning', () => {
		const activity = lessonText('ini-tubuhku').match(/\*\*Kegiatan 1:[^\n]*/)?.[0] ?? '';
		expect(activity).toMatch(/cukup bait pertama/);
		expect(activity).toMatch(/bait kedua keesokan paginya/);
	});

	it('lesson 2 hands out the cards before the lesson starts', () => {
		const lesson = paudLessons.find(({ slug }) => slug === 'tidak-mau-pergi-cerita')!;
		expect(lesson.data.preparation.some((step) => /Bagikan kartu hijau dan kartu merah/.test(step))).toBe(
			true
		);
	});
});

describe('PAUD parent letters: care within 3 days, from the one shared wording', () => {
	const standard = (
		load(readFileSync(join(CONTENT, 'data', 'kalimat-baku.yaml'), 'utf8')) as { id: string; meaning: string }[]
	).find(({ id }) => id === 'berobat-3-hari')!.meaning;

	it.each(paudLessons)('$slug: the letter shows <SegeraBerobat /> and still fits one page', ({ slug }) => {
		const letter = letterText(slug);
		expect(letter).toContain('<SegeraBerobat />');
		expect(letter).not.toMatch(/dalam 3 hari|72 jam/);
		const rendered = letter.replace('<SegeraBerobat />', `${standard} Mengapa dan caranya.`);
		expect(letterProblems(rendered)).toEqual([]);
	});
});

describe('each PAUD story picture shows the child the text names', () => {
	it('the Rara pictures no longer wear Tio’s blue top and shorts', () => {
		for (const name of ['paud-tidak-mau', 'paud-lari', 'paud-cerita']) {
			const svg = readFileSync(join(CONTENT, '..', 'src', 'assets', 'pictures', `${name}.svg`), 'utf8');
			expect(svg, name).not.toMatch(/#7fb8e6|#1f6fb2/i);
		}
	});

	it('Tio’s pages do not reuse Nia’s picture with Bu Guru, and lesson 1 shows no Rara page', () => {
		expect(lessonText('tangan-kepercayaanku')).not.toMatch(/paud-cerita-guru/);
		expect(readFileSync(join(CONTENT, 'quizzes', 'tangan-kepercayaanku.yaml'), 'utf8')).not.toMatch(
			/paud-cerita-guru/
		);
		expect(lessonText('ini-tubuhku')).not.toMatch(/paud-tidak-mau|paud-lari|paud-cerita\b/);
	});
});

describe('the song sign for "my mouth" is not the shush sign', () => {
	it('lesson 1 draws a circle round the lips instead', () => {
		const note = lessonText('ini-tubuhku').match(/\(4\) “dan mulutku, ingat ya”: [^.]*\./)?.[0] ?? '';
		expect(note).toMatch(/lingkaran di sekitar bibir/);
		expect(note).not.toMatch(/telunjuk di depan bibir/);
	});
});
