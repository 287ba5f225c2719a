// Turns the ZIM build (dist-zim/, from `astro build --mode zim`) into files Kiwix can serve: a ZIM
// has no directory index and no server root, so every root-absolute link becomes page-relative and
// every directory link points at its index.html. Inline scripts move into files, since some Kiwix
// readers (the browser extension) refuse inline code. The service worker, the search index, the install
// manifest and the offline page are web-only and are removed.
import { createHash } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** Writes an inline script's code to _astro/inline-<hash>.js once; returns its root path. */
function scriptFile(code) {
	const name = `_astro/inline-${createHash('sha256').update(code).digest('hex').slice(0, 12)}.js`;
	writeFileSync(join(DIR, name), code);
	return `/${name}`;
}

let rewritten = 0;
let moved = 0;
for (const file of htmlFiles) {
	const html = readFileSync(file, 'utf8')
		.replace(
			/<script((?:\s(?!src=)[^>]*)?)>([\s\S]+?)<\/script>/g,
			(whole, attributes = '', code) => {
				if (/type="application\/(ld\+)?json"/.test(attributes)) return whole;
				// Astro's island loader stays inline: it imports islands relative to the page, and from a
				// file it would resolve them relative to that file instead.
				if (code.includes('astro-island') || code.includes('self.Astro')) return whole;
				moved += 1;
				return `<script${attributes} src="${scriptFile(code)}"></script>`;
			}
		)
		// A page that moved forwards its old address with a meta refresh, whose target is a link too.
		.replace(/(\scontent="\d+;\s*url=)(\/(?!\/)[^"]*)"/g, (_, start, url) => {
			rewritten += 1;
			return `${start}${relativeUrl(url, file)}"`;
		})
		.replace(
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
	`zim-prepare: ${htmlFiles.length} pages, ${moved} inline scripts moved to files, ${rewritten} links made relative, web-only files removed`
);
