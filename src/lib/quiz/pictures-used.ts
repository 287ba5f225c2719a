import type { Question } from './types';

/** Every picture a quiz's questions name, for the page's sprite. Feelings' faces come from the caller. */
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
