// Turns the ZIM build (dist-zim/, from `astro build --mode zim`) into files Kiwix can serve: a ZIM
// has no directory index and no server root, so every root-absolute link becomes page-relative and
// every directory link points at its index.html. The service worker, the search index, the install
// manifest and the offline page are web-only and are removed.
import { readdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const DIR = process.argv[2] ?? 'dist-zim';
const WEB_ONLY = ['sw.js', 'pagefind', 'offline', '_headers', 'manifest.webmanifest', 'robots.txt'];
for (const name of WEB_ONLY) rmSync(join(DIR, name), { recursive: true, force: true });

const htmlFiles = (function walk(dir) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []
	);
})(DIR);

/** `/pelajaran/x/#a` seen from `pelajaran/y/index.html` → `../x/index.html#a`. */
function relativeUrl(url, fromFile) {
	const [pathAndQuery, hash] = url.split('#');
	const [path, query] = pathAndQuery.split('?');
	let target = path.endsWith('/') ? `${path}index.html` : path;
	target = relative(dirname(fromFile), join(DIR, target)) || 'index.html';
	return `${target}${query ? `?${query}` : ''}${hash !== undefined ? `#${hash}` : ''}`;
}

let rewritten = 0;
for (const file of htmlFiles) {
	const html = readFileSync(file, 'utf8').replace(
		/\b(href|src|action|component-url|renderer-url)="(\/(?!\/)[^"]*)"/g,
		(_, attribute, url) => {
			rewritten += 1;
			return `${attribute}="${relativeUrl(url, file)}"`;
		}
	);
	writeFileSync(file, html);
}

// Kiwix shows this 48 × 48 picture in its library; the other icons are for installing the web app.
copyFileSync('public/icons/icon-48.png', join(DIR, 'zim-illustration.png'));
rmSync(join(DIR, 'icons'), { recursive: true, force: true });
console.log(
	`zim-prepare: ${htmlFiles.length} pages, ${rewritten} links made relative, web-only files removed`
);
