import type { QuizInput, SingleChoiceQuestion, SortQuestion } from '../../src/lib/quiz/types';

/** A single-choice question whose choice `right` is the safe answer. */
export function makeChoiceQuestion(id: string, ids: string[], right: string): SingleChoiceQuestion {
	return {
		id,
		type: 'pilihan',
		concepts: ['tubuhku'],
		prompt: `Soal ${id}?`,
		choices: ids.map((c) => ({
			id: c,
			text: `Pilihan ${c}`,
			correct: c === right,
			feedback: `Alasan ${c}.`,
		})),
	};
}

/** A sorting question with cards given as `{ cardId: groupId }`. */
export function makeSortQuestion(id: string, cards: Record<string, string>): SortQuestion {
	return {
		id,
		type: 'kelompokkan',
		concepts: ['sentuhan'],
		prompt: `Kelompokkan ${id}`,
		groups: [
			{ id: 'boleh', label: 'Boleh' },
			{ id: 'tidak-boleh', label: 'Tidak boleh' },
		],
		cards: Object.entries(cards).map(([card, group]) => ({
			id: card,
			text: `Kartu ${card}`,
			group,
			feedback: `Karena ${card}.`,
		})),
	};
}

export function makeQuiz(...questions: (SingleChoiceQuestion | SortQuestion)[]): QuizInput {
	return { title: 'Kuis uji', questions };
}
