import { z } from 'astro/zod';
import { ArticleFields } from './article';

/** Frontmatter of a page for school and pesantren leaders (`content/sekolah/<slug>.mdx`). */
export const SchoolPageSchema = z.object({ ...ArticleFields }).strict();

export type SchoolPageData = z.output<typeof SchoolPageSchema>;
