import { z } from 'astro/zod';

const TYPE_NAMES: Record<string, string> = {
	string: 'teks',
	number: 'angka',
	integer: 'bilangan bulat',
	float: 'pecahan',
	boolean: 'true atau false',
	array: 'daftar (baris yang diawali tanda -)',
	object: 'kumpulan kolom',
	date: 'tanggal',
};

function typeName(type: string): string {
	return TYPE_NAMES[type] ?? type;
}

/**
 * Indonesian messages for zod's generic issues, so that content authors read the build output in
 * their own language. Messages written in a schema (`.min(1, '…')`, refinements) pass through.
 */
export const idErrorMap: z.ZodErrorMap = (issue, ctx) => {
	if (issue.message) return { message: issue.message };
	switch (issue.code) {
		case z.ZodIssueCode.invalid_type:
			if (issue.received === 'undefined') return { message: 'Wajib diisi.' };
			return {
				message: `Harus berupa ${typeName(issue.expected)}, bukan ${typeName(issue.received)}.`,
			};
		case z.ZodIssueCode.invalid_enum_value:
			return {
				message: `"${String(issue.received)}" tidak dikenal. Pilih salah satu: ${issue.options.join(', ')}.`,
			};
		case z.ZodIssueCode.invalid_literal:
			return { message: `Harus "${String(issue.expected)}".` };
		case z.ZodIssueCode.unrecognized_keys:
			return {
				message: `Kolom tidak dikenal: ${issue.keys.join(', ')}. Periksa ejaan nama kolom.`,
			};
		case z.ZodIssueCode.invalid_union_discriminator:
			return {
				message: `Jenis tidak dikenal. Pilih salah satu: ${issue.options.map(String).join(', ')}.`,
			};
		case z.ZodIssueCode.too_small:
			if (issue.type === 'array') return { message: `Isi minimal ${issue.minimum} butir.` };
			if (issue.type === 'string') return { message: `Minimal ${issue.minimum} huruf.` };
			return { message: `Minimal ${issue.minimum}.` };
		case z.ZodIssueCode.too_big:
			if (issue.type === 'array') return { message: `Isi paling banyak ${issue.maximum} butir.` };
			if (issue.type === 'string') return { message: `Paling banyak ${issue.maximum} huruf.` };
			return { message: `Paling banyak ${issue.maximum}.` };
		case z.ZodIssueCode.invalid_date:
			return { message: 'Tanggal tidak valid. Tulis sebagai TTTT-BB-HH.' };
		case z.ZodIssueCode.invalid_string:
			return { message: 'Format teks tidak sesuai.' };
		default:
			return { message: ctx.defaultError };
	}
};

/** A dotted field path an author can find in the file: `questions.2.choices.0.feedback`. */
export function formatPath(path: readonly (string | number)[]): string {
	return path.length === 0 ? '(seluruh berkas)' : path.join('.');
}

/** One line per problem: `content/quizzes/x.yaml → questions.1.prompt: Wajib diisi.` */
export function formatIssues(file: string, error: z.ZodError): string[] {
	return error.issues.map((issue) => `${file} → ${formatPath(issue.path)}: ${issue.message}`);
}

/**
 * Wraps a content schema so that Astro reports its problems in Indonesian.
 *
 * Astro parses collections with its own English error map, which overrides zod's type and
 * "Required" messages. Here the real schema runs first with `idErrorMap`; each problem is
 * re-raised as a custom issue carrying its Indonesian text (custom messages pass Astro's map
 * unchanged). Only a clean input reaches the inner schema through the pipe, so its output types,
 * defaults and `reference()` transforms stay exactly as declared.
 */
export function withIndonesianErrors<T extends z.ZodTypeAny>(schema: T) {
	return z
		.any()
		.superRefine(async (data, ctx) => {
			const result = await schema.safeParseAsync(data, { errorMap: idErrorMap });
			if (result.success) return;
			for (const issue of result.error.issues) {
				ctx.addIssue({ code: z.ZodIssueCode.custom, path: issue.path, message: issue.message });
			}
		})
		.pipe(schema);
}
