import { z } from 'astro/zod';

/** Lowercase ASCII kebab-case id, as used for slugs, question ids and choice ids. */
export const IdSchema = z
	.string()
	.regex(
		/^[a-z0-9]+(?:-[a-z0-9]+)*$/,
		'Gunakan huruf kecil, angka dan tanda hubung (contoh: "bagian-pribadi").'
	);

/** A piece of text an author must fill in: trimmed, not empty. */
export const TextSchema = z.string().trim().min(1, 'Tidak boleh kosong.');

/** A calendar date written as YYYY-MM-DD in YAML (parsed to a Date by YAML or given as text). */
export const DateSchema = z.coerce.date({
	errorMap: () => ({ message: 'Tulis tanggal sebagai TTTT-BB-HH, misalnya 2026-11-28.' }),
});
