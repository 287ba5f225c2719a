import { z } from 'astro/zod';
import { IdSchema, TextSchema } from './fields';
import { SourceSchema } from './source';
import { FactDatesFields } from './verification';

export const CHANNEL_TYPES = ['telepon', 'whatsapp', 'formulir', 'aplikasi', 'datang'] as const;

/** One way to reach a service. Phone numbers are typed only here, in the helplines data. */
export const ChannelSchema = z
	.object({
		type: z.enum(CHANNEL_TYPES),
		/** Short label, e.g. "Telepon" or "WhatsApp". */
		label: TextSchema,
		/** The number or address exactly as displayed, e.g. "08111-129-129". */
		value: TextSchema,
		/** An optional short hint shown under the value. */
		note: TextSchema.optional(),
	})
	.strict()
	.superRefine((channel, ctx) => {
		const isNumber = /^[0-9][0-9 -]*[0-9]$/.test(channel.value);
		if ((channel.type === 'telepon' || channel.type === 'whatsapp') && !isNumber) {
			ctx.addIssue({
				code: z.ZodIssueCode.custom,
				path: ['value'],
				message: `Nomor ${channel.type} hanya boleh berisi angka dan tanda hubung, misalnya "08111-129-129".`,
			});
		}
		if (channel.type === 'whatsapp' && !channel.value.startsWith('08')) {
			ctx.addIssue({
				code: z.ZodIssueCode.custom,
				path: ['value'],
				message: 'Nomor WhatsApp harus nomor seluler yang diawali 08.',
			});
		}
		if (channel.type === 'formulir' && !/^https:\/\/\S+$/.test(channel.value)) {
			ctx.addIssue({
				code: z.ZodIssueCode.custom,
				path: ['value'],
				message: 'Formulir harus berupa alamat web lengkap yang diawali https://.',
			});
		}
	});

/** A help service (`content/data/helplines.yaml`), with its sources and the date it was checked. */
export const HelplineSchema = z
	.object({
		id: IdSchema,
		/** Display order on the help page. */
		order: z.number().int().min(1),
		/** Short name, e.g. "SAPA 129". */
		name: TextSchema,
		/** Full official name. */
		fullName: TextSchema,
		/** Who it is for and what for. */
		purpose: TextSchema,
		/** What happens when you contact it. */
		whatHappens: TextSchema,
		/** Opening hours as text, e.g. "24 jam". */
		hours: TextSchema,
		/** A number to call when someone is in danger now: shown first on the help page. */
		urgent: z.boolean().default(false),
		/** Shown in every footer and every quiz's closing card. Exactly one service has it. */
		featured: z.boolean().default(false),
		channels: z.array(ChannelSchema).min(1, 'Sebutkan minimal satu cara menghubungi.'),
		sources: z.array(SourceSchema).min(1, 'Setiap layanan perlu minimal satu sumber.'),
		...FactDatesFields,
	})
	.strict();

export type Helpline = z.output<typeof HelplineSchema>;
export type Channel = z.output<typeof ChannelSchema>;
