import { describe, expect, it } from 'vitest';
import { channelLink } from '../../../src/lib/content/channel-link';
import { byOrder } from '../../../src/lib/content/sort';
import { uniqueSources } from '../../../src/lib/content/unique-sources';
import { formatDate } from '../../../src/lib/format-date';
import { toId } from '../../../src/lib/to-id';
import { splitLinks } from '../../../src/lib/inline-links';

describe('channelLink', () => {
	it('dials the digits of a phone number', () => {
		expect(channelLink({ type: 'telepon', value: '129' })).toBe('tel:129');
		expect(channelLink({ type: 'telepon', value: '021-129' })).toBe('tel:021129');
	});
	it('opens WhatsApp with the Indonesian country code', () => {
		expect(channelLink({ type: 'whatsapp', value: '08111-129-129' })).toBe(
			'https://wa.me/628111129129'
		);
	});
	it('opens a form address and has nothing to open for a visit', () => {
		expect(channelLink({ type: 'formulir', value: 'https://example.org/lapor' })).toBe(
			'https://example.org/lapor'
		);
		expect(channelLink({ type: 'datang', value: 'Kantor UPTD PPA' })).toBeNull();
	});
});

describe('byOrder', () => {
	it('sorts by order, then by title, without touching the input', () => {
		const input = [
			{ data: { order: 2, title: 'B' } },
			{ data: { order: 1, title: 'Z' } },
			{ data: { order: 1, title: 'A' } },
		];
		expect(byOrder(input).map((e) => e.data.title)).toEqual(['A', 'Z', 'B']);
		expect(input[0]!.data.title).toBe('B');
	});
});

describe('uniqueSources', () => {
	it('drops repeated addresses and sorts by title', () => {
		const a = { title: 'Beta', url: 'https://b.example/' };
		const b = { title: 'Alfa', url: 'https://a.example/' };
		expect(uniqueSources([a, b, { ...a, title: 'Be' }])).toEqual([b, a]);
	});

	it('names a repeated address the same way whatever the order the sources come in', () => {
		const short = { title: 'Beta', url: 'https://b.example/' };
		const long = { title: 'Beta lengkap', url: 'https://b.example/' };
		const twin = { title: 'Beta lengkaP', url: 'https://b.example/' };
		const forward = uniqueSources([short, long, twin]);
		expect(uniqueSources([twin, long, short])).toEqual(forward);
		expect(uniqueSources([long, twin, short])).toEqual(forward);
		expect(forward).toHaveLength(1);
		expect(forward[0]!.title.length).toBe(long.title.length);
	});
});

describe('formatDate', () => {
	it('writes dates the Indonesian way', () => {
		expect(formatDate(new Date('2026-11-28'))).toBe('28 November 2026');
	});
});

describe('toId', () => {
	it('turns a heading into a readable id', () => {
		expect(toId('Inti (22 menit)')).toBe('inti-22-menit');
		expect(toId('Pembuka')).toBe('pembuka');
		expect(toId('Tolak – Pergi – Cerita!')).toBe('tolak-pergi-cerita');
	});
});

describe('splitLinks', () => {
	it('splits site links out of text', () => {
		expect(
			splitLinks('Lihat [kode etik](/sekolah/kode-etik/) dan [TPPK](/sekolah/tppk/).')
		).toEqual([
			{ text: 'Lihat ' },
			{ text: 'kode etik', href: '/sekolah/kode-etik/' },
			{ text: ' dan ' },
			{ text: 'TPPK', href: '/sekolah/tppk/' },
			{ text: '.' },
		]);
	});
	it('leaves other text and outside links as text', () => {
		expect(splitLinks('[luar](https://x.example) saja')).toEqual([
			{ text: '[luar](https://x.example) saja' },
		]);
	});
});
