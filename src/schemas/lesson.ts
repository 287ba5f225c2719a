import { z } from 'astro/zod';
import { ConceptSchema, ProfileDimensionSchema, SubjectSchema, TrackSchema } from './curriculum';
import { IdSchema, TextSchema } from './fields';

/**
 * Frontmatter of a lesson (`content/lessons/<slug>.mdx`): the identity and planning parts of a
 * modul ajar. The steps, differentiation, worksheet and parent letter are written in the MDX body.
 */
export const LessonSchema = z
	.object({
		/** Lesson title, as a teacher would say it to the class. */
		title: TextSchema,
		/** One sentence for teachers: what the lesson does. */
		description: TextSchema,
		/** The track (curriculum phase) the lesson belongs to. */
		track: TrackSchema,
		/** School grades (kelas) the lesson is for, e.g. [1, 2]. Empty for PAUD and adults. */
		grades: z.array(z.number().int().min(1).max(12)).default([]),
		/** Planned length in minutes (1 JP in SD is 35 minutes). */
		minutes: z.number().int().min(10, 'Minimal 10 menit.').max(180, 'Paling lama 180 menit.'),
		/** Position within its track, from 1. */
		order: z.number().int().min(1),
		/** Curriculum concepts the lesson teaches; the first is its main concept. */
		concepts: z.array(ConceptSchema).min(1, 'Tandai minimal satu konsep.'),
		/** Kurikulum Merdeka subjects the lesson fits. */
		subjects: z.array(SubjectSchema).min(1, 'Sebutkan minimal satu mata pelajaran.'),
		/** Profil Lulusan dimensions the lesson builds. */
		profile: z
			.array(ProfileDimensionSchema)
			.min(1, 'Sebutkan minimal satu dimensi Profil Lulusan.'),
		/** Slug of the lesson's quiz in `content/quizzes/`. */
		quiz: IdSchema,
		/** Tujuan pembelajaran: 2–4 observable goals. */
		objectives: z.array(TextSchema).min(2, 'Tulis 2–4 tujuan.').max(4, 'Tulis 2–4 tujuan.'),
		/** Pertanyaan pemantik. */
		triggerQuestions: z.array(TextSchema).min(1).max(4),
		/** Alat dan bahan. */
		materials: z.array(TextSchema).min(1),
		/** Persiapan guru, including telling parents and knowing the reporting procedure. */
		preparation: z.array(TextSchema).min(1),
		/**
		 * How the lesson links to the Capaian Pembelajaran: the subject and the element it serves, in
		 * words a pengawas recognises. Optional while older lessons are filled in.
		 */
		cpElement: TextSchema.optional(),
		/** Pemahaman bermakna: what children keep from the lesson, in one or two sentences. */
		meaningfulUnderstanding: z.array(TextSchema).min(1).max(3).optional(),
		/** The three learning experiences of Pembelajaran Mendalam (2025), mapped to this lesson. */
		deepLearning: z
			.object({ memahami: TextSchema, mengaplikasi: TextSchema, merefleksi: TextSchema })
			.strict()
			.optional(),
		/** Asesmen: what the teacher watches for, as an observation checklist (no marks, no names). */
		assessment: z.array(TextSchema).min(2, 'Tulis minimal 2 hal yang diamati.').optional(),
		/** Refleksi guru: questions the teacher answers after the lesson. */
		teacherReflection: z
			.array(TextSchema)
			.min(2, 'Tulis minimal 2 pertanyaan refleksi.')
			.optional(),
		/** Index this lesson for search. Default: true. */
		pagefind: z.boolean().default(true),
	})
	.strict();

export type LessonData = z.output<typeof LessonSchema>;
