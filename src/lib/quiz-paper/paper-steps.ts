import { stableShuffle } from '../quiz/shuffle';

/** A step as printed: where it stands on the sheet, and the number a child should write beside it. */
export type PaperStep<T> = T & {
	/** 1-based position in the right order: the number that belongs in the step's box. */
	position: number;
};

/**
 * The steps of an `urutkan` question as the sheet prints them: in the order the phone and the class
 * screen show them (shuffled by the question id, the same every build), each carrying its right
 * position for the answer key.
 */
export function paperSteps<T extends { id: string }>(
	steps: readonly T[],
	questionId: string
): PaperStep<T>[] {
	const positioned = steps.map((step, index) => ({ ...step, position: index + 1 }));
	return stableShuffle(positioned, questionId);
}
