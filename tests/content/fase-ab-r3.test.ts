import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { lessonParts } from '../../src/lib/curriculum/lesson-parts';
import type { LessonData } from '../../src/schemas/lesson';
import type { Quiz } from '../../src/schemas/quiz';
import { CONTENT, frontmatter, readContentFiles } from '../helpers/content-files';

/* The SD kelas 1–4 track pages and lessons after their third blind review (issue 14). */
const TRACKS = ['fase-a', 'fase-b'] as const;
type Track = (typeof TRACKS)[number];

const page = (track: Track) =>
	readFileSync(join(CONTENT, 'pages', 'jalur', `${track}.mdx`), 'utf8');

const lessons = readContentFiles('lessons', '.mdx')
	.map(([file, text]) => ({ file, text, data: frontmatter(text) as LessonData }))
	.filter(({ data }) => (TRACKS as readonly string[]).includes(data.track))
	.map((lesson) => ({
		...lesson,
		quiz: load(
			readFileSync(join(CONTENT, 'quizzes', `${lesson.data.quiz}.yaml`), 'utf8')
		) as Quiz,
	}));

const rules = load(readFileSync(join(CONTENT, 'data', 'rules.yaml'), 'utf8')) as {
	name: string;
}[];

/** The body of a `## heading` section (up to the next `## `), or undefined. */
function section(text: string, heading: RegExp): string | undefined {
	const parts = text.split(/^## /m);
	const found = parts.find((p) => heading.test(p.split('\n')[0]!));
	return found?.slice(found.indexOf('\n') + 1);
}

/** What a track page lacks of the parts a teacher needs to run the track (empty when complete). */
function missingTrackParts(text: string, lessonTitles: string[]): string[] {
	const missing: string[] = [];
	const pacing = section(text, /^Urutan pelajaran/);
	if (!pacing) missing.push('urutan dan jadwal');
	else {
		const positions = lessonTitles.map((t) => pacing.indexOf(t));
		if (positions.some((p) => p < 0)) missing.push('setiap pelajaran di jadwal');
		else if (positions.some((p, i) => i > 0 && p < positions[i - 1]!))
			missing.push('urutan pelajaran');
		if (!/semester/i.test(pacing)) missing.push('jadwal satu semester');
	}
	const second = section(text, /^Tahun kedua/);
	if (!second) missing.push('tahun kedua');
	else {
		const stories = second.match(/^\*\*Pelajaran \d: /gm) ?? [];
		if (stories.length < lessonTitles.length) missing.push('cerita tahun kedua untuk setiap pelajaran');
		if (!/Kuis bersama/.test(second)) missing.push('soal kuis tahun kedua');
	}
	const booster = section(text, /^Sesi pengingat/);
	if (!booster) missing.push('sesi pengingat');
	else {
		const minutes = [...booster.matchAll(/^\*\*\d\. [^*]*\((\d+) menit\)/gm)].map((m) =>
			Number(m[1])
		);
		const total = minutes.reduce((a, b) => a + b, 0);
		if (total < 15 || total > 20) missing.push(`sesi pengingat 15–20 menit (ada ${total})`);
		if (!/<Naskah/.test(booster)) missing.push('naskah sesi pengingat');
	}
	const song = section(text, /^Lagu Jaga Diri/);
	if (!song) missing.push('lagu');
	else {
		if (!/There Is a Tavern in the Town/.test(song)) missing.push('asal nada lagu');
		const rows = song
			.split('\n')
			.filter((l) => /^\| [^*|-][^|]*\| [^|]+\|$/.test(l) && !l.startsWith('| Lirik |'));
		if (rows.length < 12) missing.push('lirik dengan gerakan');
	}
	return missing;
}

const lyrics = (text: string) =>
	(section(text, /^Lagu Jaga Diri/) ?? '')
		.split('\n')
		.filter((l) => /^\| [^*|-]/.test(l) && !l.startsWith('| Lirik |'))
		.map((l) => l.split('|')[1]!.trim());

describe('the checks themselves (failing fixtures)', () => {
	it('a track page with only an introduction lacks every part', () => {
		const old =
			'---\ntitle: Fase A\n---\n\nJalur ini untuk peserta didik SD/MI kelas 1 dan 2. Ajarkan berurutan.\n';
		expect(missingTrackParts(old, ['Satu', 'Dua'])).toEqual([
			'urutan dan jadwal',
			'tahun kedua',
			'sesi pengingat',
			'lagu',
		]);
	});

	it('a booster of 30 minutes and lessons out of order are caught', () => {
		const text = [
			'## Urutan pelajaran',
			'| 2 | Dua | | 4 | Satu | semester',
			'## Sesi pengingat',
			'**1. Lagu (10 menit).** x',
			'**2. Ulang (20 menit).** y <Naskah>',
		].join('\n');
		const missing = missingTrackParts(text, ['Satu', 'Dua']);
		expect(missing).toContain('urutan pelajaran');
		expect(missing).toContain('sesi pengingat 15–20 menit (ada 30)');
	});
});

describe.each(TRACKS)('%s: the track page is ready to use', (track) => {
	const text = page(track);
	const titles = lessons
		.filter((l) => l.data.track === track)
		.sort((a, b) => a.data.order - b.data.order)
		.map((l) => l.data.title);

	it('gives the lesson order and semester pacing, a second year, a 15–20 minute booster and the song', () => {
		expect(titles).toHaveLength(5);
		expect(missingTrackParts(text, titles)).toEqual([]);
	});

	it('every second-year story in which someone hurts a child ends with an adult who reports', () => {
		const second = section(text, /^Tahun kedua/)!;
		const stories = [...second.matchAll(/<Naskah pelaku="[^"]+">([\s\S]*?)<\/Naskah>/g)];
		expect(stories.length).toBeGreaterThan(0);
		for (const [, body] of stories) expect(body).toMatch(/lapor/i);
	});
});

describe('the song', () => {
	it('has the same lyrics on both track pages', () => {
		expect(lyrics(page('fase-a')).length).toBe(12);
		expect(lyrics(page('fase-a'))).toEqual(lyrics(page('fase-b')));
	});

	it('is on a slide in the first lesson of each track', () => {
		for (const slug of ['tubuhku-milikku', 'tubuhku-batasku']) {
			const lesson = lessons.find((l) => l.file.endsWith(`/${slug}.mdx`))!;
			const slide = lessonParts(lesson.text).slides.find((s) => s.title === 'Lagu Jaga Diri');
			expect(slide?.text, slug).toContain('Tubuhku milikku sendiri, berhak aman.');
		}
	});
});

describe('fase-b: reviewing the six rules', () => {
	it('has a script that names all six rules, word for word', () => {
		const script = section(page('fase-b'), /^Mengulang enam aturan/);
		expect(script).toBeDefined();
		for (const rule of rules) expect(script).toContain(rule.name.replace(/\.$/, ''));
	});
});

/** A slide naming the doctor's exception must also name the bidan and the parent or wali. */
const exceptionSlideGaps = (slideText: string) =>
	/dokter/i.test(slideText) && /memeriksa/i.test(slideText)
		? ['bidan', 'wali'].filter((w) => !slideText.includes(w))
		: [];

describe('the doctor exception on slides', () => {
	it('the old B1 slide fails', () => {
		expect(
			exceptionSlideGaps('Dokter atau perawat memeriksa, ditemani orang tua, dan menjelaskan dulu.')
		).toEqual(['bidan', 'wali']);
	});

	it.each(lessons.map((l) => [l.file, l.text] as const))('%s', (_file, text) => {
		const gaps = lessonParts(text).slides.flatMap((s) =>
			exceptionSlideGaps(s.text).map((w) => `${s.title}: ${w}`)
		);
		expect(gaps).toEqual([]);
	});
});

/** "Ada yang berkata … Benarkah?": every option answers the question. */
const ANSWER = /^(Tidak benar|Benar|Aku belum tahu|Aku mau berpikir dulu)/;
const actionOptions = (quiz: Quiz) =>
	quiz.questions
		.filter((q) => q.type === 'pilihan' && /Ada yang berkata/.test(q.prompt))
		.flatMap((q) => ('choices' in q ? q.choices : []).map((c) => c.text))
		.filter((text) => !ANSWER.test(text));

describe('"Ada yang berkata… Benarkah?" items', () => {
	it('an option that is an action fails', () => {
		const quiz = {
			questions: [
				{
					id: 'x',
					type: 'pilihan',
					prompt: 'Ada yang berkata, “Nisa harus diam.” Benarkah?',
					choices: [{ text: 'Tidak benar.' }, { text: 'Nisa menyimpannya sendiri saja' }],
				},
			],
		} as unknown as Quiz;
		expect(actionOptions(quiz)).toEqual(['Nisa menyimpannya sendiri saja']);
	});

	it.each(lessons.map((l) => [l.file, l.quiz] as const))('%s', (_file, quiz) => {
		expect(actionOptions(quiz)).toEqual([]);
	});
});

/** Topics issue 14 requires the class to hear (scripts and slides), per track. */
const CLASS_TOPICS: Record<Track, Record<string, RegExp>> = {
	'fase-a': {
		'gambar bagian pribadi di HP': /gambar bagian pribadi di HP/,
		'tanya dulu sebelum pergi': /mengajakmu pergi[\s\S]*tanya dulu/i,
	},
	'fase-b': {
		'obrolan gim dan panggilan video': /gim[\s\S]*panggilan video|panggilan video[\s\S]*gim/,
		'minta foto': /minta foto/,
		'siulan dan komentar': /bersiul/,
		mengintip: /mengintip/,
		'dokter-dokteran': /dokter-dokteran/,
		'tanya dulu sebelum pergi': /Sebelum pergi dengan siapa pun, tanya dulu/,
	},
};

describe.each(TRACKS)('%s: topics the class hears in a lesson', (track) => {
	const heard = lessons
		.filter((l) => l.data.track === track)
		.flatMap((l) => lessonParts(l.text).childText)
		.join('\n');
	it.each(Object.entries(CLASS_TOPICS[track]))('%s', (_topic, pattern) => {
		expect(heard).toMatch(pattern);
	});
});

describe('fase-a: teacher note on dokter-dokteran', () => {
	it('a fase-a lesson tells the teacher how to tell ordinary from worrying play', () => {
		const notes = lessons
			.filter((l) => l.data.track === 'fase-a')
			.map((l) => l.text)
			.join('\n');
		expect(notes).toMatch(/\*\*Main dokter-dokteran\.\*\*/);
	});
});

describe('the Kurikulum Merdeka element of each lesson', () => {
	const ELEMENT: Record<string, RegExp> = {
		PJOK: /PJOK: elemen /,
		'Pendidikan Pancasila': /Pendidikan Pancasila: elemen /,
		'Pendidikan Agama dan Budi Pekerti': /Budi Pekerti: elemen /,
		BK: /BK adalah layanan/,
	};
	it.each(lessons.map((l) => [l.file, l.data] as const))(
		'%s names an element for every subject it lists',
		(_file, data) => {
			for (const subject of data.subjects) expect(data.cpElement).toMatch(ELEMENT[subject]!);
			expect(data.cpElement).not.toMatch(/^Fase [AB]\. Dipakai dalam/);
		}
	);
});
