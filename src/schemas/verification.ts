import { z } from 'astro/zod';
import { DateSchema } from './fields';

/**
 * When a fact's sources were gathered, and whether anyone has since matched it against the
 * institution's own live page. Until `verified` is filled in, pages say plainly that it has not been.
 */
export const FactDatesFields = {
	/** The date the sources were collected: not a verification. */
	gathered: DateSchema,
	/** Filled in only after someone matched the fact on the official site, with that page's address. */
	verified: z
		.object({
			date: DateSchema,
			url: z.string().url('Harus berupa alamat web lengkap (https://…).'),
		})
		.strict()
		.optional(),
};
