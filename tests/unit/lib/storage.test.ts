import { describe, expect, it } from 'vitest';
import { createSafeStore, type StorageLike } from '../../../src/lib/storage/safe-store';

function memoryStorage(
	initial: Record<string, string> = {}
): StorageLike & { data: Record<string, string> } {
	const data = { ...initial };
	return {
		data,
		getItem: (k) => data[k] ?? null,
		setItem: (k, v) => void (data[k] = v),
		removeItem: (k) => void delete data[k],
	};
}
const isNumbers = (v: unknown): v is number[] =>
	Array.isArray(v) && v.every((n) => typeof n === 'number');

describe('createSafeStore', () => {
	it('writes, reads back and clears a value', () => {
		const storage = memoryStorage();
		const store = createSafeStore(storage, 'k', isNumbers);
		expect(store.write([1, 2])).toBe(true);
		expect(store.read()).toEqual([1, 2]);
		store.clear();
		expect(storage.data).toEqual({});
	});

	it('starts fresh on corrupted or unexpected data', () => {
		expect(createSafeStore(memoryStorage({ k: '{not json' }), 'k', isNumbers).read()).toBeNull();
		expect(createSafeStore(memoryStorage({ k: '{"a":1}' }), 'k', isNumbers).read()).toBeNull();
	});

	it('never throws when storage is missing, full or blocked', () => {
		const broken: StorageLike = {
			getItem: () => {
				throw new Error('SecurityError');
			},
			setItem: () => {
				throw new Error('QuotaExceededError');
			},
			removeItem: () => {
				throw new Error('SecurityError');
			},
		};
		const store = createSafeStore(broken, 'k', isNumbers);
		expect(store.read()).toBeNull();
		expect(store.write([1])).toBe(false);
		expect(() => store.clear()).not.toThrow();
		expect(createSafeStore(undefined, 'k', isNumbers).write([1])).toBe(false);
	});
});
