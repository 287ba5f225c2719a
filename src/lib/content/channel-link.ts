import type { Channel } from '../../schemas/helpline';

/**
 * The link that opens a channel on a phone: `tel:` for calls, a wa.me chat for WhatsApp (Indonesian
 * mobile numbers, 08… becomes 628…), the address for a form. Null when there is nothing to open.
 */
export function channelLink(channel: Pick<Channel, 'type' | 'value'>): string | null {
	const digits = channel.value.replace(/\D/g, '');
	switch (channel.type) {
		case 'telepon':
			return `tel:${digits}`;
		case 'whatsapp':
			return `https://wa.me/62${digits.replace(/^0/, '')}`;
		case 'formulir':
			return channel.value;
		default:
			return null;
	}
}
