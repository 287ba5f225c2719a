import type { Question } from './types';

/** What a picture stands for where it is used as an answer: a safe or an unsafe one. */
export type PictureMeaning = 'aman' | 'tidak-aman';

/** One use of a picture on an answer, a card or a group, with where it is. */
export interface PictureUse {
	picture: string;
	meaning: PictureMeaning;
	/** E.g. `tubuhku-milikku › boleh-atau-tidak-boleh › tos-dengan-teman`. */
	where: string;
}

/**
 * Sorting groups whose cards are safe or unsafe situations. Other groups (e.g. "Bagian pribadi" /
 * "Bukan bagian pribadi") sort facts, not safety, and give their pictures no meaning here.
 */
export const SAFE_GROUPS: readonly string[] = ['aman', 'boleh', 'kejutan'];
export const UNSAFE_GROUPS: readonly string[] = [
	'tidak-aman',
	'tidak-boleh',
	'harus-diceritakan',
	'tanya-dulu',
];

function groupMeaning(id: string): PictureMeaning | undefined {
	if (SAFE_GROUPS.includes(id)) return 'aman';
	if (UNSAFE_GROUPS.includes(id)) return 'tidak-aman';
	return undefined;
}

/**
 * Every picture that stands for a safe or an unsafe answer in these questions: a right choice,
 * a step or a choice that carries a story on is safe; any other choice is unsafe (reversed where a
 * question's right answers name unsafe things); a card or group
 * takes the meaning of its group. Prompt and scene pictures only illustrate, and are left out.
 */
export function pictureUses(quiz: string, questions: readonly Question[]): PictureUse[] {
	const uses: PictureUse[] = [];
	const add = (
		picture: string | undefined,
		meaning: PictureMeaning | undefined,
		...path: string[]
	) => {
		if (picture && meaning) uses.push({ picture, meaning, where: [quiz, ...path].join(' › ') });
	};
	for (const q of questions) {
		switch (q.type) {
			case 'pilihan':
			case 'pilihan-ganda':
				for (const c of q.choices) {
					const safe = (c.correct ?? false) !== (q.correctIsUnsafe ?? false);
					add(c.picture, safe ? 'aman' : 'tidak-aman', q.id, c.id);
				}
				break;
			case 'kelompokkan':
				for (const g of q.groups) add(g.picture, groupMeaning(g.id), q.id, g.id);
				for (const c of q.cards) add(c.picture, groupMeaning(c.group), q.id, c.id);
				break;
			case 'urutkan':
				for (const s of q.steps) add(s.picture, 'aman', q.id, s.id);
				break;
			case 'skenario':
				for (const scene of q.scenes) {
					for (const c of scene.choices ?? []) {
						add(c.picture, c.next ? 'aman' : 'tidak-aman', q.id, scene.id, c.id);
					}
				}
				break;
			case 'perasaan':
			case 'lima-jari':
				break;
		}
	}
	return uses;
}

/** Pictures used for a safe answer somewhere and for an unsafe one elsewhere, with both places. */
export function pictureConflicts(uses: readonly PictureUse[]): string[] {
	const byPicture = new Map<string, PictureUse[]>();
	for (const use of uses) byPicture.set(use.picture, [...(byPicture.get(use.picture) ?? []), use]);
	return [...byPicture.entries()]
		.filter(([, list]) => new Set(list.map((u) => u.meaning)).size > 1)
		.map(([picture, list]) => {
			const safe = list.filter((u) => u.meaning === 'aman').map((u) => u.where);
			const unsafe = list.filter((u) => u.meaning === 'tidak-aman').map((u) => u.where);
			return `"${picture}": aman di ${safe.join(', ')}; tidak aman di ${unsafe.join(', ')}`;
		})
		.sort();
}
