import type { Question } from './types';

/**
 * What a picture stands for where it is used as an answer: a safe or an unsafe one, or (on the
 * icon of a group that sorts facts, e.g. "Bukan bagian pribadi") a category.
 */
export type PictureMeaning = 'aman' | 'tidak-aman' | 'kategori';

/** One use of a picture on an answer, a card or a group, with where it is. */
export interface PictureUse {
	picture: string;
	meaning: PictureMeaning;
	/** E.g. `tubuhku-milikku › boleh-atau-tidak-boleh › tos-dengan-teman`. */
	where: string;
}

/**
 * Sorting groups whose cards are safe or unsafe situations. Other groups (e.g. "Bagian pribadi" /
 * "Bukan bagian pribadi") sort facts, not safety: their cards show the thing itself (a hand, an
 * ear) and get no meaning here, while their group icon stands for the category.
 */
export const SAFE_GROUPS: readonly string[] = ['aman', 'boleh', 'kejutan', 'menghormati'];
export const UNSAFE_GROUPS: readonly string[] = [
	'tidak-aman',
	'tidak-boleh',
	'harus-diceritakan',
	'tanya-dulu',
	'tidak-menghormati',
];

/**
 * Pictures that ask a question ("think about it"): they illustrate a prompt or a slide and are
 * never an answer, a card or a group, so a thinking face never also means "Nisa ragu".
 */
export const PROMPT_ONLY_PICTURES: readonly string[] = ['thinking-face'];

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
				for (const g of q.groups) add(g.picture, groupMeaning(g.id) ?? 'kategori', q.id, g.id);
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

const MEANING_LABELS: Record<PictureMeaning, string> = {
	aman: 'aman',
	'tidak-aman': 'tidak aman',
	kategori: 'ikon kelompok',
};

/**
 * Pictures with more than one meaning (safe somewhere, unsafe or a category icon elsewhere), with
 * the places of each, and question pictures used as an answer.
 */
export function pictureConflicts(uses: readonly PictureUse[]): string[] {
	const byPicture = new Map<string, PictureUse[]>();
	for (const use of uses) byPicture.set(use.picture, [...(byPicture.get(use.picture) ?? []), use]);
	const twoMeanings = [...byPicture.entries()]
		.filter(([, list]) => new Set(list.map((u) => u.meaning)).size > 1)
		.map(([picture, list]) => {
			const places = (Object.keys(MEANING_LABELS) as PictureMeaning[])
				.map((m) => [m, list.filter((u) => u.meaning === m).map((u) => u.where)] as const)
				.filter(([, where]) => where.length > 0)
				.map(([m, where]) => `${MEANING_LABELS[m]} di ${where.join(', ')}`);
			return `"${picture}": ${places.join('; ')}`;
		});
	const promptOnly = [...byPicture.entries()]
		.filter(([picture]) => PROMPT_ONLY_PICTURES.includes(picture))
		.map(
			([picture, list]) =>
				`"${picture}": gambar pertanyaan, bukan jawaban; dipakai di ${list.map((u) => u.where).join(', ')}`
		);
	return [...twoMeanings, ...promptOnly].sort();
}
