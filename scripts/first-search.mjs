// First search on a slow phone: opens /cari/?q=anak on a built site in Chromium and counts the
// requests and the gzip kilobytes transferred from the start of the page until the first result shows.
// Sizes are what a server that gzips text (HTML, CSS, JS, JSON, SVG) would send; Pagefind's own index
// and fragment files are gzip already and count as they are.
// Usage: node scripts/first-search.mjs [dist] [query]   (the bench runs it on every site it builds)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from './chromium.mjs';
import { serveStatic } from './serve-static.mjs';

/** Goal of the first search: at most this much before the first result shows. */
export const FIRST_SEARCH_LIMIT = { requests: 15, kb: 130 };

const TEXT = /\.(html|css|js|mjs|json|svg|webmanifest|txt)$|\/$/;

/** Bytes of one file as a gzipping server would send it. */
function sentBytes(dist, pathname) {
	const file = join(dist, decodeURIComponent(pathname), pathname.endsWith('/') ? 'index.html' : '');
	let body;
	try {
		body = readFileSync(file);
	} catch {
		return 0;
	}
	return TEXT.test(pathname) ? gzipSync(body, { level: 6 }).length : body.length;
}

/**
 * Measures the first search for `query` on the site built in `dist`.
 * Resolves with the requests (each with its gzip bytes) made before the first result was visible.
 */
export async function measureFirstSearch(dist, query = 'anak') {
	const server = await serveStatic(dist);
	const browser = await chromium.launch({ executablePath: systemChromium, args: CHROMIUM_ARGS });
	try {
		const page = await browser.newPage();
		const requests = [];
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (url.origin === server.url) requests.push(url.pathname);
			else requests.push(request.url());
		});
		// The moment the first result enters the list, the page reports back: requests made later
		// (filters, the rest of the results) do not count.
		let before;
		let markShown;
		const shownFirst = new Promise((resolve) => (markShown = resolve));
		await page.exposeFunction('firstResultShown', () => {
			before ??= [...requests];
			markShown();
		});
		await page.addInitScript(() => {
			new MutationObserver((_, observer) => {
				if (!document.querySelector('#search-results > li')) return;
				observer.disconnect();
				void window.firstResultShown();
			}).observe(document, { childList: true, subtree: true });
		});
		await page.goto(`${server.url}/cari/?q=${encodeURIComponent(query)}`);
		await shownFirst;
		await page.locator('#search-results > li a').first().waitFor({ state: 'visible' });
		const files = before.map((path) => ({
			path,
			bytes: path.startsWith('/') ? sentBytes(dist, path) : 0,
		}));
		const bytes = files.reduce((sum, f) => sum + f.bytes, 0);
		const shown = await page.locator('#search-results > li').count();
		return { query, requests: files.length, kb: bytes / 1024, shown, files };
	} finally {
		await browser.close();
		await server.close();
	}
}

/** One line for the bench, and whether the measurement is within the goal. */
export function describeFirstSearch(m) {
	const ok = m.requests <= FIRST_SEARCH_LIMIT.requests && m.kb <= FIRST_SEARCH_LIMIT.kb;
	return {
		ok,
		line: `first search "${m.query}": ${m.requests} requests, ${m.kb.toFixed(1)} KB gzip before ${m.shown} results show (goal at most ${FIRST_SEARCH_LIMIT.requests} requests, ${FIRST_SEARCH_LIMIT.kb} KB)`,
	};
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const [dist = 'dist', query = 'anak'] = process.argv.slice(2);
	const m = await measureFirstSearch(dist, query);
	const { ok, line } = describeFirstSearch(m);
	for (const f of m.files)
		console.log(`  ${(f.bytes / 1024).toFixed(1).padStart(7)} KB  ${f.path}`);
	console.log(line);
	if (!ok) process.exitCode = 1;
}
