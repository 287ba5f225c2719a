import { stableShuffle } from '../quiz/shuffle';

/**
 * The order in which a class sees the steps of an `urutkan` question before the answer: the same
 * shuffle the quiz on a phone and the paper sheet use (seeded by the question id), never the right
 * order itself, which would give the answer away.
 */
export const displayOrder: <T>(items: readonly T[], seed: string) => T[] = stableShuffle;
