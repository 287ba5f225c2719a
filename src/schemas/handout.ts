import { z } from 'astro/zod';
import { IdSchema, TextSchema } from './fields';

/** The printed materials a lesson comes with. */
export const HANDOUT_KINDS = ['lembar-kerja', 'surat-orang-tua', 'materi-peserta'] as const;

/** The handout kinds a lesson of a track prints: staff sessions print a handout for participants. */
export function handoutKindsFor(track: string): readonly HandoutKind[] {
	return track === 'pendidik' ? ['materi-peserta'] : ['lembar-kerja', 'surat-orang-tua'];
}

export type HandoutKind = (typeof HANDOUT_KINDS)[number];

/**
 * A printable handout of a lesson (`content/handouts/<lesson>/<kind>.mdx`): the worksheet for the
 * children and the letter for their parents, or, for a staff session (track `pendidik`), the
 * handout participants keep; printed from `/pelajaran/<lesson>/cetak/`.
 */
export const HandoutSchema = z
	.object({
		title: TextSchema,
		kind: z.enum(HANDOUT_KINDS),
		/** Slug of the lesson it belongs to. */
		lesson: IdSchema,
	})
	.strict();

export type HandoutData = z.output<typeof HandoutSchema>;
