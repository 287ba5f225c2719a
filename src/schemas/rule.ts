import { z } from 'astro/zod';
import { IdSchema, TextSchema } from './fields';

/** One of the six core rules (`content/data/rules.yaml`), worded once and reused everywhere. */
export const RuleSchema = z
	.object({
		id: IdSchema,
		order: z.number().int().min(1),
		/** The rule's name, word for word the same at every level. */
		name: TextSchema,
		/** The rule in a young child's words. */
		forChildren: TextSchema,
		/** The rule explained to parents and teachers. */
		forAdults: TextSchema,
		/** The rule for santri of 10–15 as the asrama poster prints it (optional; falls back to forChildren). */
		forSantri: TextSchema.optional(),
	})
	.strict();

export type Rule = z.output<typeof RuleSchema>;
