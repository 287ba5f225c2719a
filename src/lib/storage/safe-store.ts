/** The part of the Web Storage API this module needs; pass `localStorage` in. */
export interface StorageLike {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

/**
 * Keeps one JSON value under one key, and never throws: storage may be missing (private mode),
 * full, blocked, or hold something corrupted or from an older version. Reading validates the value
 * and gives `null` for anything it cannot trust, so callers simply start fresh.
 */
export function createSafeStore<T>(
	storage: StorageLike | undefined,
	key: string,
	isValid: (value: unknown) => value is T
) {
	return {
		read(): T | null {
			try {
				const raw = storage?.getItem(key);
				if (raw == null) return null;
				const value: unknown = JSON.parse(raw);
				return isValid(value) ? value : null;
			} catch {
				return null;
			}
		},
		/** True when the value was saved. */
		write(value: T): boolean {
			try {
				if (!storage) return false;
				storage.setItem(key, JSON.stringify(value));
				return true;
			} catch {
				return false;
			}
		},
		clear(): void {
			try {
				storage?.removeItem(key);
			} catch {
				/* nothing to clear */
			}
		},
	};
}
