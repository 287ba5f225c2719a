import { shuffledSteps } from '../quiz/shuffled-steps';
import type { OrderQuestion } from '../quiz/types';

/** A step as printed: where it stands on the sheet, and the number a child should write beside it. */
export type PaperStep = OrderQuestion['steps'][number] & {
	/** 1-based position in the right order: the number that belongs in the step's box. */
	position: number;
};

/**
 * The steps of an `urutkan` question as the sheet prints them: in the order the class screen shows
 * them (shuffled by the quiz's fixed seed, the same every build, never the right order), each
 * carrying its right position for the answer key.
 */
export function paperSteps(question: OrderQuestion, seed: string): PaperStep[] {
	const positions = new Map(question.steps.map((step, index) => [step.id, index + 1]));
	return shuffledSteps(question, seed).map((step) => ({
		...step,
		position: positions.get(step.id) ?? 0,
	}));
}
