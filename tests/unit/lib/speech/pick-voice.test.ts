import { describe, expect, it } from 'vitest';
import {
	isIndonesian,
	pickIndonesianVoice,
	type VoiceLike,
} from '../../../../src/lib/speech/pick-voice';

const voice = (lang: string, extra: Partial<VoiceLike> = {}): VoiceLike => ({
	lang,
	name: `${lang} ${JSON.stringify(extra)}`,
	...extra,
});

describe('isIndonesian', () => {
	it('accepts the ways devices name Indonesian', () => {
		for (const lang of ['id-ID', 'id_ID', 'in_ID', 'in-ID', 'id', 'in', 'ID-id', 'IN_id']) {
			expect(isIndonesian(voice(lang)), lang).toBe(true);
		}
	});

	it('rejects other languages, including lookalikes that start with "id" or "in"', () => {
		for (const lang of ['en-US', 'en-ID', 'ms-MY', 'jv-ID', 'ido', 'inh-RU', 'it-IT', '']) {
			expect(isIndonesian(voice(lang)), lang).toBe(false);
		}
	});
});

describe('pickIndonesianVoice', () => {
	it('returns nothing when the device has no Indonesian voice', () => {
		expect(pickIndonesianVoice([])).toBeUndefined();
		expect(
			pickIndonesianVoice([voice('en-US', { default: true }), voice('ms-MY')])
		).toBeUndefined();
	});

	it('never picks a default voice of another language over an Indonesian one', () => {
		const indonesian = voice('id-ID', { localService: false });
		expect(pickIndonesianVoice([voice('en-US', { default: true }), indonesian])).toBe(indonesian);
	});

	it('prefers a voice on the device over a network one, even the default', () => {
		const network = voice('id-ID', { localService: false, default: true });
		const local = voice('id_ID', { localService: true });
		expect(pickIndonesianVoice([network, local])).toBe(local);
	});

	it('prefers the default among voices on the device', () => {
		const local = voice('id-ID', { localService: true });
		const localDefault = voice('in_ID', { localService: true, default: true });
		expect(pickIndonesianVoice([local, localDefault])).toBe(localDefault);
	});

	it('treats a voice that does not say where it runs as on the device', () => {
		const unknown = voice('id-ID');
		expect(pickIndonesianVoice([voice('id-ID', { localService: false }), unknown])).toBe(unknown);
	});

	it('keeps the device order among equal voices and leaves the list alone', () => {
		const first = voice('id-ID', { name: 'Satu' });
		const second = voice('id-ID', { name: 'Dua' });
		const list = [voice('en-US'), first, second];
		expect(pickIndonesianVoice(list)).toBe(first);
		expect(list.map((v) => v.lang)).toEqual(['en-US', 'id-ID', 'id-ID']);
	});
});
