import { FEELING_PICTURES } from '../pictures/feelings';
import type { Question } from './types';

/** The open hand a `lima-jari` question shows. */
export const HAND_PICTURE = 'hand-with-fingers-splayed-medium';

/** The celebration on every quiz's end screen. */
export const END_PICTURE = 'party-popper';

/** Every picture a quiz's questions name (feelings' faces and the open hand aside). */
export function picturesUsed(questions: readonly Question[]): string[] {
	const names = new Set<string>();
	const add = (item: { picture?: string }) => item.picture && names.add(item.picture);
	for (const q of questions) {
		add(q);
		switch (q.type) {
			case 'pilihan':
			case 'pilihan-ganda':
				q.choices.forEach(add);
				break;
			case 'kelompokkan':
				q.groups.forEach(add);
				q.cards.forEach(add);
				break;
			case 'urutkan':
				q.steps.forEach(add);
				break;
			case 'skenario':
				for (const scene of q.scenes) {
					add(scene);
					scene.choices?.forEach(add);
				}
				break;
			case 'perasaan':
			case 'lima-jari':
				break;
		}
	}
	return [...names].sort();
}

/**
 * Every picture a quiz shows: what its questions name, the faces of its feelings, the open hand,
 * and the celebration at its end.
 */
export function quizPictures(questions: readonly Question[]): string[] {
	const names = new Set([...picturesUsed(questions), END_PICTURE]);
	for (const q of questions) {
		if (q.type === 'perasaan') q.feelings.forEach((f) => names.add(FEELING_PICTURES[f.feeling]));
		if (q.type === 'lima-jari') names.add(HAND_PICTURE);
	}
	return [...names].sort();
}
