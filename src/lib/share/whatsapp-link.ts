/**
 * A link that opens WhatsApp with a message ready to send: the page title, then its address. It is a
 * plain link the reader chooses to follow; nothing is sent until they send the message themselves.
 */
export function whatsappShareLink(title: string, url: string): string {
	return `https://wa.me/?text=${encodeURIComponent(`${title}\n${url}`)}`;
}

/** The address to share: the page without its #fragment or ?query (no search terms, no anchors). */
export function shareableUrl(href: string): string {
	const url = new URL(href);
	return url.origin + url.pathname;
}
