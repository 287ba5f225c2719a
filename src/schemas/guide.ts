import { z } from 'astro/zod';
import { ArticleFields } from './article';

/** The three doors of the parents' index: preventing, worrying, and a child who has told. */
export const GUIDE_TOPICS = ['mencegah', 'khawatir', 'anak-bercerita'] as const;

/** Frontmatter of a parent guide (`content/guides/<slug>.mdx`). */
export const GuideSchema = z
	.object({
		...ArticleFields,
		/** Which door of the parents' index lists it. */
		topic: z.enum(GUIDE_TOPICS),
	})
	.strict();

export type GuideTopic = (typeof GUIDE_TOPICS)[number];
export type GuideData = z.output<typeof GuideSchema>;
