import { z } from 'astro/zod';
import { DateSchema, TextSchema } from './fields';
import { SourceSchema } from './source';

/** The three doors of the parents' index: preventing, worrying, and a child who has told. */
export const GUIDE_TOPICS = ['mencegah', 'khawatir', 'anak-bercerita'] as const;

/** Frontmatter of a parent guide (`content/guides/<slug>.mdx`). */
export const GuideSchema = z
	.object({
		title: TextSchema,
		/** One sentence a worried parent can scan. */
		description: TextSchema,
		/** Which door of the parents' index lists it. */
		topic: z.enum(GUIDE_TOPICS),
		/** Position within its topic, from 1. */
		order: z.number().int().min(1),
		/** When the guide was last reviewed. */
		updated: DateSchema,
		/** Sources for every fact in the guide. */
		sources: z.array(SourceSchema).min(1, 'Setiap panduan perlu minimal satu sumber.'),
		/** Index this guide for search. Default: true. */
		pagefind: z.boolean().default(true),
	})
	.strict();

export type GuideTopic = (typeof GUIDE_TOPICS)[number];
export type GuideData = z.output<typeof GuideSchema>;
