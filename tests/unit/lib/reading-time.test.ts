import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../../src/lib/teacher/reading-time';

describe('reading time', () => {
	it('counts words, not tags, imports or Markdown marks', () => {
		expect(
			countWords('import X from "y";\n## Judul satu\n\n<DaftarJalur />\n**Baca** ini - ya.')
		).toBe(5);
		expect(countWords('')).toBe(0);
	});

	it('rounds up at 180 words a minute: 1,452 words are 9 minutes, never "ten" for 2,586', () => {
		expect(readingMinutes(1452)).toBe(9);
		expect(readingMinutes(2586)).toBe(15);
		expect(readingMinutes(180)).toBe(1);
		expect(readingMinutes(181)).toBe(2);
		expect(readingMinutes(0)).toBe(1);
	});
});
