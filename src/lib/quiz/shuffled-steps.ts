import { partSeed } from './arrange';
import { stableShuffle } from './shuffle';
import type { OrderQuestion } from './types';

/**
 * The steps of an ordering as offered to the child: never in their right order. Its own module, so
 * only the ordering's chunk carries it (see `arrange.ts` for the seeds).
 */
export function shuffledSteps(question: OrderQuestion, seed: string): OrderQuestion['steps'] {
	return stableShuffle(question.steps, partSeed(seed, question.id, 'steps'));
}
