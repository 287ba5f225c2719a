import { stableShuffle } from '../quiz/shuffle';

/**
 * The items in an order fixed by `seed`, the same as on the phone and the class screen, so a printed
 * sheet and its answer key agree, build after build, and never print the answer as the question.
 */
export const seededShuffle: <T>(items: readonly T[], seed: string) => T[] = stableShuffle;
