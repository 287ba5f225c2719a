import { safeChoices, safePath } from './safe-path';
import { arrangeQuestion } from './arrange';
import { shuffledSteps } from './shuffled-steps';
import type { Question } from './types';

/** One line of an answer key: the answer in bold, then its reason. */
export interface KeyLine {
	answer: string;
	reason: string;
}

/** A question laid out for reading or paper: what is offered, and the answers with reasons. */
export interface ReadableQuestion {
	/** Scenes of a story along the safe path (skenario only). */
	story: string[];
	/** What the reader chooses from or sorts, in the order shown. */
	items: string[];
	key: KeyLine[];
}

/**
 * A question as text with its answer key, for the readable quiz (no JavaScript) and for paper.
 * `feeling` names a feeling id; `fingers` are the finger labels; `alsoGroup` words a card's second
 * right group. What is offered comes in the order of `seed` (the quiz's fixed seed on a page).
 */
export function readableQuestion(
	authored: Question,
	words: {
		feeling: (id: string) => string;
		fingers: readonly string[];
		alsoGroup: (label: string) => string;
	},
	seed: string
): ReadableQuestion {
	const q = arrangeQuestion(authored, seed);
	switch (q.type) {
		case 'pilihan':
		case 'pilihan-ganda':
			return {
				story: [],
				items: q.choices.map((c) => c.text),
				key: q.choices
					.filter((c) => c.correct)
					.map((c) => ({ answer: c.text, reason: c.feedback })),
			};
		case 'kelompokkan':
			return {
				story: [],
				items: q.cards.map((c) => c.text),
				key: q.cards.map((c) => {
					const label = (id: string | undefined) => q.groups.find((g) => g.id === id)?.label ?? '';
					const also = c.alsoGroup ? ` (${words.alsoGroup(label(c.alsoGroup))})` : '';
					return { answer: `${c.text}: ${label(c.group)}${also}`, reason: c.feedback };
				}),
			};
		case 'urutkan':
			return {
				story: [],
				items: shuffledSteps(q, seed).map((s) => s.text),
				key: q.steps.map((s, i) => ({ answer: `${i + 1}. ${s.text}`, reason: s.feedback })),
			};
		case 'skenario': {
			const path = safePath(authored.type === 'skenario' ? authored.scenes : q.scenes);
			return {
				story: path.map((scene) => scene.text),
				items: [],
				key: path.flatMap((scene) =>
					safeChoices(scene)
						.slice(0, 1)
						.map((safe) => ({ answer: safe.text, reason: safe.feedback }))
				),
			};
		}
		case 'perasaan':
			return {
				story: [],
				items: q.feelings.map((f) => words.feeling(f.feeling)),
				key: q.feelings.map((f) => ({ answer: words.feeling(f.feeling), reason: f.feedback })),
			};
		case 'lima-jari':
			return {
				story: [],
				items: [...words.fingers],
				key: [{ answer: q.hint, reason: q.feedback }],
			};
	}
}
