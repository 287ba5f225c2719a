import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { Question, Quiz } from '../../src/schemas/quiz';
import { readContentFiles } from '../helpers/content-files';

/* The SD kelas 1–4 lessons and quizzes after their sixth blind review (and one all-tracks check). */
const quizzes = readContentFiles('quizzes', '.yaml').map(([file, text]) => ({
	slug: file.replace(/^.*\/|\.yaml$/g, ''),
	quiz: load(text) as Quiz,
}));

/** What the quiz itself says before every "try again" reason. */
const TRY_AGAIN = /^\s*coba pikirkan lagi/i;

/**
 * Reasons of answers, cards and steps that are not marked right and open with the words the quiz
 * already says in front of every "try again" verdict, so the child would hear them twice.
 */
export function repeatedTryAgain(q: Question): string[] {
	const found: string[] = [];
	const visit = (value: unknown, path: string) => {
		if (Array.isArray(value)) {
			value.forEach((v, i) => visit(v, `${path}[${i}]`));
			return;
		}
		if (!value || typeof value !== 'object') return;
		const item = value as Record<string, unknown>;
		if (typeof item.feedback === 'string' && item.correct !== true && TRY_AGAIN.test(item.feedback)) {
			found.push(`${q.id} › ${String(item.id ?? path)}`);
		}
		for (const [key, v] of Object.entries(item)) if (typeof v === 'object') visit(v, `${path}.${key}`);
	};
	visit(q, q.id);
	return found;
}

describe('a wrong-answer reason never repeats "Coba pikirkan lagi" (every track)', () => {
	it('a wrong choice and a scene choice that open with it fail; a right choice is not looked at', () => {
		const q = {
			id: 'uji',
			type: 'skenario',
			prompt: 'Uji',
			choices: [
				{ id: 'salah', text: 'x', feedback: 'Coba pikirkan lagi. Ia boleh menolak.' },
				{ id: 'benar', text: 'y', correct: true, feedback: 'Coba pikirkan lagi? Tidak perlu.' },
			],
			scenes: [{ id: 's1', text: 'z', choices: [{ id: 'diam', text: 'd', feedback: 'coba pikirkan lagi, ya.' }] }],
		} as unknown as Question;
		expect(repeatedTryAgain(q)).toEqual(['uji › salah', 'uji › diam']);
	});

	it('no quiz repeats it', () => {
		expect(quizzes.length).toBeGreaterThan(20);
		const found = quizzes.flatMap(({ slug, quiz }) =>
			quiz.questions.flatMap((q) => repeatedTryAgain(q).map((p) => `${slug} › ${p}`))
		);
		expect(found).toEqual([]);
	});
});
