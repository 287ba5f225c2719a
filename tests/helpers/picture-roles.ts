import { UNSAFE_GROUPS } from '../../src/lib/quiz/picture-meaning';
import type { Question } from '../../src/schemas/quiz';

/**
 * Pictures whose image itself says "keep quiet", "keep it locked away" or "just wait": a pre-reader
 * reads the picture, not the words, so they may stand only for an unsafe answer or situation, never
 * for a right or accepted answer, a step, a story-continuing choice or the icon of a group.
 */
export const SILENT_PICTURES: readonly string[] = [
	'zipper-mouth-face',
	'shushing-face',
	'face-with-hand-over-mouth',
	'locked',
	'hourglass-done',
	'hourglass-not-done',
];

/** Pictures of "I don't know yet" and "I want to think first": only on those accepted answers. */
export const UNDECIDED_PICTURES: readonly string[] = ['person-shrugging-medium', 'awan-pikiran'];

type Role = 'aman' | 'tidak-aman' | 'belum-tahu' | 'ikon-kelompok' | 'kartu' | 'gambar-soal';

/** Every picture of these questions with the role it plays (prompt and scene pictures included). */
function pictureRoles(quiz: string, questions: readonly Question[]) {
	const roles: { picture: string; role: Role; where: string }[] = [];
	const add = (picture: string | undefined, role: Role, ...path: string[]) => {
		if (picture) roles.push({ picture, role, where: [quiz, ...path].join(' › ') });
	};
	for (const q of questions) {
		add(q.picture, 'gambar-soal', q.id);
		switch (q.type) {
			case 'pilihan':
			case 'pilihan-ganda':
				for (const c of q.choices) {
					const accepted = 'accepted' in c && c.accepted === true;
					const safe = (c.correct ?? false) !== (q.correctIsUnsafe ?? false);
					add(c.picture, accepted ? 'belum-tahu' : safe ? 'aman' : 'tidak-aman', q.id, c.id);
				}
				break;
			case 'kelompokkan':
				for (const g of q.groups) add(g.picture, 'ikon-kelompok', q.id, g.id);
				for (const c of q.cards) {
					add(c.picture, UNSAFE_GROUPS.includes(c.group) ? 'tidak-aman' : 'kartu', q.id, c.id);
				}
				break;
			case 'urutkan':
				for (const s of q.steps) add(s.picture, 'aman', q.id, s.id);
				break;
			case 'skenario':
				for (const scene of q.scenes) {
					add(scene.picture, 'gambar-soal', q.id, scene.id);
					for (const c of scene.choices ?? []) {
						add(c.picture, c.next ? 'aman' : 'tidak-aman', q.id, scene.id, c.id);
					}
				}
				break;
			default:
				break;
		}
	}
	return roles;
}

/**
 * A silent picture on anything but an unsafe answer, card or prompt; an accepted "I don't know yet"
 * answer without an undecided picture; an undecided picture anywhere else.
 */
export function silentPictureProblems(quiz: string, questions: readonly Question[]): string[] {
	const problems: string[] = [];
	for (const { picture, role, where } of pictureRoles(quiz, questions)) {
		if (SILENT_PICTURES.includes(picture) && !['tidak-aman', 'gambar-soal'].includes(role)) {
			problems.push(`"${picture}" (diam atau menunggu) dipakai sebagai ${role} di ${where}`);
		}
		if (role === 'belum-tahu' && !UNDECIDED_PICTURES.includes(picture)) {
			problems.push(`"${picture}" dipakai untuk jawaban "belum tahu" di ${where}`);
		}
		if (UNDECIDED_PICTURES.includes(picture) && role !== 'belum-tahu') {
			problems.push(`"${picture}" (belum tahu) dipakai sebagai ${role} di ${where}`);
		}
	}
	return problems;
}
