import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { withIndonesianErrors } from './schemas/error-map';
import { GuideSchema } from './schemas/guide';
import { HelplineSchema } from './schemas/helpline';
import { LessonSchema } from './schemas/lesson';
import { PageSchema } from './schemas/page';
import { QuizSchema } from './schemas/quiz';
import { RuleSchema } from './schemas/rule';

/** Files starting with "_" are drafts and are skipped. */
const mdx = (base: string) => glob({ pattern: '**/[^_]*.mdx', base });

export const collections = {
	lessons: defineCollection({
		loader: mdx('./content/lessons'),
		schema: withIndonesianErrors(LessonSchema.extend({ quiz: reference('quizzes') })),
	}),
	quizzes: defineCollection({
		loader: glob({ pattern: '**/[^_]*.yaml', base: './content/quizzes' }),
		schema: withIndonesianErrors(QuizSchema),
	}),
	guides: defineCollection({
		loader: mdx('./content/guides'),
		schema: withIndonesianErrors(GuideSchema),
	}),
	pages: defineCollection({
		loader: mdx('./content/pages'),
		schema: withIndonesianErrors(PageSchema),
	}),
	helplines: defineCollection({
		loader: file('./content/data/helplines.yaml'),
		schema: withIndonesianErrors(HelplineSchema),
	}),
	rules: defineCollection({
		loader: file('./content/data/rules.yaml'),
		schema: withIndonesianErrors(RuleSchema),
	}),
};
