import { z } from 'astro/zod';
import { ConceptSchema, TrackSchema } from './curriculum';
import { IdSchema, TextSchema } from './fields';

/** One answer of a `pilihan` question. */
export const ChoiceSchema = z
	.object({
		/** Unique within its question. */
		id: IdSchema,
		/** What the child reads (or hears). */
		text: TextSchema,
		/** Whether this is the safe answer. Default: false. */
		correct: z.boolean().default(false),
		/** The reason, shown after the child picks this choice. Required: never a bare "wrong". */
		feedback: TextSchema,
	})
	.strict();

/** A card to sort in a `kelompokkan` question. */
export const CardSchema = z
	.object({
		id: IdSchema,
		text: TextSchema,
		/** Id of the group this card belongs to. */
		group: IdSchema,
		/** Why the card belongs there; shown after each placement. */
		feedback: TextSchema,
	})
	.strict();

/** A group (column) cards are sorted into, e.g. "Boleh" / "Tidak boleh". */
export const GroupSchema = z.object({ id: IdSchema, label: TextSchema }).strict();

const QuestionBase = {
	/** Unique within the quiz. */
	id: IdSchema,
	/** The concepts this question practises (curriculum ids). */
	concepts: z.array(ConceptSchema).min(1, 'Tandai minimal satu konsep.'),
	/** The question, as the child reads or hears it. */
	prompt: TextSchema,
};

/** Single choice: exactly one safe answer. */
export const SingleChoiceQuestionSchema = z
	.object({
		...QuestionBase,
		type: z.literal('pilihan'),
		choices: z.array(ChoiceSchema).min(2, 'Soal pilihan perlu minimal 2 pilihan.').max(4),
	})
	.strict();

/** Sorting: every card goes into one of two or three groups. */
export const SortQuestionSchema = z
	.object({
		...QuestionBase,
		type: z.literal('kelompokkan'),
		groups: z
			.array(GroupSchema)
			.min(2, 'Perlu 2 atau 3 kelompok.')
			.max(3, 'Perlu 2 atau 3 kelompok.'),
		cards: z.array(CardSchema).min(2, 'Perlu minimal 2 kartu.').max(8, 'Paling banyak 8 kartu.'),
	})
	.strict();

export const QuestionSchema = z.discriminatedUnion('type', [
	SingleChoiceQuestionSchema,
	SortQuestionSchema,
]);

function findDuplicates(ids: readonly string[]): string[] {
	return [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
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
		questions: z.array(QuestionSchema).min(1, 'Kuis perlu minimal satu soal.'),
	})
	.strict()
	.superRefine((quiz, ctx) => {
		for (const id of findDuplicates(quiz.questions.map((q) => q.id))) {
			ctx.addIssue({
				code: z.ZodIssueCode.custom,
				path: ['questions'],
				message: `Id soal "${id}" dipakai lebih dari sekali. Setiap soal perlu id sendiri.`,
			});
		}
		quiz.questions.forEach((question, index) => {
			const at = (...rest: (string | number)[]) => ['questions', index, ...rest];
			const name = `Soal "${question.id}"`;
			if (question.type === 'pilihan') {
				const correct = question.choices.filter((c) => c.correct).length;
				if (correct !== 1) {
					ctx.addIssue({
						code: z.ZodIssueCode.custom,
						path: at('choices'),
						message: `${name} harus punya tepat satu jawaban benar (correct: true), sekarang ${correct}.`,
					});
				}
				for (const id of findDuplicates(question.choices.map((c) => c.id))) {
					ctx.addIssue({
						code: z.ZodIssueCode.custom,
						path: at('choices'),
						message: `${name}: id pilihan "${id}" dipakai lebih dari sekali.`,
					});
				}
			} else {
				const groupIds = question.groups.map((g) => g.id);
				for (const id of findDuplicates(groupIds)) {
					ctx.addIssue({
						code: z.ZodIssueCode.custom,
						path: at('groups'),
						message: `${name}: id kelompok "${id}" dipakai lebih dari sekali.`,
					});
				}
				for (const id of findDuplicates(question.cards.map((c) => c.id))) {
					ctx.addIssue({
						code: z.ZodIssueCode.custom,
						path: at('cards'),
						message: `${name}: id kartu "${id}" dipakai lebih dari sekali.`,
					});
				}
				question.cards.forEach((card, cardIndex) => {
					if (!groupIds.includes(card.group)) {
						ctx.addIssue({
							code: z.ZodIssueCode.custom,
							path: at('cards', cardIndex, 'group'),
							message: `${name}: kartu "${card.id}" masuk kelompok "${card.group}" yang tidak ada. Pilih salah satu: ${groupIds.join(', ')}.`,
						});
					}
				});
				for (const group of question.groups) {
					if (!question.cards.some((c) => c.group === group.id)) {
						ctx.addIssue({
							code: z.ZodIssueCode.custom,
							path: at('groups'),
							message: `${name}: kelompok "${group.id}" belum punya kartu.`,
						});
					}
				}
			}
		});
	});

export type Quiz = z.output<typeof QuizSchema>;
export type Question = z.output<typeof QuestionSchema>;
export type SingleChoiceQuestion = z.output<typeof SingleChoiceQuestionSchema>;
export type SortQuestion = z.output<typeof SortQuestionSchema>;
export type Choice = z.output<typeof ChoiceSchema>;
export type Card = z.output<typeof CardSchema>;
