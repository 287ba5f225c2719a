import type { Question, Quiz } from '../../schemas/quiz';

/**
 * Question types a quiz for teens (fase-d) may use: scenarios, branching stories, sorting and
 * ordering. The feelings faces and the five-finger hand are made for younger children.
 */
export const TEEN_QUESTION_TYPES: readonly Question['type'][] = [
	'pilihan',
	'pilihan-ganda',
	'kelompokkan',
	'urutkan',
	'skenario',
];

/** Answer-like items of a question that carry a picture: teens read, and icons on answers feel babyish. */
function answerPictures(q: Question): string[] {
	const on = (list: readonly { id: string; picture?: string }[], what: string) =>
		list.filter((i) => i.picture).map((i) => `${q.id}: ${what} "${i.id}"`);
	switch (q.type) {
		case 'pilihan':
		case 'pilihan-ganda':
			return on(q.choices, 'pilihan');
		case 'kelompokkan':
			return [...on(q.cards, 'kartu'), ...on(q.groups, 'kelompok')];
		case 'urutkan':
			return on(q.steps, 'langkah');
		case 'skenario':
			return q.scenes.flatMap((s) => on(s.choices ?? [], `pilihan di adegan ${s.id}:`));
		default:
			return [];
	}
}

/**
 * What makes a quiz wrong for teens: a question type made for young children, no branching story,
 * or pictures on answers. Pictures on a prompt or a scene stay allowed.
 */
export function teenQuizProblems(quiz: Pick<Quiz, 'questions'>): string[] {
	const problems: string[] = [];
	for (const q of quiz.questions) {
		if (!TEEN_QUESTION_TYPES.includes(q.type)) {
			problems.push(`${q.id}: jenis soal "${q.type}" dibuat untuk anak yang lebih kecil.`);
		}
	}
	if (!quiz.questions.some((q) => q.type === 'skenario')) {
		problems.push('Kuis remaja perlu minimal satu cerita bercabang (skenario).');
	}
	for (const where of quiz.questions.flatMap(answerPictures)) {
		problems.push(`${where} memakai gambar; jawaban untuk remaja cukup berupa teks.`);
	}
	return problems;
}
