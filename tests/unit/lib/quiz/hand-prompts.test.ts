import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { quizViewUi } from '../../../../src/i18n/id/quiz-views';
import { fixedSeed } from '../../../../src/lib/quiz/arrange';
import { handPromptOrder } from '../../../../src/lib/quiz/hand-prompts';
import { HAND_TIPS } from '../../../../src/lib/quiz/hand-shape';
import { QuizSchema, type Quiz } from '../../../../src/schemas/quiz';
import { readContentFiles } from '../../../helpers/content-files';
import { makeFiveFingersQuestion } from '../../../helpers/quiz-builders';

const PROMPTS = quizViewUi['quiz.handPrompts'];
const hand = makeFiveFingersQuestion('tangan');
const identity = PROMPTS.map((_, i) => i);

describe('the hand prompts, one idea per finger', () => {
	it('has one prompt and one button place for each finger', () => {
		expect(PROMPTS).toHaveLength(quizViewUi['quiz.handFingers'].length);
		expect(HAND_TIPS).toHaveLength(quizViewUi['quiz.handFingers'].length);
	});

	it('is a full order of the prompts, stable within an attempt', () => {
		const order = handPromptOrder(hand, PROMPTS.length, 'k3x9');
		expect([...order].sort()).toEqual(identity);
		expect(handPromptOrder(hand, PROMPTS.length, 'k3x9')).toEqual(order);
	});

	it('differs between attempts and is never the written order', () => {
		const seen = new Set<string>();
		for (let i = 0; i < 100; i++) {
			const order = handPromptOrder(hand, PROMPTS.length, `attempt-${i}`);
			expect(order).not.toEqual(identity);
			seen.add(order.join());
		}
		expect(seen.size).toBeGreaterThan(20);
		// The thumb does not always get the same idea.
		const thumbs = new Set(
			Array.from({ length: 50 }, (_, i) => handPromptOrder(hand, PROMPTS.length, `t${i}`)[0])
		);
		expect(thumbs.size).toBeGreaterThan(2);
	});

	const hands = readContentFiles('quizzes', '.yaml')
		.map(([file, text]) => [file, QuizSchema.parse(load(text)) as Quiz] as const)
		.flatMap(([file, quiz]) =>
			quiz.questions.filter((q) => q.type === 'lima-jari').map((q) => [file, q] as const)
		);

	it('has hands in the quizzes to check', () => {
		expect(hands.length).toBeGreaterThan(0);
	});

	it.each(hands)(
		'%s: class screen and paper share one fixed order, not the written one',
		(file, q) => {
			if (q.type !== 'lima-jari') throw new Error('not a hand');
			const seed = fixedSeed(file.replace(/^.*\//, '').replace(/\.yaml$/, ''));
			const sheet = handPromptOrder(q, PROMPTS.length, seed);
			expect(handPromptOrder(q, PROMPTS.length, seed)).toEqual(sheet);
			expect(sheet).not.toEqual(identity);
		}
	);
});
