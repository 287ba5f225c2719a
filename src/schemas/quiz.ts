import { z } from 'astro/zod';
import { scenarioProblems, type ScenarioProblem } from '../lib/quiz/scenario-graph';
import { AGE_BANDS } from '../lib/quiz/age-bands';
import { TrackSchema } from './curriculum';
import { IdSchema, TextSchema } from './fields';
import { PictureSchema } from './picture';
import { QuestionSchema } from './quiz-question';

export * from './quiz-question';

function findDuplicates(ids: readonly string[]): string[] {
	return [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
}

function describeScenarioProblem(problem: ScenarioProblem): string {
	switch (problem.kind) {
		case 'unknown-next':
			return `pilihan "${problem.choice}" di adegan "${problem.scene}" menuju adegan "${problem.next}" yang tidak ada.`;
		case 'unreachable':
			return `adegan "${problem.scene}" tidak bisa dicapai dari adegan pertama.`;
		case 'no-way-on':
			return `adegan "${problem.scene}" tidak punya pilihan yang melanjutkan cerita (isi "next" pada pilihan yang aman).`;
		case 'loop':
			return `cerita bisa berputar kembali ke adegan "${problem.scene}". Setiap jalan harus sampai ke akhir.`;
	}
}

/**
 * A quiz: a short set of questions that practise a lesson's rules. Cross-field rules live in one
 * superRefine because zod 3's discriminatedUnion rejects refined members.
 */
export const QuizSchema = z
	.object({
		/** Shown as the quiz heading. */
		title: TextSchema,
		/** One sentence about the quiz, for the page description. */
		description: TextSchema,
		/** The track whose children this quiz is written for. */
		track: TrackSchema,
		/** Age bands on /anak/. Default: the bands of the track. */
		ages: z.array(z.enum(AGE_BANDS)).min(1).optional(),
		/** A picture for the quiz's card on /anak/. */
		picture: PictureSchema.optional(),
		questions: z.array(QuestionSchema).min(1, 'Kuis perlu minimal satu soal.'),
		/**
		 * Ids of the questions played together by a whole class in the lesson, in order, when the
		 * lesson's minutes allow fewer than all. Default: every question.
		 */
		classQuestions: z.array(IdSchema).min(1).optional(),
	})
	.strict()
	.superRefine((quiz, ctx) => {
		const problem = (path: (string | number)[], message: string) =>
			ctx.addIssue({ code: z.ZodIssueCode.custom, path, message });
		for (const id of findDuplicates(quiz.questions.map((q) => q.id))) {
			problem(
				['questions'],
				`Id soal "${id}" dipakai lebih dari sekali. Setiap soal perlu id sendiri.`
			);
		}
		const questionIds = quiz.questions.map((q) => q.id);
		quiz.classQuestions?.forEach((id, index) => {
			if (!questionIds.includes(id)) {
				problem(
					['classQuestions', index],
					`Soal "${id}" untuk kuis bersama satu kelas tidak ada di kuis ini.`
				);
			}
		});
		for (const id of findDuplicates(quiz.classQuestions ?? [])) {
			problem(['classQuestions'], `Soal "${id}" disebut dua kali untuk kuis bersama satu kelas.`);
		}
		quiz.questions.forEach((question, index) => {
			const at = (...rest: (string | number)[]) => ['questions', index, ...rest];
			const name = `Soal "${question.id}"`;
			const unique = (field: string | (string | number)[], what: string, ids: string[]) => {
				for (const id of findDuplicates(ids)) {
					problem(
						at(...(Array.isArray(field) ? field : [field])),
						`${name}: id ${what} "${id}" dipakai lebih dari sekali.`
					);
				}
			};
			switch (question.type) {
				case 'pilihan': {
					const correct = question.choices.filter((c) => c.correct).length;
					if (correct !== 1) {
						problem(
							at('choices'),
							`${name} harus punya tepat satu jawaban benar (correct: true), sekarang ${correct}.`
						);
					}
					question.choices.forEach((choice, choiceIndex) => {
						if (choice.correct && choice.accepted) {
							problem(
								at('choices', choiceIndex, 'accepted'),
								`${name}: pilihan "${choice.id}" sudah benar; accepted hanya untuk jawaban "belum tahu".`
							);
						}
					});
					unique(
						'choices',
						'pilihan',
						question.choices.map((c) => c.id)
					);
					break;
				}
				case 'pilihan-ganda': {
					question.choices.forEach((choice, choiceIndex) => {
						if (choice.accepted) {
							problem(
								at('choices', choiceIndex, 'accepted'),
								`${name}: accepted hanya boleh dipakai di soal pilihan (satu jawaban), bukan pilihan ganda.`
							);
						}
					});
					const correct = question.choices.filter((c) => c.correct).length;
					if (correct < 1) {
						problem(at('choices'), `${name} perlu minimal satu jawaban benar (correct: true).`);
					}
					if (correct === question.choices.length) {
						problem(at('choices'), `${name} perlu minimal satu pilihan yang tidak benar.`);
					}
					unique(
						'choices',
						'pilihan',
						question.choices.map((c) => c.id)
					);
					break;
				}
				case 'kelompokkan': {
					const groupIds = question.groups.map((g) => g.id);
					unique('groups', 'kelompok', groupIds);
					unique(
						'cards',
						'kartu',
						question.cards.map((c) => c.id)
					);
					question.cards.forEach((card, cardIndex) => {
						if (!groupIds.includes(card.group)) {
							problem(
								at('cards', cardIndex, 'group'),
								`${name}: kartu "${card.id}" masuk kelompok "${card.group}" yang tidak ada. Pilih salah satu: ${groupIds.join(', ')}.`
							);
						}
						if (card.alsoGroup !== undefined && !groupIds.includes(card.alsoGroup)) {
							problem(
								at('cards', cardIndex, 'alsoGroup'),
								`${name}: kartu "${card.id}" juga boleh masuk kelompok "${card.alsoGroup}" yang tidak ada. Pilih salah satu: ${groupIds.join(', ')}.`
							);
						}
						if (card.alsoGroup !== undefined && card.alsoGroup === card.group) {
							problem(
								at('cards', cardIndex, 'alsoGroup'),
								`${name}: kartu "${card.id}": alsoGroup harus kelompok lain, bukan "${card.group}" lagi.`
							);
						}
					});
					for (const group of question.groups) {
						if (!question.cards.some((c) => c.group === group.id)) {
							problem(at('groups'), `${name}: kelompok "${group.id}" belum punya kartu.`);
						}
					}
					break;
				}
				case 'urutkan':
					unique(
						'steps',
						'langkah',
						question.steps.map((s) => s.id)
					);
					break;
				case 'skenario': {
					unique(
						'scenes',
						'adegan',
						question.scenes.map((s) => s.id)
					);
					question.scenes.forEach((scene, sceneIndex) =>
						unique(
							['scenes', sceneIndex, 'choices'],
							'pilihan',
							(scene.choices ?? []).map((c) => c.id)
						)
					);
					if (!question.scenes.some((s) => !s.choices?.length)) {
						problem(
							at('scenes'),
							`${name} perlu minimal satu adegan akhir (adegan tanpa pilihan).`
						);
					}
					for (const p of scenarioProblems(question.scenes)) {
						problem(at('scenes'), `${name}: ${describeScenarioProblem(p)}`);
					}
					break;
				}
				case 'perasaan':
					unique(
						'feelings',
						'perasaan',
						question.feelings.map((f) => f.feeling)
					);
					break;
				case 'lima-jari':
					break;
			}
		});
	});

export type Quiz = z.output<typeof QuizSchema>;
export type Question = z.output<typeof QuestionSchema>;
export type QuestionType = Question['type'];
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;
export type SingleChoiceQuestion = QuestionOf<'pilihan'>;
export type MultiChoiceQuestion = QuestionOf<'pilihan-ganda'>;
export type SortQuestion = QuestionOf<'kelompokkan'>;
export type OrderQuestion = QuestionOf<'urutkan'>;
export type ScenarioQuestion = QuestionOf<'skenario'>;
export type FeelingsQuestion = QuestionOf<'perasaan'>;
export type FiveFingersQuestion = QuestionOf<'lima-jari'>;
export type Choice = SingleChoiceQuestion['choices'][number];
export type Card = SortQuestion['cards'][number];
export type Scene = ScenarioQuestion['scenes'][number];
