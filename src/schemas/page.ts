import { z } from 'astro/zod';
import { TextSchema } from './fields';

/** Frontmatter of a standalone page's prose (`content/pages/<name>.mdx`). */
export const PageSchema = z
	.object({
		title: TextSchema,
		/** Used as the meta description. */
		description: TextSchema,
	})
	.strict();

export type PageData = z.output<typeof PageSchema>;
