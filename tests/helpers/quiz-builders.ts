import type { Feeling } from '../../src/lib/pictures/feelings';
import type {
	FeelingsQuestion,
	FiveFingersQuestion,
	MultiChoiceQuestion,
	OrderQuestion,
	Question,
	QuizInput,
	ScenarioQuestion,
	SingleChoiceQuestion,
	SortQuestion,
} from '../../src/lib/quiz/types';

/*
 * Builders for quiz questions of every type. Texts follow one pattern per item kind, so tests can
 * name what the child sees without repeating the whole question: choice "a" reads "Pilihan a" and
 * its reason is "Alasan a.", card "tos" reads "Kartu tos" with "Karena tos.", step "x" reads
 * "Langkah x" with "Alasan langkah x.", and so on.
 */

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

/** A several-choice question whose choices in `right` are the safe ones. */
export function makeMultiChoiceQuestion(
	id: string,
	ids: string[],
	right: string[]
): MultiChoiceQuestion {
	return {
		id,
		type: 'pilihan-ganda',
		concepts: ['rahasia'],
		prompt: `Pilih semua yang aman (${id}).`,
		choices: ids.map((c) => ({
			id: c,
			text: `Pilihan ${c}`,
			correct: right.includes(c),
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

/** An ordering question whose steps are given in their right order. */
export function makeOrderQuestion(id: string, steps: string[]): OrderQuestion {
	return {
		id,
		type: 'urutkan',
		concepts: ['tolak-pergi-cerita'],
		prompt: `Urutkan ${id}`,
		steps: steps.map((s) => ({ id: s, text: `Langkah ${s}`, feedback: `Alasan langkah ${s}.` })),
	};
}

/**
 * A branching story. Scenes are given in order (the first is the start) as
 * `{ sceneId: { choiceId: nextSceneId | null } }`; `null` is a choice without `next` (the child
 * stays and chooses again), and a scene with no choices (`{}`) is an ending.
 */
export function makeScenarioQuestion(
	id: string,
	scenes: Record<string, Record<string, string | null>>
): ScenarioQuestion {
	return {
		id,
		type: 'skenario',
		concepts: ['tolak-pergi-cerita'],
		prompt: `Apa yang sebaiknya dilakukan (${id})?`,
		scenes: Object.entries(scenes).map(([scene, choices]) => {
			const list = Object.entries(choices).map(([choice, next]) => ({
				id: choice,
				text: `Pilihan ${choice}`,
				feedback: `Alasan ${choice}.`,
				...(next === null ? {} : { next }),
			}));
			return {
				id: scene,
				text: `Adegan ${scene}.`,
				...(list.length > 0 ? { choices: list } : {}),
			};
		}),
	};
}

/** A feelings question offering `feelings`; each is accepted with "Kata untuk <feeling>.". */
export function makeFeelingsQuestion(id: string, feelings: Feeling[]): FeelingsQuestion {
	return {
		id,
		type: 'perasaan',
		concepts: ['perasaan'],
		prompt: `Bagaimana perasaanmu (${id})?`,
		feelings: feelings.map((feeling) => ({ feeling, feedback: `Kata untuk ${feeling}.` })),
	};
}

/** A five-fingers question (five trusted adults). */
export function makeFiveFingersQuestion(id: string): FiveFingersQuestion {
	return {
		id,
		type: 'lima-jari',
		concepts: ['orang-terpercaya'],
		prompt: `Tulis lima orang dewasa tepercaya (${id}).`,
		hint: 'Sertakan satu orang di luar rumah.',
		feedback: 'Kamu punya orang-orang yang bisa membantu.',
	};
}

/** One question of each of the seven types, ids `q-<type>`, each with a few items. */
export function makeOneOfEachType(): Question[] {
	return [
		makeChoiceQuestion('q-pilihan', ['a', 'b', 'c'], 'b'),
		makeMultiChoiceQuestion('q-pilihan-ganda', ['a', 'b', 'c', 'd'], ['a', 'c']),
		makeSortQuestion('q-kelompokkan', { tos: 'boleh', rahasia: 'tidak-boleh' }),
		makeOrderQuestion('q-urutkan', ['tolak', 'pergi', 'cerita']),
		makeScenarioQuestion('q-skenario', {
			mulai: { ikut: null, tolak: 'pergi' },
			pergi: { diam: null, cerita: 'aman' },
			aman: {},
		}),
		makeFeelingsQuestion('q-perasaan', ['senang', 'takut', 'bingung']),
		makeFiveFingersQuestion('q-lima-jari'),
	];
}

export function makeQuiz(...questions: Question[]): QuizInput {
	return { title: 'Kuis uji', questions };
}
