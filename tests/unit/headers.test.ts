import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Parses a Cloudflare-style _headers file into { path: { header: value } } (removals dropped). */
function parseHeaders(text: string): Record<string, Record<string, string>> {
	const rules: Record<string, Record<string, string>> = {};
	let current: Record<string, string> | undefined;
	for (const line of text.split('\n')) {
		if (line.trim() === '' || line.startsWith('#')) continue;
		if (!line.startsWith(' ')) {
			current = rules[line.trim()] = {};
		} else if (current && !line.trim().startsWith('!')) {
			const [name, ...value] = line.trim().split(':');
			current[name!.toLowerCase()] = value.join(':').trim();
		}
	}
	return rules;
}

const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));
const all = rules['/*']!;

describe('public/_headers', () => {
	it('sends the security headers on every path', () => {
		expect(all['x-content-type-options']).toBe('nosniff');
		expect(all['referrer-policy']).toBe('no-referrer');
		expect(all['permissions-policy']).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
	});

	it('allows nothing from other origins and no framing', () => {
		const csp = all['content-security-policy']!;
		expect(csp).toContain("default-src 'self'");
		expect(csp).toContain("frame-ancestors 'none'");
		expect(csp).toContain("object-src 'none'");
		expect(csp).not.toMatch(/https?:|\*/);
	});

	it('revalidates pages but caches hashed assets for a year', () => {
		expect(all['cache-control']).toBe('no-cache');
		expect(rules['/_astro/*']?.['cache-control']).toBe('public, max-age=31536000, immutable');
	});
});
