import { createHash } from 'node:crypto';

/*
 * Astro's CSP <meta> lists the hash of every inline script and style in the whole site, on every
 * page: about 45 random characters each, which gzip cannot shrink (about 1.8 KB per page with 47
 * hashes). A page only needs the hashes of the inline scripts and styles it carries itself.
 */

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;
const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi;
const HASH = /'sha256-[A-Za-z0-9+/=]+'/g;

/** The CSP source expression for an inline element's text, as the browser computes it. */
export function cspHash(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Hashes of the inline scripts (those without `src`) and styles on a page. */
export function inlineHashes(html: string): Set<string> {
	const hashes = new Set<string>();
	for (const [, tag, attrs, text] of html.matchAll(INLINE)) {
		if (tag!.toLowerCase() === 'script' && /\bsrc\s*=/i.test(attrs!)) continue;
		hashes.add(cspHash(text!));
	}
	return hashes;
}

/**
 * The page with its CSP <meta> keeping only the hashes of its own inline scripts and styles.
 * Nothing is ever added, and a page without the <meta> is returned unchanged.
 */
export function trimCspHashes(html: string): string {
	const meta = html.match(META);
	if (!meta) return html;
	const own = inlineHashes(html);
	const policy = meta[1]!
		.replace(HASH, (hash) => (own.has(hash) ? hash : ''))
		.replace(/ {2,}/g, ' ');
	const trimmed = meta[0].replace(meta[1]!, () => policy.replace(/ ;/g, ';'));
	return html.replace(meta[0], () => trimmed);
}
