import { stableShuffle } from './shuffle';
import { safePath } from './safe-path';
import type { Question, ScenarioQuestion } from './types';

/*
 * The order in which answers are shown. Authors may write the safe answer first; a child must never
 * win by tapping the top one. So every list a child chooses from is shown shuffled:
 * - on a device, by the attempt's seed (`newAttemptSeed`), so each try differs, and a restored
 *   attempt (the seed is saved with it) looks the same as before;
 * - on the class screen and on paper, by `fixedSeed(quiz id)`, so the sheet, its answer key and the
 *   slides agree on every build.
 * A list of three or more is never shown in its authored order (see `stableShuffle`). Two answers
 * are shown either way round, half the time each: always swapping them would put a safe answer
 * written first always second, a pattern a child learns as fast as "always first".
 */

/** The seed of the class screen and the paper sheet of a quiz: the same on every build. */
export const fixedSeed = (quizId: string) => `tetap:${quizId}`;

/** A fresh seed for one attempt on a device; `random` is injectable for tests. */
export function newAttemptSeed(random: () => number = Math.random): string {
	return Math.floor(random() * 0x100000000).toString(36);
}

/** The seed of one part of one question (its choices, its cards, the hand's prompts). */
export const partSeed = (seed: string, questionId: string, part: string) =>
	`${seed}|${questionId}|${part}`;

/**
 * The question with its choices, cards and story choices in the order shown for `seed`. Everything
 * else (the steps of an ordering, whose written order is the answer; the scenes, whose first is the
 * start; the groups; the feelings) keeps its place. Logic still runs on the authored question: ids
 * are the same, only the arrays' order differs.
 */
export function arrangeQuestion<Q extends Question>(question: Q, seed: string): Q {
	const mix = <T>(items: readonly T[], part: string) =>
		stableShuffle(items, partSeed(seed, question.id, part), items.length === 2);
	const q: Question = question;
	switch (q.type) {
		case 'pilihan':
		case 'pilihan-ganda':
			return { ...q, choices: mix(q.choices, 'choices') } as Q;
		case 'kelompokkan':
			return { ...q, cards: mix(q.cards, 'cards') } as Q;
		case 'skenario':
			return {
				...q,
				scenes: q.scenes.map((scene) =>
					scene.choices ? { ...scene, choices: mix(scene.choices, `scene:${scene.id}`) } : scene
				),
			} as Q;
		default:
			return question;
	}
}

/**
 * The story along the safe path the author wrote (the first safe choice of each scene), with each
 * scene's choices in the order shown for `seed`: the class screen, paper and key tell the same story
 * whatever the order.
 */
export function shownSafePath(
	question: ScenarioQuestion,
	seed: string
): ScenarioQuestion['scenes'] {
	const shown = new Map(arrangeQuestion(question, seed).scenes.map((s) => [s.id, s]));
	return safePath(question.scenes).map((scene) => shown.get(scene.id) ?? scene);
}
