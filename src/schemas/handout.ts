import { z } from 'astro/zod';
import { IdSchema, TextSchema } from './fields';

/** The printed materials a lesson comes with. */
export const HANDOUT_KINDS = ['lembar-kerja', 'surat-orang-tua'] as const;

/**
 * A printable handout of a lesson (`content/handouts/<lesson>/<kind>.mdx`): the worksheet for the
 * children and the letter for their parents, printed from `/pelajaran/<lesson>/cetak/`.
 */
export const HandoutSchema = z
	.object({
		title: TextSchema,
		kind: z.enum(HANDOUT_KINDS),
		/** Slug of the lesson it belongs to. */
		lesson: IdSchema,
	})
	.strict();

export type HandoutData = z.output<typeof HandoutSchema>;
