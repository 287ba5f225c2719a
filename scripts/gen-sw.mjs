// Writes dist/sw.js with Workbox after the search index exists.
//
// What is saved when:
// - The first visit saves the core only (CORE below): the shell's scripts, home, help, the parents' door and
//   its crisis guides, the children's door, search with its whole index, and /offline/. A mother who opens
//   one guide on a prepaid plan does not pay for the whole programme.
// - Every other page and file is saved when it is opened (pages: network first, so they stay current;
//   other files: from the device first, then refreshed).
// - A teacher saves the whole programme with one button on /offline/, which reads /offline/daftar.json
//   (every file with its revision, size and, for pages, title) and stores what is missing in the same
//   caches the service worker reads.
// A new version of the core waits until the reader chooses to reload ("Versi baru tersedia"), so a page
// never mixes old and new files. A page not saved yet, opened offline, shows /offline/ with what is saved.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSW, getManifest } from 'workbox-build';

/** The files the first visit saves: what a parent or child in a hurry needs, and search. */
export const CORE = [
	'index.html',
	'404.html',
	'bantuan/index.html',
	'orang-tua/index.html',
	'orang-tua/jika-anak-bercerita/index.html',
	'orang-tua/cara-melapor/index.html',
	'orang-tua/setelah-melapor/index.html',
	'orang-tua/tanda-peringatan/index.html',
	'anak/index.html',
	'cari/index.html',
	'offline/index.html',
	'offline/daftar.json',
	'manifest.webmanifest',
	'favicon.svg',
	'icons/*',
	'_astro/**',
	'pagefind/**',
];

/** Cache names shared with the /offline/ page's download (src/lib/offline/program.ts). */
const PAGES_CACHE = 'jaga-diri-halaman';
const FILES_CACHE = 'jaga-diri-berkas';

const everything = {
	globDirectory: 'dist',
	// Every page and asset, and the whole search index whatever its file types.
	globPatterns: ['**/*.{html,js,css,svg,png,webmanifest,json,txt}', 'pagefind/**/*'],
	// The service worker itself, and Pagefind's fallback for pages without a language (ours all say id).
	globIgnores: ['sw.js', 'workbox-*.js', '_headers', 'pagefind/wasm.unknown.pagefind'],
	maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
};
/** The list itself is written below, from this listing: it is never part of it. */
const listing = { ...everything, globIgnores: [...everything.globIgnores, 'offline/daftar.json'] };

const all = await getManifest(listing);
const core = new Set(
	(await getManifest({ ...listing, globPatterns: CORE })).manifestEntries.map((e) => e.url)
);
for (const pattern of CORE.filter((p) => !p.includes('*'))) {
	if (pattern !== 'offline/daftar.json' && !core.has(pattern))
		throw new Error(`gen-sw: the core file ${pattern} was not built`);
}

const titleOf = (url) =>
	readFileSync(join('dist', url), 'utf8')
		.match(/<title>([^<]*)<\/title>/)?.[1]
		?.replace(/ · Jaga Diri$/, '')
		.replace(/&amp;/g, '&');

const files = all.manifestEntries
	.map((e) => ({
		url: `/${e.url}`,
		revision: e.revision,
		bytes: statSync(join('dist', e.url)).size,
		...(core.has(e.url) ? { core: true } : {}),
		...(e.url.endsWith('.html') ? { title: titleOf(e.url) } : {}),
	}))
	.sort((a, b) => (a.url < b.url ? -1 : 1));
writeFileSync('dist/offline/daftar.json', JSON.stringify({ files }));

/** Cache keys without the query: a search never lands in the cache, and one page is one entry. */
const withoutQuery = {
	cacheKeyWillBeUsed: async ({ request }) => {
		const url = new URL(request.url);
		url.search = '';
		url.hash = '';
		return url.href;
	},
};

const { count, size, warnings } = await generateSW({
	...everything,
	globPatterns: CORE,
	swDest: 'dist/sw.js',
	// Pages live at /x/ and are stored as /x/index.html.
	directoryIndex: 'index.html',
	// /cari/?q=… and Pagefind's ?ts=… must hit the precached files.
	ignoreURLParametersMatching: [/.*/],
	runtimeCaching: [
		{
			urlPattern: ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate',
			handler: 'NetworkFirst',
			options: {
				cacheName: PAGES_CACHE,
				networkTimeoutSeconds: 6,
				plugins: [withoutQuery],
				precacheFallback: { fallbackURL: '/offline/index.html' },
			},
		},
		{
			// The /offline/ download asks with `cache: 'no-store'` and stores what it gets itself.
			urlPattern: ({ request, sameOrigin }) =>
				sameOrigin && request.method === 'GET' && request.cache !== 'no-store',
			handler: 'StaleWhileRevalidate',
			options: { cacheName: FILES_CACHE, plugins: [withoutQuery] },
		},
	],
	cleanupOutdatedCaches: true,
	clientsClaim: true,
	skipWaiting: false,
	inlineWorkboxRuntime: true,
	sourcemap: false,
	mode: 'production',
});
for (const warning of warnings) console.warn(`gen-sw: ${warning}`);
const fullKB = (all.size / 1024).toFixed(1);
console.log(
	`gen-sw: first visit saves ${count} files, ${(size / 1024).toFixed(1)} KB; the whole programme is ${files.length} files, ${fullKB} KB`
);
