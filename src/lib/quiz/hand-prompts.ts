import { partSeed } from './arrange';
import { stableShuffle } from './shuffle';
import type { FiveFingersQuestion } from './types';

/**
 * The hand's prompts (one idea per finger of whom to think of) in the order shown for `seed`: finger
 * `i` shows `prompts[order[i]]`. Returns the order, so the prompts' texts stay with the views. Its
 * own module, so only the hand's chunk carries it (see `arrange.ts` for the seeds).
 */
export function handPromptOrder(
	question: FiveFingersQuestion,
	count: number,
	seed: string
): number[] {
	return stableShuffle(
		Array.from({ length: count }, (_, i) => i),
		partSeed(seed, question.id, 'hand')
	);
}
