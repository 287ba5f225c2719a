import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { CallerQuestionSchema } from './schemas/caller-question';
import { ChecklistAreaSchema } from './schemas/checklist';
import { GlossaryEntrySchema, StandardSentenceSchema } from './schemas/glossary';
import { withIndonesianErrors } from './schemas/error-map';
import { GuideSchema } from './schemas/guide';
import { HandoutSchema } from './schemas/handout';
import { HelplineSchema } from './schemas/helpline';
import { LawSchema } from './schemas/law';
import { LessonSchema } from './schemas/lesson';
import { PageSchema } from './schemas/page';
import { ProtocolStepSchema } from './schemas/protocol';
import { QuizSchema } from './schemas/quiz';
import { RuleSchema } from './schemas/rule';
import { SchoolPageSchema } from './schemas/school-page';
import { StatSchema } from './schemas/stat';

/** Files starting with "_" are drafts and are skipped. */
const mdx = (base: string) => glob({ pattern: '**/[^_]*.mdx', base });

export const collections = {
	lessons: defineCollection({
		loader: mdx('./content/lessons'),
		schema: withIndonesianErrors(LessonSchema.extend({ quiz: reference('quizzes') })),
	}),
	handouts: defineCollection({
		loader: mdx('./content/handouts'),
		schema: withIndonesianErrors(HandoutSchema.extend({ lesson: reference('lessons') })),
	}),
	quizzes: defineCollection({
		loader: glob({ pattern: '**/[^_]*.yaml', base: './content/quizzes' }),
		schema: withIndonesianErrors(QuizSchema),
	}),
	guides: defineCollection({
		loader: mdx('./content/guides'),
		schema: withIndonesianErrors(GuideSchema),
	}),
	school: defineCollection({
		loader: mdx('./content/sekolah'),
		schema: withIndonesianErrors(SchoolPageSchema),
	}),
	pages: defineCollection({
		loader: mdx('./content/pages'),
		schema: withIndonesianErrors(PageSchema),
	}),
	helplines: defineCollection({
		loader: file('./content/data/helplines.yaml'),
		schema: withIndonesianErrors(HelplineSchema),
	}),
	laws: defineCollection({
		loader: file('./content/data/laws.yaml'),
		schema: withIndonesianErrors(LawSchema),
	}),
	stats: defineCollection({
		loader: file('./content/data/stats.yaml'),
		schema: withIndonesianErrors(StatSchema),
	}),
	protocol: defineCollection({
		loader: file('./content/data/protokol.yaml'),
		schema: withIndonesianErrors(ProtocolStepSchema),
	}),
	checklist: defineCollection({
		loader: file('./content/data/daftar-periksa.yaml'),
		schema: withIndonesianErrors(ChecklistAreaSchema),
	}),
	glossary: defineCollection({
		loader: file('./content/data/istilah.yaml'),
		schema: withIndonesianErrors(GlossaryEntrySchema),
	}),
	sentences: defineCollection({
		loader: file('./content/data/kalimat-baku.yaml'),
		schema: withIndonesianErrors(StandardSentenceSchema),
	}),
	callerQuestions: defineCollection({
		loader: file('./content/data/pertanyaan-pelapor.yaml'),
		schema: withIndonesianErrors(CallerQuestionSchema),
	}),
	rules: defineCollection({
		loader: file('./content/data/rules.yaml'),
		schema: withIndonesianErrors(RuleSchema),
	}),
};
