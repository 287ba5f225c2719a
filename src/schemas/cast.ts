import { z } from 'astro/zod';
import { TrackSchema } from './curriculum';
import { IdSchema, TextSchema } from './fields';
import { perpetratorRoleSchema } from './perpetrator';

/** What a character is in a track's stories and quiz items. */
export const CAST_ROLES = ['anak', 'tepercaya', 'menyakiti'] as const;

/** One named character of a track (`content/data/cast/<track>.yaml`). */
export const CastMemberSchema = z
	.object({
		/** The name as the stories say it, e.g. "Bu Guru Ani", "Om Joko". */
		nama: TextSchema,
		/** `anak` (a child), `tepercaya` (a trusted adult who helps) or `menyakiti` (someone who hurts). */
		peran: z.enum(CAST_ROLES, {
			errorMap: () => ({ message: `Pilih salah satu peran: ${CAST_ROLES.join(', ')}.` }),
		}),
		/** For someone who hurts: who they are to the child. */
		pelaku: perpetratorRoleSchema.optional(),
		/** Who the character is, in a few words ("sepupu Ayah", "guru ngaji di TPQ"). */
		keterangan: TextSchema,
		/** The character's disability, when they have one, as the story shows it. */
		disabilitas: TextSchema.optional(),
		/** Lessons or quizzes (slugs) where the character appears. */
		muncul: z.array(IdSchema).min(1, 'Sebutkan minimal satu pelajaran atau kuis.'),
	})
	.strict()
	.superRefine((member, ctx) => {
		if (member.peran === 'menyakiti' && !member.pelaku) {
			ctx.addIssue({
				code: z.ZodIssueCode.custom,
				path: ['pelaku'],
				message: `"${member.nama}" menyakiti anak: isi "pelaku" (siapa dia bagi anak).`,
			});
		}
		if (member.peran !== 'menyakiti' && member.pelaku) {
			ctx.addIssue({
				code: z.ZodIssueCode.custom,
				path: ['pelaku'],
				message: `"${member.nama}" tidak menyakiti anak: hapus "pelaku".`,
			});
		}
	});

/** A story in which someone hurts a child: who hurts, who is hurt, and where it is told. */
export const CastStorySchema = z
	.object({
		/** Lesson or quiz slug. */
		di: IdSchema,
		/** Name of the character who hurts (`peran: menyakiti`). */
		pelaku: TextSchema,
		/** Name of the child who is hurt (`peran: anak`). */
		korban: TextSchema,
	})
	.strict();

/** The characters of one track and the stories in which someone hurts a child. */
export const CastSchema = z
	.object({
		track: TrackSchema,
		tokoh: z.array(CastMemberSchema).min(1),
		cerita: z.array(CastStorySchema).min(1),
	})
	.strict();

export type Cast = z.output<typeof CastSchema>;
export type CastMember = Cast['tokoh'][number];
