/**
 * A school's details, typed once by a teacher and kept only in her browser (and only when she asks),
 * to fill the blanks of the printed letter, disclosure card and desk summary. Nothing is sent.
 */
export const SCHOOL_FIELDS = [
	'sekolah',
	'kelas',
	'guru',
	'kontak',
	'penerimaLaporan',
	'uptdPpa',
] as const;

export type SchoolField = (typeof SCHOOL_FIELDS)[number];

export type SchoolDetails = Record<SchoolField, string>;

export const SCHOOL_STORAGE_KEY = 'jaga-diri:sekolah';

/** The longest text one field may hold (a school's full name, a person with their role). */
export const SCHOOL_FIELD_MAX = 120;

export const EMPTY_SCHOOL: SchoolDetails = Object.fromEntries(
	SCHOOL_FIELDS.map((f) => [f, ''])
) as SchoolDetails;

/** True for a stored value this version can trust: every field a short string, nothing else. */
export function isSchoolDetails(value: unknown): value is SchoolDetails {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	const record = value as Record<string, unknown>;
	return (
		Object.keys(record).every((k) => (SCHOOL_FIELDS as readonly string[]).includes(k)) &&
		SCHOOL_FIELDS.every(
			(f) => typeof record[f] === 'string' && (record[f] as string).length <= SCHOOL_FIELD_MAX
		)
	);
}

/** The details as the form keeps them: trimmed and cut to length. */
export function cleanSchoolDetails(input: Partial<Record<SchoolField, string>>): SchoolDetails {
	return Object.fromEntries(
		SCHOOL_FIELDS.map((f) => [f, (input[f] ?? '').trim().slice(0, SCHOOL_FIELD_MAX)])
	) as SchoolDetails;
}

export function isEmptySchool(details: SchoolDetails): boolean {
	return SCHOOL_FIELDS.every((f) => details[f] === '');
}
