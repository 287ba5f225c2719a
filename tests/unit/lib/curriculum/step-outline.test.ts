import { describe, expect, it } from 'vitest';
import {
	activityId,
	outlineMinutes,
	parseTimedLead,
	readOutline,
} from '../../../../src/lib/curriculum/step-outline';

describe('parseTimedLead', () => {
	it('reads the title and minutes of a timed lead', () => {
		expect(parseTimedLead('Kuis bersama (8 menit).')).toEqual({
			title: 'Kuis bersama',
			minutes: 8,
		});
	});

	it('keeps what else the parentheses say', () => {
		expect(parseTimedLead('Tambahan untuk santri putri (3 menit, jika waktu cukup).')).toEqual({
			title: 'Tambahan untuk santri putri',
			minutes: 3,
			note: 'jika waktu cukup',
		});
	});

	it('reads a lead without minutes as no activity', () => {
		expect(parseTimedLead('Jika waktu terbatas.')).toBeUndefined();
	});
});

describe('activityId', () => {
	it('takes the label before the colon and never repeats an anchor', () => {
		const taken = new Set(['langkah-inti']);
		expect(activityId('Kegiatan 3: Cerita Bima', taken)).toBe('langkah-kegiatan-3');
		expect(activityId('Kegiatan 3: Cerita lain', taken)).toBe('langkah-kegiatan-3-2');
		expect(activityId('Inti', taken)).toBe('langkah-inti-2');
	});
});

describe('readOutline', () => {
	it('keeps well-formed parts and drops anything else', () => {
		const part = { id: 'langkah-inti', title: 'Inti', minutes: 20, activities: [] };
		expect(readOutline([part, { id: 3 }, null])).toEqual([part]);
		expect(readOutline(undefined)).toEqual([]);
		expect(outlineMinutes([part, { ...part, minutes: 15 }])).toBe(35);
	});
});
