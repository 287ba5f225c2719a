/** The standard sentence on screenshots (content/data/kalimat-baku.yaml, id tangkapan-layar). */
export const SCREENSHOT_SENTENCE = '<KalimatBaku id="tangkapan-layar" />';

const SCREENSHOT = /tangkapan layar|screenshot|memotret layar/i;

/**
 * The paragraphs of a page (front matter removed) that speak of screenshots while neither they nor
 * the paragraph after them carry the standard sentence, which keeps a child's intimate image out of
 * any screenshot a parent or child makes as evidence.
 */
export function screenshotsWithoutStandardSentence(body: string): string[] {
	const paragraphs = body.split(/\n\s*\n/);
	return paragraphs
		.filter(
			(paragraph, i) =>
				SCREENSHOT.test(paragraph) &&
				!paragraph.includes(SCREENSHOT_SENTENCE) &&
				!(paragraphs[i + 1] ?? '').includes(SCREENSHOT_SENTENCE)
		)
		.map((paragraph) => paragraph.trim());
}
