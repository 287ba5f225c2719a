import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { QuizSchema } from '../../../src/schemas/quiz';
import { CONTENT } from '../../helpers/content-files';

/* `accepted`: an honest "Aku belum tahu" in a single-choice question, never marked wrong. */
const quiz = load(readFileSync(join(CONTENT, 'quizzes', 'mengenali-bujuk-rayu.yaml'), 'utf8')) as {
	questions: { id: string; type: string; choices?: Record<string, unknown>[] }[];
};

const withChoice = (questionId: string, change: (c: Record<string, unknown>) => void) => {
	const copy = structuredClone(quiz);
	const question = copy.questions.find((q) => q.id === questionId)!;
	change(question.choices![question.choices!.length - 1]!);
	return copy;
};

const messages = (data: unknown) => {
	const result = QuizSchema.safeParse(data);
	return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe('accepted answers', () => {
	it('are valid on a single-choice question', () => {
		expect(messages(quiz)).toEqual([]);
	});

	it('cannot also be the safe answer', () => {
		const data = withChoice('sudah-menerima-jajan', (c) => {
			c.correct = true;
		});
		expect(messages(data).join(' ')).toMatch(/accepted hanya untuk jawaban "belum tahu"/);
	});

	it('are refused in a multi-select question', () => {
		const data = withChoice('mana-yang-trik', (c) => {
			c.accepted = true;
		});
		expect(messages(data).join(' ')).toMatch(/accepted hanya boleh dipakai di soal pilihan/);
	});
});
