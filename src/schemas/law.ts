import { z } from 'astro/zod';
import { DateSchema, IdSchema, TextSchema } from './fields';
import { SourceSchema } from './source';
import { FactDatesFields } from './verification';

/** A law or regulation (`content/data/laws.yaml`): pages name it only through `<Hukum>`. */
export const LawSchema = z
	.object({
		id: IdSchema,
		/** Position on the laws page. */
		order: z.number().int().min(1),
		/** Kind of instrument in full, e.g. "Undang-Undang", "Peraturan Menteri Agama". */
		kind: TextSchema,
		/** The number as written, e.g. "12" or "1262". */
		number: z.string().regex(/^\d+$/, 'Tulis nomornya saja, misalnya "12".'),
		year: z.number().int().min(1945).max(2100),
		/** What it is about, after "tentang". */
		title: TextSchema,
		/** The name people use, e.g. "UU TPKS". */
		short: TextSchema,
		/** A caution about the title, where sources disagree on it. */
		titleNote: TextSchema.optional(),
		/** What it means for a parent, teacher or school, point by point. */
		points: z.array(TextSchema).min(1, 'Jelaskan minimal satu hal yang diatur.'),
		/** Set when a newer rule revoked it: pages then name it only as the former rule. */
		revoked: z
			.object({
				/** Id of the rule that replaced it, in this file. */
				by: IdSchema,
				/** The day the revocation took effect. */
				since: DateSchema,
			})
			.strict()
			.optional(),
		sources: z.array(SourceSchema).min(1, 'Setiap aturan perlu minimal satu sumber.'),
		...FactDatesFields,
	})
	.strict();

export type Law = z.output<typeof LawSchema>;
