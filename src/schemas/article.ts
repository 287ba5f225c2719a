import { z } from 'astro/zod';
import { DateSchema, TextSchema } from './fields';
import { SourceSchema } from './source';

/** Fields every adult-facing article shares: parent guides and school pages. */
export const ArticleFields = {
	title: TextSchema,
	/** One sentence a reader can scan. */
	description: TextSchema,
	/** Position in its list, from 1. */
	order: z.number().int().min(1),
	/** When the text was last reviewed. */
	updated: DateSchema,
	/** Sources for every fact in the text (laws and figures carry their own). */
	sources: z.array(SourceSchema).min(1, 'Setiap halaman perlu minimal satu sumber.'),
	/** A long page's gist, read first: at most five short lines, each what to do or know. */
	ringkasan: z.array(TextSchema).min(1).max(5, 'Ringkasan paling banyak lima baris.').optional(),
	/**
	 * Everyday and regional words readers search with that the text itself may not use (e.g. "dicabuli",
	 * "guru ngaji"): indexed with extra weight, never shown.
	 */
	kataKunci: z.array(TextSchema).optional(),
	/** Index this page for search. Default: true. */
	pagefind: z.boolean().default(true),
};
