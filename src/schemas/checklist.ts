import { z } from 'astro/zod';
import { IdSchema, TextSchema } from './fields';

/** The five areas a school or pesantren checks itself on, in this order. */
export const CHECKLIST_AREAS = ['kebijakan', 'orang', 'tempat', 'pelaporan', 'pelatihan'] as const;

/** One area of the self-check (`content/data/daftar-periksa.yaml`) with its statements. */
export const ChecklistAreaSchema = z
	.object({
		id: z.enum(CHECKLIST_AREAS),
		title: TextSchema,
		description: TextSchema,
		items: z
			.array(
				z
					.object({
						id: IdSchema,
						/** A statement the school answers: "Kami …". */
						text: TextSchema,
						/** What to do next when the answer is not yet "sudah"; may hold [links](/…). */
						action: TextSchema,
					})
					.strict()
			)
			.min(1, 'Setiap bagian perlu minimal satu pernyataan.'),
	})
	.strict();

export type ChecklistArea = z.output<typeof ChecklistAreaSchema>;
