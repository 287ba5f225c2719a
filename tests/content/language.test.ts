import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { SENTENCE_LIMITS } from '../../src/lib/curriculum/coverage';
import { lessonParts, plainText } from '../../src/lib/curriculum/lesson-parts';
import { sentenceStats, sentences, wordCount } from '../../src/lib/curriculum/sentences';
import { questionTexts } from '../../src/lib/quiz/child-text';
import type { LessonData } from '../../src/schemas/lesson';
import type { Quiz } from '../../src/schemas/quiz';
import { CONTENT, frontmatter, readContentFiles } from '../helpers/content-files';

interface BannedWord {
	kata: string;
	alasan: string;
}
const banned = load(
	readFileSync(join(CONTENT, 'data', 'kata-terlarang.yaml'), 'utf8')
) as BannedWord[];

/** Child-facing text of every lesson: its scripts, slides, trigger questions, quiz and worksheet. */
const lessons = readContentFiles('lessons', '.mdx').map(([file, text]) => {
	const data = frontmatter(text) as LessonData;
	const slug = file.replace(/^.*\/|\.mdx$/g, '');
	const quiz = load(readFileSync(join(CONTENT, 'quizzes', `${data.quiz}.yaml`), 'utf8')) as Quiz;
	/* A staff session (pendidik) has a handout for adults instead of a worksheet. */
	const sheet = join(CONTENT, 'handouts', slug, 'lembar-kerja.mdx');
	const worksheet = existsSync(sheet) ? readFileSync(sheet, 'utf8') : '';
	return {
		file,
		track: data.track,
		spoken: [...lessonParts(text).childText, ...data.triggerQuestions],
		quiz: quiz.questions.flatMap(questionTexts),
		worksheet: plainText(worksheet.replace(/^---\n[\s\S]*?\n---\n/, '')),
	};
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const hits = (text: string) =>
	banned.filter((b) => new RegExp(`(^|[^\\p{L}])${escape(b.kata)}($|[^\\p{L}])`, 'iu').test(text));

describe('the banned-words list', () => {
	it('has a reason for every word, and no word twice', () => {
		expect(banned.length).toBeGreaterThan(10);
		for (const b of banned) expect(b.alasan?.trim(), b.kata).toBeTruthy();
		expect(new Set(banned.map((b) => b.kata.toLowerCase())).size).toBe(banned.length);
	});

	it('catches a word inside a sentence, but not inside a longer word', () => {
		expect(hits('Itu bukan hal yang kotor.').map((b) => b.kata)).toContain('kotor');
		expect(hits('Kotoran kucing').map((b) => b.kata)).not.toContain('kotor');
	});
});

describe.each(lessons)('$file: child-facing text', ({ track, spoken, quiz, worksheet }) => {
	/* Adults (pendidik) have no sentence limit; the banned words apply to every track. */
	const limits = SENTENCE_LIMITS[track];

	it('uses none of the banned words', () => {
		const found = [...spoken, ...quiz, worksheet].flatMap((text) =>
			hits(text).map((b) => `"${b.kata}" (${b.alasan}) in: ${text.slice(0, 80)}`)
		);
		expect(found).toEqual([]);
	});

	it.runIf(limits !== null)(`keeps sentences short for its age: about ${limits?.average} words, never above ${limits?.max}`, () => {
		if (!limits) return;
		const stats = sentenceStats([...spoken, ...quiz]);
		const tooLong = [...spoken, ...quiz]
			.flatMap(sentences)
			.filter((s) => wordCount(s) > limits.max)
			.map((s) => `${wordCount(s)} words: ${s}`);
		expect(tooLong).toEqual([]);
		expect(stats.average).toBeLessThanOrEqual(limits.average);
	});
});
