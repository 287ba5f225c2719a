import { z } from 'astro/zod';

/**
 * Who hurts the child in a story or quiz item. Tagging this lets the content tests check that a
 * track shows known and respected adults as well as visitors and older children.
 * - `pimpinan`: the kiai, the pengasuh or the pimpinan pondok
 * - `keluarga-pimpinan`: someone of the ndalem (son, menantu, close aide)
 * - `guru`: a teacher or ustadz; `guru-ngaji`: a guru ngaji or TPA/TPQ teacher
 * - `keluarga`: a relative at home; `teman`: a peer; `kakak-kelas`: an older student or senior santri
 * - `orang-dikenal`: a known adult (neighbour, driver, coach); `orang-asing`: a stranger
 * - `daring`: someone met online
 */
export const PERPETRATOR_ROLES = [
	'pimpinan',
	'keluarga-pimpinan',
	'guru',
	'guru-ngaji',
	'keluarga',
	'teman',
	'kakak-kelas',
	'orang-dikenal',
	'orang-asing',
	'daring',
] as const;

export const perpetratorRoleSchema = z.enum(PERPETRATOR_ROLES, {
	errorMap: () => ({ message: `Pilih salah satu pelaku: ${PERPETRATOR_ROLES.join(', ')}.` }),
});

export type PerpetratorRole = z.output<typeof perpetratorRoleSchema>;
