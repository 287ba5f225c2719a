import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { arrangeQuestion, fixedSeed, newAttemptSeed } from '../../../../src/lib/quiz/arrange';
import { QuizSchema, type Question, type Quiz } from '../../../../src/schemas/quiz';
import { readContentFiles } from '../../../helpers/content-files';
import {
	makeChoiceQuestion,
	makeMultiChoiceQuestion,
	makeOrderQuestion,
	makeScenarioQuestion,
	makeSortQuestion,
} from '../../../helpers/quiz-builders';

const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);

describe('arrangeQuestion', () => {
	const choice = makeChoiceQuestion('q', ['a', 'b', 'c', 'd'], 'a');

	it('is stable within an attempt: the same seed gives the same order, every render', () => {
		const first = arrangeQuestion(choice, 'k3x9');
		expect(ids(arrangeQuestion(choice, 'k3x9').choices)).toEqual(ids(first.choices));
		expect(ids(choice.choices)).toEqual(['a', 'b', 'c', 'd']);
	});

	it('is deterministic for the class screen and paper: the fixed seed of a quiz', () => {
		expect(fixedSeed('tubuhku-milikku')).toBe(fixedSeed('tubuhku-milikku'));
		expect(fixedSeed('a')).not.toBe(fixedSeed('b'));
		const sheet = arrangeQuestion(choice, fixedSeed('tubuhku-milikku'));
		expect(ids(sheet.choices)).toMatchInlineSnapshot(`
			[
			  "a",
			  "c",
			  "b",
			  "d",
			]
		`);
	});

	it('shows two answers either way round, about half the time each', () => {
		let authored = 0;
		for (let i = 0; i < 200; i++) {
			const two = makeChoiceQuestion(`q${i}`, ['a', 'b'], 'a');
			const shown = ids(arrangeQuestion(two, `seed-${i}`).choices);
			expect([...shown].sort()).toEqual(['a', 'b']);
			if (shown[0] === 'a') authored += 1;
		}
		expect(authored).toBeGreaterThan(70);
		expect(authored).toBeLessThan(130);
	});

	it('never shows the authored order of three or more answers, cards or steps', () => {
		for (let i = 0; i < 200; i++) {
			const seed = `seed-${i}`;
			const multi = makeMultiChoiceQuestion(`m${i}`, ['a', 'b', 'c'], ['a']);
			expect(ids(arrangeQuestion(multi, seed).choices)).not.toEqual(['a', 'b', 'c']);
			const sort = makeSortQuestion(`s${i}`, { x: 'boleh', y: 'boleh', z: 'tidak-boleh' });
			expect(ids(arrangeQuestion(sort, seed).cards)).not.toEqual(['x', 'y', 'z']);
		}
	});

	it('mixes a story scene choices but keeps the scenes, so the story starts where it starts', () => {
		const story = makeScenarioQuestion('sk', {
			mulai: { tolak: 'aman', ikut: null, diam: null },
			aman: {},
		});
		const shown = arrangeQuestion(story, 'x');
		expect(ids(shown.scenes)).toEqual(['mulai', 'aman']);
		expect(ids(shown.scenes[0]!.choices!)).not.toEqual(['tolak', 'ikut', 'diam']);
		expect(ids(shown.scenes[0]!.choices!).sort()).toEqual(['diam', 'ikut', 'tolak']);
	});

	it('keeps an ordering steps in their right order (the logic checks against it)', () => {
		const order = makeOrderQuestion('u', ['p', 'q', 'r']);
		expect(arrangeQuestion(order, 'x')).toBe(order);
	});

	it('gives each attempt its own seed', () => {
		expect(newAttemptSeed(() => 0.5)).toBe(newAttemptSeed(() => 0.5));
		expect(newAttemptSeed(() => 0.1)).not.toBe(newAttemptSeed(() => 0.2));
		const seeds = new Set(Array.from({ length: 50 }, () => newAttemptSeed()));
		expect(seeds.size).toBeGreaterThan(45);
	});
});

/* "Tap the top one" must never win: across every quiz on the site, in the fixed order of the class
   screen and paper and in sampled device attempts. */
const quizzes: [string, Quiz][] = readContentFiles('quizzes', '.yaml').map(([file, text]) => [
	file.replace(/^.*\//, '').replace(/\.yaml$/, ''),
	QuizSchema.parse(load(text)),
]);

/** Where the right answer of every single-choice question stands, counted by position. */
function rightPositions(seedOf: (quizId: string) => string): number[] {
	const counts: number[] = [];
	for (const [id, quiz] of quizzes) {
		for (const q of quiz.questions as Question[]) {
			if (q.type !== 'pilihan') continue;
			const at = arrangeQuestion(q, seedOf(id)).choices.findIndex((c) => c.correct);
			counts[at] = (counts[at] ?? 0) + 1;
		}
	}
	return Array.from(counts, (n) => n ?? 0);
}

function expectNoPattern(counts: number[], label: string) {
	const total = counts.reduce((a, b) => a + b, 0);
	expect(total, label).toBeGreaterThan(0);
	expect(counts[0]! / total, `${label}: right answer first`).toBeLessThanOrEqual(0.4);
	for (const [position, n] of counts.entries()) {
		expect(n / total, `${label}: position ${position + 1}`).toBeLessThanOrEqual(0.5);
	}
}

describe('answer positions over every quiz', () => {
	it('has quizzes with single-choice questions to count', () => {
		expect(quizzes.length).toBeGreaterThan(5);
	});

	it('class screen and paper: the right answer is first at most 40%, no position over half', () => {
		expectNoPattern(rightPositions(fixedSeed), 'kelas/kertas');
	});

	it('devices: the same over a sample of attempts (one seed an attempt)', () => {
		const counts: number[] = [];
		for (let i = 0; i < 40; i++) {
			const seed = newAttemptSeed(() => (i * 0.6180339887) % 1);
			rightPositions(() => seed).forEach((n, at) => (counts[at] = (counts[at] ?? 0) + n));
		}
		expectNoPattern(
			Array.from(counts, (n) => n ?? 0),
			'perangkat'
		);
	});

	it('would catch the authored order (the right answer written first)', () => {
		const authored: number[] = [];
		for (const [, quiz] of quizzes) {
			for (const q of quiz.questions) {
				if (q.type !== 'pilihan') continue;
				const at = q.choices.findIndex((c) => c.correct);
				authored[at] = (authored[at] ?? 0) + 1;
			}
		}
		expect(() =>
			expectNoPattern(
				Array.from(authored, (n) => n ?? 0),
				'authored'
			)
		).toThrow();
	});
});
