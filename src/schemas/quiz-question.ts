import { z } from 'astro/zod';
import { FEELINGS } from '../lib/pictures/feelings';
import { ConceptSchema } from './curriculum';
import { IdSchema, TextSchema } from './fields';
import { perpetratorRoleSchema } from './perpetrator';
import { reportChannelSchema } from './report-channel';
import { AudioSchema, PictureSchema } from './picture';

/** What every answer-like item can carry besides its text: a picture and a recording. */
const Extras = {
	/** A picture shown beside the text (see `src/schemas/picture.ts`). */
	picture: PictureSchema.optional(),
	/** A recording of the text, played instead of the device voice. */
	audio: AudioSchema.optional(),
};

/** The reason shown after a child's answer, and its optional recording. */
const Feedback = {
	/** Required everywhere: never a bare "wrong". Says why, and what the safe action is. */
	feedback: TextSchema,
	feedbackAudio: AudioSchema.optional(),
};

/** One answer of a `pilihan` or `pilihan-ganda` question. */
export const ChoiceSchema = z
	.object({
		/** Unique within its question. */
		id: IdSchema,
		/** What the child reads (or hears). */
		text: TextSchema,
		/** Whether this is a safe answer. Default: false. */
		correct: z.boolean().default(false),
		/**
		 * An honest "I am not sure yet" in a `pilihan` question: accepted, never "think again". Its
		 * feedback says that many children are unsure, then gives the truth. Default: false.
		 */
		accepted: z.boolean().optional(),
		...Feedback,
		...Extras,
	})
	.strict();

/** A card to sort in a `kelompokkan` question. */
export const CardSchema = z
	.object({
		id: IdSchema,
		text: TextSchema,
		/** Id of the group this card belongs to. */
		group: IdSchema,
		/**
		 * Another group that is also a safe answer, e.g. a confusing touch ("Tanya orang dewasa dulu")
		 * that a child sorts as "Tidak aman": a child who is more careful is never told to think again.
		 */
		alsoGroup: IdSchema.optional(),
		...Feedback,
		...Extras,
	})
	.strict();

/** A group (column) cards are sorted into, e.g. "Boleh" / "Tidak boleh". */
export const GroupSchema = z
	.object({ id: IdSchema, label: TextSchema, picture: PictureSchema.optional() })
	.strict();

/** One step of an `urutkan` question. Steps are written in their right order. */
export const StepSchema = z
	.object({ id: IdSchema, text: TextSchema, ...Feedback, ...Extras })
	.strict();

/** A choice inside a scene of a `skenario`. */
export const SceneChoiceSchema = z
	.object({
		id: IdSchema,
		text: TextSchema,
		/**
		 * The scene this choice leads to. Leave it out for a choice that is not safe: the child reads
		 * the feedback and chooses again in the same scene (there is no "game over").
		 */
		next: IdSchema.optional(),
		...Feedback,
		...Extras,
	})
	.strict();

/** One scene of a `skenario`. A scene without choices is an ending. */
export const SceneSchema = z
	.object({
		id: IdSchema,
		/** What happens, told in two or three short sentences. */
		text: TextSchema,
		/** Choices for the child. Leave out on an ending, which must say the safe action and why. */
		choices: z.array(SceneChoiceSchema).min(1).max(4).optional(),
		/** Who hurts or pressures the child in this scene, when someone does (see `perpetrator.ts`). */
		pelaku: perpetratorRoleSchema.optional(),
		/**
		 * On an ending: whom the adults tell outside the school or pondok (UPTD PPA, SAPA 129, police,
		 * the parents). The content tests require it, named in the text, when an adult hurts the child.
		 */
		reportedTo: z.array(reportChannelSchema).min(1).optional(),
		...Extras,
	})
	.strict();

/** A face the child may pick in a `perasaan` question, with words that accept that feeling. */
export const FeelingOptionSchema = z
	.object({
		feeling: z.enum(FEELINGS, {
			errorMap: () => ({ message: `Pilih salah satu perasaan: ${FEELINGS.join(', ')}.` }),
		}),
		...Feedback,
	})
	.strict();

const QuestionBase = {
	/** Unique within the quiz. */
	id: IdSchema,
	/** The concepts this question practises (curriculum ids). */
	concepts: z.array(ConceptSchema).min(1, 'Tandai minimal satu konsep.'),
	/** The question, as the child reads or hears it. */
	prompt: TextSchema,
	/** A recording of the prompt. */
	audio: AudioSchema.optional(),
	/** A picture shown with the prompt. */
	picture: PictureSchema.optional(),
	/**
	 * The situation as a scene of two or three pictures side by side, shown with the prompt instead
	 * of `picture` (which stays for the class screen and paper). Each picture has its words for a
	 * child who cannot see it; within a track a picture always has the same words (one picture, one
	 * meaning), so write them for the picture, not for one story (e.g. "Anak perempuan", not "Nisa").
	 */
	adegan: z
		.array(z.object({ gambar: PictureSchema, alt: TextSchema }).strict())
		.min(2, 'Sebuah adegan perlu minimal 2 gambar.')
		.max(3, 'Sebuah adegan paling banyak 3 gambar, supaya tetap jelas di layar ponsel.')
		.optional(),
	/** Who hurts in the situation this question tells, when someone does. */
	pelaku: perpetratorRoleSchema.optional(),
	/**
	 * The right answers name unsafe things (e.g. "Mana yang termasuk trik?"), so their pictures
	 * stand for "unsafe" in the one-picture-one-meaning check. Default: false.
	 */
	correctIsUnsafe: z.boolean().optional(),
};

/** Single choice: exactly one safe answer. */
export const SingleChoiceQuestionSchema = z
	.object({
		...QuestionBase,
		type: z.literal('pilihan'),
		choices: z
			.array(ChoiceSchema)
			.min(2, 'Soal pilihan perlu minimal 2 pilihan.')
			.max(4, 'Paling banyak 4 pilihan.'),
	})
	.strict();

/** Several right choices: the child picks all that are safe, then checks. */
export const MultiChoiceQuestionSchema = z
	.object({
		...QuestionBase,
		type: z.literal('pilihan-ganda'),
		choices: z
			.array(ChoiceSchema)
			.min(3, 'Soal pilihan ganda perlu minimal 3 pilihan.')
			.max(6, 'Paling banyak 6 pilihan.'),
	})
	.strict();

/** Sorting: every card goes into one of two or three groups. */
export const SortQuestionSchema = z
	.object({
		...QuestionBase,
		type: z.literal('kelompokkan'),
		groups: z
			.array(GroupSchema)
			.min(2, 'Perlu 2 atau 3 kelompok.')
			.max(3, 'Perlu 2 atau 3 kelompok.'),
		cards: z.array(CardSchema).min(2, 'Perlu minimal 2 kartu.').max(8, 'Paling banyak 8 kartu.'),
	})
	.strict();

/** Ordering: the steps, written in their right order, are shown shuffled. */
export const OrderQuestionSchema = z
	.object({
		...QuestionBase,
		type: z.literal('urutkan'),
		steps: z
			.array(StepSchema)
			.min(2, 'Perlu minimal 2 langkah.')
			.max(6, 'Paling banyak 6 langkah.'),
	})
	.strict();

/** A short branching story. The first scene is the start; every path ends at a safe ending. */
export const ScenarioQuestionSchema = z
	.object({
		...QuestionBase,
		type: z.literal('skenario'),
		scenes: z.array(SceneSchema).min(2, 'Skenario perlu minimal 2 adegan.').max(12),
	})
	.strict();

/** "How would this make you feel?": no wrong answer, every feeling accepted. */
export const FeelingsQuestionSchema = z
	.object({
		...QuestionBase,
		type: z.literal('perasaan'),
		feelings: z
			.array(FeelingOptionSchema)
			.min(2, 'Perlu minimal 2 perasaan.')
			.max(6, 'Paling banyak 6 perasaan.'),
	})
	.strict();

/** Five trusted adults on a hand; what the child types stays on the device, if anywhere. */
export const FiveFingersQuestionSchema = z
	.object({
		...QuestionBase,
		type: z.literal('lima-jari'),
		/** A nudge under the hand, e.g. to include one adult outside the home. */
		hint: TextSchema,
		/** Said when the child is done, however many names were written. */
		...Feedback,
	})
	.strict();

export const QuestionSchema = z.discriminatedUnion('type', [
	SingleChoiceQuestionSchema,
	MultiChoiceQuestionSchema,
	SortQuestionSchema,
	OrderQuestionSchema,
	ScenarioQuestionSchema,
	FeelingsQuestionSchema,
	FiveFingersQuestionSchema,
]);

/** Every question type, in the order a programme usually introduces them. */
export const QUESTION_TYPES = [
	'pilihan',
	'pilihan-ganda',
	'kelompokkan',
	'urutkan',
	'skenario',
	'perasaan',
	'lima-jari',
] as const;
