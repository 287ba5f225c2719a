import { z } from 'astro/zod';

/**
 * The programme's tracks, in teaching order. Labels live in `src/i18n/id.ts`.
 * Source of truth for the scope: the curriculum (tracks and lesson counts).
 */
export const TRACKS = [
	'paud',
	'fase-a',
	'fase-b',
	'fase-c',
	'fase-d',
	'pesantren',
	'pendidik',
] as const;

/** Concept ids every lesson and quiz question is tagged with. */
export const CONCEPTS = [
	'tubuhku',
	'bagian-pribadi',
	'sentuhan',
	'tolak-pergi-cerita',
	'rahasia',
	'orang-terpercaya',
	'bukan-salahku',
	'perasaan',
	'menghormati',
	'bujuk-rayu',
	'membantu-teman',
	'daring',
	'pubertas',
	'hak-dan-lapor',
	'persetujuan',
	'asrama',
] as const;

/** Kurikulum Merdeka subjects a lesson can sit in. */
export const SUBJECTS = [
	'PJOK',
	'Pendidikan Agama dan Budi Pekerti',
	'Pendidikan Pancasila',
	'BK',
] as const;

/** Profil Lulusan dimensions (Permendikdasmen 13/2025). */
export const PROFILE_DIMENSIONS = [
	'keimanan dan ketakwaan',
	'kewargaan',
	'penalaran kritis',
	'kreativitas',
	'kolaborasi',
	'kemandirian',
	'kesehatan',
	'komunikasi',
] as const;

export const TrackSchema = z.enum(TRACKS);
export const ConceptSchema = z.enum(CONCEPTS);
export const SubjectSchema = z.enum(SUBJECTS);
export const ProfileDimensionSchema = z.enum(PROFILE_DIMENSIONS);

export type Track = z.output<typeof TrackSchema>;
export type Concept = z.output<typeof ConceptSchema>;
