// Reads what a test or script needs from a PDF without a PDF library: its pages and their sizes.
// Chromium (Skia) writes every page as a plain `/Type /Page` object with its own /MediaBox.

const text = (pdf) => Buffer.from(pdf).toString('latin1');

/** The number of pages: `/Type /Page` objects (not `/Type /Pages`, the page tree). */
export function countPdfPages(pdf) {
	return [...text(pdf).matchAll(/\/Type\s*\/Page(?![A-Za-z])/g)].length;
}

/** Width and height of every page's MediaBox, in points (1 pt = 1/72 in). */
export function pdfPageSizes(pdf) {
	return [
		...text(pdf).matchAll(
			/\/MediaBox\s*\[\s*(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s*\]/g
		),
	].map(([, x0, y0, x1, y1]) => ({
		width: Number(x1) - Number(x0),
		height: Number(y1) - Number(y0),
	}));
}

/** Millimetres to PDF points. */
export const mmToPt = (mm) => (mm / 25.4) * 72;
