import type { ChecklistAnswer } from './summarize';

/** What the self-check keeps on the device when the user turns "remember" on. */
export interface StoredChecklist {
	version: 1;
	name: string;
	answers: Record<string, ChecklistAnswer>;
}

const ANSWERS: readonly string[] = ['sudah', 'belum', 'tidak-tahu'];

/** Accepts only a well-formed stored self-check; anything else means "start fresh". */
export function isStoredChecklist(value: unknown): value is StoredChecklist {
	if (typeof value !== 'object' || value === null) return false;
	const v = value as Record<string, unknown>;
	if (v.version !== 1 || typeof v.name !== 'string') return false;
	if (typeof v.answers !== 'object' || v.answers === null || Array.isArray(v.answers)) return false;
	return Object.values(v.answers).every((a) => typeof a === 'string' && ANSWERS.includes(a));
}

export const CHECKLIST_STORAGE_KEY = 'jaga-diri:daftar-periksa';
