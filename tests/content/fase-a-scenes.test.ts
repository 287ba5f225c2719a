import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { QuizSchema, type Quiz } from '../../src/schemas/quiz';
import { readContentFiles } from '../helpers/content-files';

/**
 * Every question of a fase-a quiz shows its situation as a scene of two or more pictures, not one
 * face; and within a track a picture always stands for one thing: wherever it is in a scene, it has
 * the same words.
 */
function sceneProblems(quizzes: readonly (readonly [string, Quiz])[]): string[] {
	const problems: string[] = [];
	const words = new Map<string, { alt: string; where: string }>();
	for (const [file, quiz] of quizzes) {
		for (const q of quiz.questions) {
			const where = `${file} › ${q.id}`;
			if (quiz.track === 'fase-a' && (q.adegan?.length ?? 0) < 2)
				problems.push(`${where}: no scene of two or more pictures (adegan)`);
			for (const { gambar, alt } of q.adegan ?? []) {
				const key = `${quiz.track} ${gambar}`;
				const seen = words.get(key);
				if (!seen) words.set(key, { alt, where });
				else if (seen.alt !== alt)
					problems.push(
						`${where}: "${gambar}" is "${alt}", but "${seen.alt}" in ${seen.where} (one picture, one meaning)`
					);
			}
		}
	}
	return problems;
}

const quizzes = readContentFiles('quizzes', '.yaml').map(
	([file, text]) => [file, QuizSchema.parse(load(text)) as Quiz] as const
);

describe('fase-a quiz scenes', () => {
	it('has fase-a quizzes to check', () => {
		expect(quizzes.filter(([, q]) => q.track === 'fase-a').length).toBeGreaterThan(0);
	});

	it('shows every fase-a question as a scene, each picture with one meaning in its track', () => {
		expect(sceneProblems(quizzes)).toEqual([]);
	});

	it('finds a fase-a question with one face, and a picture with two meanings', () => {
		const [file, real] = quizzes.find(([, q]) => q.track === 'fase-a')!;
		const [first, second, ...rest] = real.questions;
		const oneFace = { ...first!, adegan: undefined };
		const otherWords = {
			...second!,
			adegan: [
				{ gambar: 'girl-medium', alt: 'Nisa' },
				{ gambar: 'boy-medium', alt: 'Anak laki-laki' },
			],
		};
		const twin = {
			...rest[0]!,
			adegan: [
				{ gambar: 'girl-medium', alt: 'Anak perempuan' },
				{ gambar: 'boy-medium', alt: 'Anak laki-laki' },
			],
		};
		const broken = { ...real, questions: [oneFace, twin, otherWords] } as Quiz;
		const problems = sceneProblems([[file, broken]]);
		expect(problems).toHaveLength(2);
		expect(problems[0]).toContain('no scene');
		expect(problems[1]).toContain('one picture, one meaning');
	});
});
