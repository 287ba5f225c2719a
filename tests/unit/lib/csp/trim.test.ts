import { describe, expect, it } from 'vitest';
import { cspHash, inlineHashes, trimCspHashes } from '../../../../src/lib/csp/trim';

const style = '.a{color:red}';
const script = 'console.log(1)';
const other = cspHash('.elsewhere{}');
const page = (policy: string, body = '') =>
	`<html><head><meta http-equiv="content-security-policy" content="${policy}"><style>${style}</style></head>` +
	`<body><script type="module">${script}</script><script type="module" src="/_astro/x.js"></script>${body}</body></html>`;
const policy = (hashes: string[], styles: string[]) =>
	`default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}; style-src 'self' ${styles.join(' ')};`;

describe('inlineHashes', () => {
	it('hashes inline scripts and styles but not scripts loaded from a file', () => {
		const hashes = inlineHashes(page(''));
		expect(hashes).toEqual(new Set([cspHash(style), cspHash(script)]));
		expect(hashes.has(cspHash(''))).toBe(false);
	});
});

describe('trimCspHashes', () => {
	it('keeps the hashes of the page’s own inline code and drops the rest', () => {
		const html = page(policy([cspHash(script), other], [other, cspHash(style)]));
		const out = trimCspHashes(html);
		expect(out).toContain(
			`content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${cspHash(script)}; style-src 'self' ${cspHash(style)};"`
		);
		expect(out).not.toContain(other);
		expect(out.replace(/<meta[^>]*>/, '')).toBe(html.replace(/<meta[^>]*>/, ''));
	});

	it('never adds a hash the policy did not have', () => {
		const out = trimCspHashes(page(policy([other], [other])));
		expect(out).toContain(`script-src 'self' 'wasm-unsafe-eval'; style-src 'self';`);
		expect(out).not.toContain(cspHash(style));
	});

	it('leaves a page without a CSP <meta> unchanged', () => {
		const html = `<html><head><style>${style}</style></head></html>`;
		expect(trimCspHashes(html)).toBe(html);
	});
});
