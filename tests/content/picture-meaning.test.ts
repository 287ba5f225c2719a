import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { pictureConflicts, pictureUses } from '../../src/lib/quiz/picture-meaning';
import type { Quiz } from '../../src/schemas/quiz';
import { readContentFiles } from '../helpers/content-files';
import { UNDECIDED_PICTURES, silentPictureProblems } from '../helpers/picture-roles';

/** One picture, one meaning: within a track, a picture on a safe answer is never on an unsafe one. */
const quizzes = readContentFiles('quizzes', '.yaml').map(([file, text]) => ({
	slug: file.replace(/^.*\/|\.yaml$/g, ''),
	quiz: load(text) as Quiz,
}));
const CHILD_TRACKS = ['fase-a', 'fase-b'] as const;

describe('one picture, one meaning', () => {
	it('the fixture with a hug on both a safe and an unsafe card, and a raised hand on both, fails', () => {
		const fixture = load(
			readFileSync(
				join(
					import.meta.dirname,
					'..',
					'fixtures',
					'picture-meaning',
					'invalid-one-picture-two-meanings.yaml'
				),
				'utf8'
			)
		) as Quiz;
		const conflicts = pictureConflicts(pictureUses('uji', fixture.questions));
		expect(conflicts).toHaveLength(2);
		expect(conflicts.join('\n')).toContain('"people-hugging"');
		expect(conflicts.join('\n')).toContain('"raised-hand-medium"');
	});

	it('the fixture with a group icon used as an answer, a thinking face on a card, and a "no" picture on a respectful and an unsafe card fails on each', () => {
		const fixture = load(
			readFileSync(
				join(
					import.meta.dirname,
					'..',
					'fixtures',
					'picture-meaning',
					'invalid-category-and-question-pictures.yaml'
				),
				'utf8'
			)
		) as Quiz;
		const conflicts = pictureConflicts(pictureUses('uji', fixture.questions));
		expect(conflicts).toHaveLength(3);
		expect(conflicts.join('\n')).toContain('"waving-hand-medium": aman di');
		expect(conflicts.join('\n')).toContain('"thinking-face": gambar pertanyaan');
		expect(conflicts.join('\n')).toContain('"person-gesturing-no-medium": aman di');
		// A card of a fact sort shows the thing itself and is not a second meaning.
		expect(conflicts.join('\n')).not.toContain('raised-hand-medium');
	});

	it.each(CHILD_TRACKS)('%s: no picture stands for both a safe and an unsafe answer', (track) => {
		const uses = quizzes
			.filter(({ quiz }) => quiz.track === track)
			.flatMap(({ slug, quiz }) => pictureUses(slug, quiz.questions));
		expect(uses.length).toBeGreaterThan(20);
		expect(pictureConflicts(uses)).toEqual([]);
	});
});

describe('a picture that says "keep quiet" or "wait" never labels a safe group or answer', () => {
	it('the fixture with a shushing face on the must-tell group, silent pictures on accepted answers and a shrug on a wrong answer fails on each', () => {
		const fixture = load(
			readFileSync(
				join(
					import.meta.dirname,
					'..',
					'fixtures',
					'picture-meaning',
					'invalid-silent-picture-on-safe-answer.yaml'
				),
				'utf8'
			)
		) as Quiz;
		const problems = silentPictureProblems('uji', fixture.questions).join('\n');
		expect(problems).toContain('"shushing-face" (diam atau menunggu) dipakai sebagai ikon-kelompok');
		expect(problems).toContain('"zipper-mouth-face" (diam atau menunggu) dipakai sebagai belum-tahu');
		expect(problems).toContain('"hourglass-done" dipakai untuk jawaban "belum tahu"');
		expect(problems).toContain('"person-shrugging-medium" (belum tahu) dipakai sebagai tidak-aman');
		// A card showing the unsafe situation itself may show the shushing face.
		expect(problems).not.toContain('sentuhan');
	});

	it.each(CHILD_TRACKS)('%s: silent and undecided pictures keep their one meaning', (track) => {
		const problems = quizzes
			.filter(({ quiz }) => quiz.track === track)
			.flatMap(({ slug, quiz }) => silentPictureProblems(slug, quiz.questions));
		expect(problems).toEqual([]);
	});

	it.each(CHILD_TRACKS)('%s: every accepted "belum tahu" answer exists and has its own picture', (track) => {
		const accepted = quizzes
			.filter(({ quiz }) => quiz.track === track)
			.flatMap(({ quiz }) => quiz.questions)
			.flatMap((q) => (q.type === 'pilihan' ? q.choices.filter((c) => c.accepted) : []));
		expect(accepted.length).toBeGreaterThan(2);
		for (const c of accepted) expect(UNDECIDED_PICTURES, c.id).toContain(c.picture);
	});
});
