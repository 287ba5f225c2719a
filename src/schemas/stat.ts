import { z } from 'astro/zod';
import { IdSchema, TextSchema } from './fields';
import { SourceSchema } from './source';
import { FactDatesFields } from './verification';

/** A statistic (`content/data/stats.yaml`): pages use it only through `<Angka>`. */
export const StatSchema = z
	.object({
		id: IdSchema,
		/** The figure as a sentence fragment, e.g. "9 dari 100 anak usia 13–17 tahun …". */
		text: TextSchema,
		/** Short name of the survey or data set, e.g. "SNPHAR". */
		survey: TextSchema,
		year: z.number().int().min(1990).max(2100),
		sources: z.array(SourceSchema).min(1, 'Setiap angka perlu minimal satu sumber.'),
		...FactDatesFields,
	})
	.strict();

export type Stat = z.output<typeof StatSchema>;
