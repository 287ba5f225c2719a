/** Small guards for reading saved progress back: anything unexpected is dropped, never trusted. */
export const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** The strings of `v` that are among `ids` (all strings when `ids` is left out). */
export const strings = (v: unknown, ids?: readonly string[]): string[] =>
	Array.isArray(v)
		? v.filter((x): x is string => typeof x === 'string' && (!ids || ids.includes(x)))
		: [];

/** `v` when it is one of `ids`, else null. */
export const knownOr = (v: unknown, ids: readonly string[]): string | null =>
	typeof v === 'string' && ids.includes(v) ? v : null;
