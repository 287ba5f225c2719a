import { z } from 'astro/zod';

/**
 * Who hurts a child in a story or quiz item, by role. Tagging stories lets tests check that each
 * track shows the hardest case honestly: known and respected adults, not only strangers.
 */
export const PERPETRATOR_ROLES = [
	/** Kiai, pengasuh, pimpinan pondok. */
	'pimpinan',
	/** Someone of the ndalem: a son, menantu or close aide of the leader. */
	'keluarga-pimpinan',
	/** A teacher or ustadz. */
	'guru',
	/** A guru ngaji or TPA/TPQ teacher. */
	'guru-ngaji',
	/** A relative at home. */
	'keluarga',
	/** A peer. */
	'teman',
	/** An older student or senior santri. */
	'kakak-kelas',
	/** A known adult: neighbour, driver, coach, tutor... */
	'orang-dikenal',
	/** A stranger. */
	'orang-asing',
	/** Someone met online. */
	'daring',
] as const;

/** Errors are worded by the shared Indonesian error map ("… tidak dikenal. Pilih salah satu: …"). */
export const perpetratorRoleSchema = z.enum(PERPETRATOR_ROLES);

export type PerpetratorRole = z.output<typeof perpetratorRoleSchema>;
