import { z } from 'astro/zod';
import { TextSchema } from './fields';

/** Where a fact comes from: a public page a reader can open. */
export const SourceSchema = z
	.object({
		/** Short name of the page or document. */
		title: TextSchema,
		/** Address of the page. */
		url: z.string().url('Harus berupa alamat web lengkap (https://…).'),
	})
	.strict();

export type Source = z.output<typeof SourceSchema>;
