import type { KitName } from '../pictures/kit';
import type { Channel, Helpline } from '../../schemas/helpline';

/**
 * The asrama poster (/sekolah/poster-asrama/): which kit drawing stands beside each of the six
 * rules, and which services and channels it prints. Pure data and selection; the page draws them.
 */

/** The drawings beside each rule, by rule id. Rule 2 has one figure for each asrama (putri, putra). */
export const POSTER_RULE_PICTURES: Record<string, readonly KitName[]> = {
	'tubuhku-milikku': ['garis-tubuh'],
	'bagian-pribadi': ['anak-perempuan-garis', 'anak-laki-laki-garis'],
	'tolak-pergi-cerita': ['balon-kata'],
	'kejutan-rahasia': ['kado'],
	'lima-jari': ['tangan-lima-jari'],
	'bukan-salahku': ['hati'],
};

/** The drawings of the rule, or an error naming the rule when the poster has none for it. */
export function rulePictures(ruleId: string): readonly KitName[] {
	const pictures = POSTER_RULE_PICTURES[ruleId];
	if (!pictures?.length)
		throw new Error(
			`Poster asrama: aturan "${ruleId}" belum punya gambar di src/lib/print/poster.ts.`
		);
	return pictures;
}

/** The services a pondok's santri and families may reach from the asrama, besides the local UPTD PPA. */
const POSTER_SERVICES = (h: Pick<Helpline, 'featured' | 'urgent'>, id: string) =>
	h.featured || h.urgent || id === 'telepontren';

/** Only what a santri can dial or message: a call or a WhatsApp number. */
const dialable = (c: Channel) => c.type === 'telepon' || c.type === 'whatsapp';

/**
 * The services the poster lists with their numbers (SAPA 129, the emergency lines, TelePontren), in
 * the helplines data's order, each with only its phone and WhatsApp channels. UPTD PPA has no
 * national number: the poster gives it a blank.
 */
export function posterHelplines<T extends { id: string; data: Helpline }>(helplines: readonly T[]) {
	return helplines
		.filter((h) => POSTER_SERVICES(h.data, h.id))
		.map((h) => ({ ...h, channels: h.data.channels.filter(dialable) }))
		.filter((h) => h.channels.length > 0);
}
