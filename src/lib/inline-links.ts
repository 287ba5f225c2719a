/** A run of text, linked when `href` is set. */
export interface Segment {
	text: string;
	href?: string;
}

/**
 * Splits text with markdown-style links ("lihat [kode etik](/sekolah/kode-etik/)") into segments a
 * view can render safely, without parsing HTML. Only site-internal links (starting with "/") count.
 */
export function splitLinks(text: string): Segment[] {
	const segments: Segment[] = [];
	let rest = text;
	for (const match of text.matchAll(/\[([^\]]+)\]\((\/[^)\s]*)\)/g)) {
		const [whole, label, href] = match;
		const at = rest.indexOf(whole);
		if (at > 0) segments.push({ text: rest.slice(0, at) });
		segments.push({ text: label!, href });
		rest = rest.slice(at + whole.length);
	}
	if (rest) segments.push({ text: rest });
	return segments;
}
