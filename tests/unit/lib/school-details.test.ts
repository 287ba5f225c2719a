import { describe, expect, it } from 'vitest';
import {
	cleanSchoolDetails,
	EMPTY_SCHOOL,
	isEmptySchool,
	isSchoolDetails,
	SCHOOL_FIELD_MAX,
	SCHOOL_STORAGE_KEY,
} from '../../../src/lib/school-details';
import { createSafeStore, type StorageLike } from '../../../src/lib/storage/safe-store';

function memory(initial: Record<string, string> = {}): StorageLike {
	const data = { ...initial };
	return {
		getItem: (k) => data[k] ?? null,
		setItem: (k, v) => {
			data[k] = v;
		},
		removeItem: (k) => {
			delete data[k];
		},
	};
}

describe('school details', () => {
	const filled = cleanSchoolDetails({ sekolah: '  SD Negeri 1  ', kelas: '2A' });

	it('trims and keeps every field', () => {
		expect(filled.sekolah).toBe('SD Negeri 1');
		expect(filled.uptdPpa).toBe('');
		expect(isSchoolDetails(filled)).toBe(true);
		expect(isEmptySchool(EMPTY_SCHOOL)).toBe(true);
		expect(isEmptySchool(filled)).toBe(false);
	});

	it('refuses what it cannot trust: other keys, numbers, too long, arrays', () => {
		expect(isSchoolDetails({ ...filled, extra: 'x' })).toBe(false);
		expect(isSchoolDetails({ ...filled, kelas: 2 })).toBe(false);
		expect(isSchoolDetails({ ...filled, guru: 'x'.repeat(SCHOOL_FIELD_MAX + 1) })).toBe(false);
		expect(isSchoolDetails([])).toBe(false);
		expect(isSchoolDetails(null)).toBe(false);
	});

	it('corrupted, missing or full storage gives nothing, never an error', () => {
		const corrupted = createSafeStore(
			memory({ [SCHOOL_STORAGE_KEY]: '{not json' }),
			SCHOOL_STORAGE_KEY,
			isSchoolDetails
		);
		expect(corrupted.read()).toBeNull();
		const missing = createSafeStore(undefined, SCHOOL_STORAGE_KEY, isSchoolDetails);
		expect(missing.read()).toBeNull();
		expect(missing.write(filled)).toBe(false);
		const full = createSafeStore(
			{
				...memory(),
				setItem: () => {
					throw new Error('QuotaExceededError');
				},
			},
			SCHOOL_STORAGE_KEY,
			isSchoolDetails
		);
		expect(full.write(filled)).toBe(false);
		const ok = createSafeStore(memory(), SCHOOL_STORAGE_KEY, isSchoolDetails);
		expect(ok.write(filled)).toBe(true);
		expect(ok.read()).toEqual(filled);
		ok.clear();
		expect(ok.read()).toBeNull();
	});
});
