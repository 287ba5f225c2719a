import { z } from 'astro/zod';
import { IdSchema, TextSchema } from './fields';

/**
 * A word a parent may not know (`content/data/istilah.yaml`), mostly an acronym. A page writes
 * `<Istilah id="…" />` where the word first appears: it shows the word with its plain meaning.
 */
export const GlossaryEntrySchema = z
	.object({
		id: IdSchema,
		/** The word as it is written on pages, e.g. "UPTD PPA". */
		term: TextSchema,
		/** What it means, in everyday words, as it reads after the word in brackets. */
		gloss: TextSchema,
		/** A service in content/data/helplines.yaml whose call the word opens, e.g. "sapa-129". */
		layanan: IdSchema.optional(),
	})
	.strict();

export type GlossaryEntry = z.output<typeof GlossaryEntrySchema>;

/** One standard sentence (`content/data/kalimat-baku.yaml`): written once, used everywhere. */
export const StandardSentenceSchema = z
	.object({
		id: IdSchema,
		/** The words that must never stand alone, e.g. "kecuali pelakunya anak". */
		phrase: TextSchema,
		/** What must always follow them, word for word. */
		meaning: TextSchema,
		sources: z
			.array(z.object({ title: TextSchema, url: z.string().url() }).strict())
			.min(1, 'Setiap kalimat baku perlu minimal satu sumber.'),
	})
	.strict();

export type StandardSentence = z.output<typeof StandardSentenceSchema>;
