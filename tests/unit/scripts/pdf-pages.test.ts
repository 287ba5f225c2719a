import { describe, expect, it } from 'vitest';
import { countPdfPages, mmToPt, pdfPageSizes } from '../../../scripts/pdf-pages.mjs';

const pdf = (body: string) => new TextEncoder().encode(`%PDF-1.4\n${body}\n%%EOF`);

describe('countPdfPages', () => {
	it('counts /Type /Page objects and not the /Pages tree, with or without spaces', () => {
		const file = pdf(
			[
				'1 0 obj << /Type /Pages /Kids [2 0 R 3 0 R 4 0 R] /Count 3 >> endobj',
				'2 0 obj << /Type /Page /Parent 1 0 R /MediaBox [0 0 595.92 842.88] >> endobj',
				'3 0 obj <</Type/Page/Parent 1 0 R/MediaBox [0 0 595.92 842.88]>> endobj',
				'4 0 obj << /Type /Page\n/MediaBox [0 0 610.08 936] >> endobj',
			].join('\n')
		);
		expect(countPdfPages(file)).toBe(3);
		expect(pdfPageSizes(file)).toEqual([
			{ width: 595.92, height: 842.88 },
			{ width: 595.92, height: 842.88 },
			{ width: 610.08, height: 936 },
		]);
	});

	it('finds no page in something that is not a PDF', () => {
		expect(countPdfPages(pdf(''))).toBe(0);
	});
});

describe('mmToPt', () => {
	it('converts millimetres to points (A4 width is about 595 pt)', () => {
		expect(mmToPt(210)).toBeCloseTo(595.28, 1);
		expect(mmToPt(25.4)).toBe(72);
	});
});
