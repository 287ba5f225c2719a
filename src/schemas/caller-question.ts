import { z } from 'astro/zod';
import { DateSchema, IdSchema, TextSchema } from './fields';
import { SourceSchema } from './source';

/**
 * A fear a caller has before contacting a helpline (`content/data/pertanyaan-pelapor.yaml`),
 * answered on the help page with what is known, with sources, and plainly what is not known.
 */
export const CallerQuestionSchema = z
	.object({
		id: IdSchema,
		/** Position on the help page, from 1. */
		order: z.number().int().min(1),
		/** The question in the caller's own words. */
		question: TextSchema,
		/** What the sources say, one short sentence each. */
		known: z.array(TextSchema).min(1, 'Tulis minimal satu hal yang diketahui dari sumber.'),
		/** What no source answers: said honestly instead of guessed. */
		notKnown: TextSchema.optional(),
		sources: z.array(SourceSchema).min(1, 'Setiap jawaban perlu minimal satu sumber.'),
		/** When the sources were gathered (not a check against official sites). */
		gathered: DateSchema,
	})
	.strict();

export type CallerQuestion = z.output<typeof CallerQuestionSchema>;
