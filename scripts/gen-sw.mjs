// Writes dist/sw.js with Workbox after the search index exists: every page, asset and search file is
// precached with a content hash, so after one visit the whole site, search included, works offline.
// A new version waits until the reader chooses to reload ("Versi baru tersedia"), so a page never
// mixes old and new files. Also writes /offline/daftar.json, the list /offline/ checks the cache
// against to tell a teacher whether this device is ready.
import { writeFileSync } from 'node:fs';
import { generateSW, getManifest } from 'workbox-build';

const files = {
	globDirectory: 'dist',
	// Every page and asset, and the whole search index whatever its file types.
	globPatterns: ['**/*.{html,js,css,svg,png,webmanifest,json,txt}', 'pagefind/**/*'],
	// The service worker itself, and Pagefind's fallback for pages without a language (ours all say id).
	globIgnores: ['sw.js', 'workbox-*.js', '_headers', 'pagefind/wasm.unknown.pagefind'],
	maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
};

const listed = await getManifest(files);
writeFileSync(
	'dist/offline/daftar.json',
	JSON.stringify({
		files: listed.manifestEntries.map((e) => `/${e.url}`).concat('/offline/daftar.json'),
		bytes: listed.size,
	})
);

const { count, size, warnings } = await generateSW({
	...files,
	swDest: 'dist/sw.js',
	// Pages live at /x/ and are stored as /x/index.html.
	directoryIndex: 'index.html',
	// /cari/?q=… and Pagefind's ?ts=… must hit the precached files.
	ignoreURLParametersMatching: [/.*/],
	navigateFallback: '/404.html',
	cleanupOutdatedCaches: true,
	clientsClaim: true,
	skipWaiting: false,
	inlineWorkboxRuntime: true,
	sourcemap: false,
	mode: 'production',
});
for (const warning of warnings) console.warn(`gen-sw: ${warning}`);
console.log(`gen-sw: ${count} files precached, ${(size / 1024).toFixed(1)} KB`);
