import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT } from '../helpers/content-files';

/*
 * Fourth review of the pesantren track: every rule a pesantren lesson announces as "aturan di
 * pondok kita" has its own numbered line in the staff code of conduct the pimpinan signs.
 */
const read = (...parts: string[]) => readFileSync(join(CONTENT, ...parts), 'utf8');
const LESSONS = ['tubuh-adalah-amanah', 'aman-di-asrama', 'bukan-rahasia-bukan-salahmu', 'berani-bercerita'];
const lessons = LESSONS.map((slug) => read('lessons', `${slug}.mdx`)).join('\n');
const code = read('sekolah', 'kode-etik.mdx');

interface AnnouncedRule {
	id: string;
	/** How a lesson announces the rule. */
	lesson: RegExp;
	/** The numbered line of the code of conduct that carries it. */
	code: RegExp;
}

const RULES: AnnouncedRule[] = [
	{ id: 'kamar-mandi', lesson: /orang dewasa tidak masuk ke kamar mandi santri/i, code: /tidak masuk ke kamar tidur atau kamar mandi santri/ },
	{ id: 'kamar-tidur', lesson: /orang dewasa tidak masuk ke kamar tidur santri/i, code: /tidak masuk ke kamar tidur atau kamar mandi santri/ },
	{ id: 'piket-berdua', lesson: /petugas piket berjaga berdua/i, code: /piket malam, saya bertugas bersama rekan/ },
	{ id: 'sowan-terbuka', lesson: /sowan dilakukan bersama teman, atau di ruang tamu yang terbuka/i, code: /Sowan.*di tempat terbuka.*boleh datang bersama teman/ },
	{ id: 'khidmah-berdua', lesson: /khidmah di ndalem dikerjakan berdua atau lebih/i, code: /khidmah.*dikerjakan berdua atau lebih/ },
	{ id: 'menelepon-orang-tua', lesson: /kamu tidak ditanya alasannya, dan teleponmu tidak didengarkan/i, code: /menelepon orang tua.*di luar jadwal.*tanpa menanyakan alasannya.*tidak ikut mendengarkan/ },
	{ id: 'menolak-tidak-dihukum', lesson: /santri yang menolak atau bercerita tidak dihukum/i, code: /tidak menghukum.*anak yang menolak disentuh, menolak datang atau tinggal sendirian/ },
	{ id: 'bercerita-tidak-dihukum', lesson: /santri yang menolak atau bercerita tidak dihukum/i, code: /tidak menghukum.*anak yang bercerita atau melapor.*Pelanggaran aturan kecil yang terungkap saat ia bercerita.*tidak dihukum/ },
];

/** The numbered lines of a code of conduct. */
const codeItems = (text: string) => text.split('\n').filter((line) => /^\d+\. /.test(line));

/** Ids of the rules the lessons announce that have no numbered line in the code. */
function missingRules(lessonText: string, codeText: string): string[] {
	const items = codeItems(codeText);
	return RULES.filter((r) => r.lesson.test(lessonText) && !items.some((line) => r.code.test(line))).map((r) => r.id);
}

/** Each "Aturan di pondok kita: …" sentence a lesson reads aloud. */
const announcements = (text: string) => [...text.matchAll(/^Aturan di pondok kita: [^\n]*/gm)].map((m) => m[0]);

describe('rules announced as “aturan di pondok kita” are in the code of conduct', () => {
	it('every listed rule is still announced by a lesson', () => {
		expect(RULES.filter((r) => !r.lesson.test(lessons)).map((r) => r.id)).toEqual([]);
	});

	it('every announced sentence is a listed rule', () => {
		const unlisted = announcements(lessons).filter((s) => !RULES.some((r) => r.lesson.test(s)));
		expect(unlisted).toEqual([]);
	});

	it('every announced rule has its own line in the code', () => {
		expect(missingRules(lessons, code)).toEqual([]);
	});

	it('a code without the phone and no-punishment lines fails', () => {
		const stripped = codeItems(code)
			.filter((line) => !/menelepon orang tua|tidak menghukum/.test(line))
			.join('\n');
		expect(missingRules(lessons, stripped)).toEqual(['menelepon-orang-tua', 'menolak-tidak-dihukum', 'bercerita-tidak-dihukum']);
	});

	it('an announced rule nobody listed fails', () => {
		const extra = 'Aturan di pondok kita: santri boleh tidur siang di masjid.';
		expect(announcements(extra).filter((s) => !RULES.some((r) => r.lesson.test(s)))).toHaveLength(1);
	});
});

/** A healing pretext named as a trick: treatment, massage or ruqyah. */
const HEALING = /pengobatan|pijat|ruqyah/i;
/** Words of a fiqh ruling, which the lessons never give. */
const RULING = /\b(haram|halal|syirik|bid'ah|makruh|fatwa)\b/i;

describe('fake healing is named as a trick in “Bukan Rahasia, Bukan Salahmu”', () => {
	const lesson = read('lessons', 'bukan-rahasia-bukan-salahmu.mdx');
	const quiz = read('quizzes', 'bukan-rahasia-bukan-salahmu.yaml');
	const slide = (text: string) =>
		/<Tayangan judul="Tanda bujuk rayu"[^>]*>([\s\S]*?)<\/Tayangan>/.exec(text)?.[1] ?? '';

	it('the slide of tricks names it, plainly', () => {
		expect(slide(lesson)).toMatch(HEALING);
		expect(slide(lesson)).not.toMatch(RULING);
	});

	it('a quiz choice names it as a trick', () => {
		expect(quiz).toMatch(/- id: alasan-pengobatan\n\s+text: [^\n]*(pijat|ruqyah)[^\n]*\n\s+correct: true/);
		expect(quiz).not.toMatch(RULING);
	});

	it('a slide without it fails', () => {
		const without = lesson.replace(/\n[^\n]*ruqyah untuk menyentuh[^\n]*\n/, '\n');
		expect(slide(without)).not.toMatch(HEALING);
	});
});

describe('the example code phrase is never a character’s own phrase', () => {
	const lesson = read('lessons', 'berani-bercerita.mdx');
	const quiz = read('quizzes', 'berani-bercerita.yaml');
	/** The phrase the lesson gives as an example, after "Misalnya,". */
	const example = (text: string) => /Misalnya, “([^”]+)” Itu hanya contoh/.exec(text)?.[1] ?? '';
	/** How often the phrase appears in the lesson and its quiz, ignoring case. */
	const uses = (phrase: string, texts: string[]) =>
		texts.join('\n').toLowerCase().split(phrase.toLowerCase()).length - 1;

	it('the lesson gives an example, once', () => {
		expect(example(lesson)).not.toBe('');
		expect(uses(example(lesson), [lesson, quiz])).toBe(1);
	});

	it('a story that reuses the example fails', () => {
		const reused = `${lesson}\nLaila menelepon ibunya. “${example(lesson)}”`;
		expect(uses(example(lesson), [reused, quiz])).toBe(2);
	});
});
