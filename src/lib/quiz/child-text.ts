import type { Question } from './types';

/** Every text a child reads or hears in a question: prompt, answers, groups, scenes and feedback. */
export function questionTexts(q: Question): string[] {
	const items = (list: readonly { text: string; feedback: string }[]) =>
		list.flatMap((i) => [i.text, i.feedback]);
	switch (q.type) {
		case 'pilihan':
		case 'pilihan-ganda':
			return [q.prompt, ...items(q.choices)];
		case 'kelompokkan':
			return [q.prompt, ...q.groups.map((g) => g.label), ...items(q.cards)];
		case 'urutkan':
			return [q.prompt, ...items(q.steps)];
		case 'skenario':
			return [q.prompt, ...q.scenes.flatMap((s) => [s.text, ...items(s.choices ?? [])])];
		case 'perasaan':
			return [q.prompt, ...q.feelings.map((f) => f.feedback)];
		case 'lima-jari':
			return [q.prompt, q.hint, q.feedback];
	}
}

/** Every picture slot of a question that is still empty, as "where" labels (for non-readers). */
export function missingPictures(q: Question): string[] {
	const missing: string[] = [];
	const need = (where: string, item: { picture?: string }) => !item.picture && missing.push(where);
	need('soal', q);
	switch (q.type) {
		case 'pilihan':
		case 'pilihan-ganda':
			q.choices.forEach((c) => need(`pilihan "${c.id}"`, c));
			break;
		case 'kelompokkan':
			q.cards.forEach((c) => need(`kartu "${c.id}"`, c));
			break;
		case 'urutkan':
			q.steps.forEach((s) => need(`langkah "${s.id}"`, s));
			break;
		case 'skenario':
			q.scenes.forEach((s) => {
				need(`adegan "${s.id}"`, s);
				s.choices?.forEach((c) => need(`pilihan "${c.id}" di adegan "${s.id}"`, c));
			});
			break;
		case 'perasaan':
		case 'lima-jari':
			break;
	}
	return missing;
}
