import { z } from 'astro/zod';
import { IdSchema, TextSchema } from './fields';

const BranchSchema = z.object({ label: TextSchema, next: IdSchema }).strict();

/** One box of the response protocol (`content/data/protokol.yaml`), in reading order. */
export const ProtocolStepSchema = z.discriminatedUnion('kind', [
	z
		.object({
			id: IdSchema,
			kind: z.literal('langkah'),
			title: TextSchema,
			text: TextSchema,
			/** The step that follows; none on a final step. */
			next: IdSchema.optional(),
		})
		.strict(),
	z
		.object({
			id: IdSchema,
			kind: z.literal('keputusan'),
			/** A yes/no question. */
			title: TextSchema,
			text: TextSchema,
			yes: BranchSchema,
			no: BranchSchema,
		})
		.strict(),
]);

export type ProtocolStep = z.output<typeof ProtocolStepSchema>;
