import { describe, expect, it } from 'vitest';
import { shareableUrl, whatsappShareLink } from '../../../src/lib/share/whatsapp-link';

describe('whatsappShareLink', () => {
	it('opens WhatsApp with the title and the address on the next line, all encoded', () => {
		expect(whatsappShareLink('Bagian Pribadi & Aku?', 'https://a.example/pelajaran/x/')).toBe(
			'https://wa.me/?text=Bagian%20Pribadi%20%26%20Aku%3F%0Ahttps%3A%2F%2Fa.example%2Fpelajaran%2Fx%2F'
		);
	});

	it('round-trips text that needs encoding', () => {
		const link = whatsappShareLink('“Tolak – Pergi – Cerita”', 'https://a.example/');
		const text = new URL(link).searchParams.get('text');
		expect(text).toBe('“Tolak – Pergi – Cerita”\nhttps://a.example/');
	});
});

describe('shareableUrl', () => {
	it('drops the #anchor and ?query, keeps the page', () => {
		expect(shareableUrl('https://a.example/orang-tua/x/?q=rahasia#langkah')).toBe(
			'https://a.example/orang-tua/x/'
		);
	});
});
