import { z } from 'astro/zod';

/**
 * Whom the adults in a story tell, outside the school or pondok, at its end: the services whose
 * job is to protect children, and the child's parents. Used on a story's final scene.
 */
export const REPORT_CHANNELS = ['uptd-ppa', 'sapa', 'polisi', 'telepontren', 'orang-tua'] as const;

export const reportChannelSchema = z.enum(REPORT_CHANNELS, {
	errorMap: () => ({ message: `Pilih salah satu tujuan laporan: ${REPORT_CHANNELS.join(', ')}.` }),
});

export type ReportChannel = z.output<typeof reportChannelSchema>;
