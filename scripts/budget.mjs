// Prints what every built page costs a reader on a slow phone (gzip bytes of HTML, CSS and JS)
// and exits non-zero when a page breaks its budget. Run after `npm run build`.
import { readFileSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = resolve('dist');
const KB = 1024;
const BUDGET = {
	jsPlain: 1 * KB, // pages without an island
	jsShare: 2 * KB, // lessons, guides and school pages: quick exit and the share control
	jsSearch: 5 * KB, // /cari/'s own script; Pagefind loads only when someone searches
	jsOffline: 3.5 * KB, // /offline/: its cache check, and since the whole-site download button its download, retry and warnings (2 KB before)
	jsChildren: 2.5 * KB, // the children's door: read aloud, and the finished quizzes marked (2.0 KB before the marks)
	jsIsland: 15 * KB, // island pages, as the page loads
	// A quiz page plus the code of every question type its quiz uses. Back to 20 KB (21.5 KB for a while
	// after the drawn hand) since each view carries its own texts and Vite's preload helper is gone.
	jsQuizTypes: 20 * KB,
	// Slide decks: a lesson's presentation, a quiz in class mode (11.9 KB when set at 12 KB; 12.0 KB after
	// the island merges; 13 KB before the live deck's styles, about 1.3 KB, came with the island instead
	// of being inline CSS every deck's page waited for: a deck shows once its island starts anyway).
	jsDeck: 14.5 * KB,
	// The CSS a page waits for before it shows anything (its inline styles and stylesheets, as one
	// stream): every page carries its own, and no page loads a stylesheet shared under a route's name.
	// Back to 4 KB on every page (4.5 KB, 4.7 KB on decks and 4.9 KB on print pages for a while): the
	// live deck's rules travel with its island, each print part's page carries only its part, and the
	// print parts' paper-only rules are a stylesheet for print (/cetak.css), which no page waits for.
	cssWait: 4 * KB,
	quizTotal: 31 * KB, // (30 KB before speaker buttons on every choice and the end screen) a quiz page as it loads: HTML, CSS, JS, the first question's code and pictures
	// Guides and school pages: HTML + CSS + JS. Was 15 KB; the share control adds about 0.6 KB and
	// every new component style adds a hash to the CSP that Astro writes into every page.
	// Back to 16.5 KB (17.5 KB for a while, after the parent's first screen and the pondok kit's links) since
	// each page's CSP lists only its own hashes (src/integrations/csp-trim.ts).
	contentTotal: 16.5 * KB,
	lessonTotal: 22 * KB, // a lesson page is a whole modul ajar (steps, scripts, slides, differentiation)
	contentLinks: 40, // internal links on a content page: the chrome must not list every page
	printTotal: 60 * KB, // a print page (a lesson's pack or one part): HTML, CSS, JS and pictures
	heaviestPage: 150 * KB, // everything one page transfers (HTML, CSS, JS, images), search index aside
	// What the service worker saves on a first visit (scripts/gen-sw.mjs, CORE), as transferred compressed.
	// The rest of the site is saved page by page as it is opened, or with one button on /offline/.
	firstVisit: 1024 * KB,
};

/** Astro names a shared stylesheet after the first route that used it: `_slug_.…css`, `kelas.…css`. */
const routeNamed = /^(_[a-z]+_|[a-z-]+)\.[\w-]+\.css$/;

const gz = (text) => gzipSync(text, { level: 9 }).length;

async function walk(dir) {
	const out = [];
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) out.push(...(await walk(path)));
		else if (entry.name.endsWith('.html')) out.push(path);
	}
	return out;
}

const fileCache = new Map();
async function readAsset(url) {
	const path = join(DIST, url.split(/[?#]/)[0]);
	if (!fileCache.has(path)) fileCache.set(path, await readFile(path, 'utf8'));
	return { path, text: fileCache.get(path) };
}

/** A JS module and everything it imports statically or through Astro's island loader. */
async function collectModule(url, seen) {
	const { path, text } = await readAsset(url);
	if (seen.has(path)) return;
	seen.set(path, gz(text));
	for (const [, spec] of text.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
		await collectModule('/' + relative(DIST, resolve(dirname(path), spec)), seen);
	}
}

const astroChunks = (await readdir(join(DIST, '_astro'))).filter((f) => f.endsWith('.js'));

/** The file of a question type's code, e.g. `pilihan.Ab12.js`. */
function typeChunk(type) {
	const chunk = astroChunks.find((n) => n.startsWith(`${type}.`) && n.split('.').length === 3);
	if (!chunk) throw new Error(`no chunk for quiz type "${type}"`);
	return chunk;
}

const attr = (tag, name) => tag.match(new RegExp(`${name}="([^"]*)"`))?.[1];

async function measure(file) {
	const html = await readFile(file, 'utf8');
	const route =
		'/' +
		relative(DIST, file)
			.replace(/index\.html$/, '')
			.replace(/\.html$/, '/');
	const modules = new Map();
	let inlineJs = 0;
	for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
		const src = attr(attrs, 'src');
		if (src) await collectModule(src, modules);
		else if (!/application\/(ld\+)?json/.test(attrs)) inlineJs += gz(body);
	}
	for (const [tag] of html.matchAll(/<astro-island\b[^>]*>/g)) {
		for (const name of ['component-url', 'renderer-url']) {
			const url = attr(tag, name);
			if (url) await collectModule(url, modules);
		}
	}
	// A quiz loads the code of each of its question types after the page (`data-quiz-types`): count
	// those chunks separately, since playing the quiz through downloads all of them.
	const quizTypes =
		html
			.match(/data-quiz-types="([^"]*)"/)?.[1]
			.split(' ')
			.filter(Boolean) ?? [];
	const typeModules = new Map(modules);
	for (const type of quizTypes) await collectModule(`/_astro/${typeChunk(type)}`, typeModules);
	const sum = (map) => [...map.values()].reduce((x, y) => x + y, 0);
	const jsTypes = sum(typeModules) - sum(modules);
	// The first question's code loads at once, to bring the question on screen to life (the types are
	// listed in the order the questions first use them).
	const jsFirstType = quizTypes[0]
		? gz((await readAsset(`/_astro/${typeChunk(quizTypes[0])}`)).text)
		: 0;
	// Inline styles travel in the HTML; a stylesheet is a request of its own that the page waits for.
	const styles = [];
	const stylesheets = [];
	let linkedCss = 0;
	for (const [tag] of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)) {
		const href = attr(tag, 'href');
		const { text } = await readAsset(href);
		// Every stylesheet is downloaded; one for paper only (media="print") is not waited for.
		linkedCss += gz(text);
		if (attr(tag, 'media') === 'print') continue;
		styles.push(text);
		stylesheets.push(href);
	}
	for (const [, body] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) styles.push(body);
	const css = styles.length > 0 ? gz(styles.join('\n')) : 0;
	let images = 0;
	const imageUrls = new Set(
		[...html.matchAll(/<(?:img\b[^>]*\ssrc|link\b[^>]*rel="icon"[^>]*\shref)="([^"]+)"/g)]
			// A picture written into the page (data:) is already counted with the HTML.
			.filter((m) => !m[1].startsWith('data:'))
			.map((m) => new URL(m[1], `http://site${route}`).pathname)
			.filter((path) => !path.startsWith('//'))
	);
	for (const url of imageUrls) images += gz(await readFile(join(DIST, url)));
	const js = inlineJs + [...modules.values()].reduce((a, b) => a + b, 0);
	const links = new Set([...html.matchAll(/<a\b[^>]*href="(\/[^"#]*)"/g)].map((m) => m[1])).size;
	return {
		route,
		html: gz(html),
		css,
		linkedCss,
		stylesheets,
		jsFirstType,
		js,
		images,
		links,
		hasIsland: html.includes('<astro-island'),
		quizTypes,
		jsTypes,
		hasShare: html.includes('data-share'),
		isContent: html.includes('data-pagefind-body'),
		mentionsPagefind: html.includes('pagefind/'),
	};
}

const pages = await Promise.all((await walk(DIST)).map(measure));
pages.sort((a, b) => a.route.localeCompare(b.route));
const failures = [];
const fmt = (n) => (n / KB).toFixed(1).padStart(6);

console.log(
	'page'.padEnd(40),
	'  html KB',
	'  css KB',
	'   js KB',
	'  img KB',
	' total KB',
	' links',
	' kind'
);
let heaviest = { route: '', total: 0 };
let heaviestQuiz = { route: '', total: 0 };
let mostCss = { route: '', total: 0 };
for (const p of pages) {
	const total = p.html + p.linkedCss + p.js + p.jsTypes + p.images;
	const asItLoads = p.html + p.linkedCss + p.js + p.jsFirstType + p.images;
	if (total > heaviest.total) heaviest = { route: p.route, total };
	if (p.css > mostCss.total) mostCss = { route: p.route, total: p.css };
	const kind = /\/(presentasi|kelas)\/$/.test(p.route)
		? 'deck'
		: p.hasIsland
			? 'island'
			: p.route === '/cari/'
				? 'search'
				: p.route === '/offline/'
					? 'offline'
					: p.isContent
						? 'content'
						: 'plain';
	console.log(
		p.route.padEnd(40),
		fmt(p.html),
		'  ',
		fmt(p.css),
		'  ',
		fmt(p.js),
		'  ',
		fmt(p.images),
		'  ',
		fmt(total),
		String(p.links).padStart(5),
		' ',
		kind
	);
	const jsLimit =
		{
			island: BUDGET.jsIsland,
			deck: BUDGET.jsDeck,
			search: BUDGET.jsSearch,
			offline: BUDGET.jsOffline,
		}[kind] ??
		(p.route.startsWith('/anak/')
			? BUDGET.jsChildren
			: p.hasShare
				? BUDGET.jsShare
				: BUDGET.jsPlain);
	if (p.js > jsLimit) failures.push(`${p.route}: JavaScript ${fmt(p.js)} KB > ${fmt(jsLimit)} KB`);
	if (p.quizTypes.length > 0) {
		const all = p.js + p.jsTypes;
		console.log(
			''.padEnd(40),
			`+ ${fmt(p.jsTypes).trim()} KB for ${p.quizTypes.length} question types (${p.quizTypes.join(', ')}): ${fmt(all).trim()} KB to play it through`
		);
		if (all > BUDGET.jsQuizTypes)
			failures.push(`${p.route}: quiz JavaScript ${fmt(all)} KB > ${fmt(BUDGET.jsQuizTypes)} KB`);
	}
	if (p.css > BUDGET.cssWait)
		failures.push(`${p.route}: waits for ${fmt(p.css)} KB of CSS > ${fmt(BUDGET.cssWait)} KB`);
	for (const href of p.stylesheets.filter((h) => routeNamed.test(h.split('/').pop())))
		failures.push(`${p.route}: loads ${href}, a stylesheet named after a route`);
	if (p.quizTypes.length > 0) {
		console.log(''.padEnd(40), `= ${fmt(asItLoads).trim()} KB as the page loads`);
		if (asItLoads > heaviestQuiz.total) heaviestQuiz = { route: p.route, total: asItLoads };
		if (asItLoads > BUDGET.quizTotal)
			failures.push(`${p.route}: ${fmt(asItLoads)} KB as it loads > ${fmt(BUDGET.quizTotal)} KB`);
	}
	const contentLimit = p.route.startsWith('/pelajaran/') ? BUDGET.lessonTotal : BUDGET.contentTotal;
	if (kind === 'content' && total > contentLimit)
		failures.push(`${p.route}: total ${fmt(total)} KB > ${fmt(contentLimit)} KB`);
	if (
		/^\/(pelajaran\/[^/]+\/cetak|guru\/bahan\/[^/]+)\//.test(p.route) &&
		total > BUDGET.printTotal
	)
		failures.push(`${p.route}: print page ${fmt(total)} KB > ${fmt(BUDGET.printTotal)} KB`);
	if (kind === 'content' && p.links > BUDGET.contentLinks)
		failures.push(`${p.route}: ${p.links} internal links > ${BUDGET.contentLinks}`);
	if (p.mentionsPagefind && p.route !== '/cari/')
		failures.push(`${p.route}: loads search code before anyone searches`);
}

if (heaviest.total > BUDGET.heaviestPage)
	failures.push(
		`${heaviest.route}: heaviest page ${fmt(heaviest.total)} KB > ${fmt(BUDGET.heaviestPage)} KB`
	);
const indexBytes = (await readdir(join(DIST, 'pagefind'), { recursive: true, withFileTypes: true }))
	.filter((e) => e.isFile())
	.reduce((sum, e) => sum + readFileSync(join(e.parentPath, e.name)).length, 0);
console.log(
	`\nheaviest page: ${heaviest.route} ${fmt(heaviest.total).trim()} KB; search index and code: ${fmt(indexBytes).trim()} KB on disk (loaded only by /cari/)`
);
// The first visit's precache, read from the generated service worker: each file compressed as a
// server would send it (files already compressed, like Pagefind's, are counted as they are).
const swText = readFileSync(join(DIST, 'sw.js'), 'utf8');
const precached = [...swText.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1]);
if (precached.length === 0)
	failures.push('sw.js: no precached files found (has its format changed?)');
const firstVisit = precached.reduce((sum, url) => {
	const bytes = readFileSync(join(DIST, url));
	return sum + Math.min(bytes.length, gzipSync(bytes, { level: 9 }).length);
}, 0);
const wholeSite = JSON.parse(readFileSync(join(DIST, 'offline/daftar.json'), 'utf8')).files;
console.log(
	`summary: first visit saves ${precached.length} files, ${fmt(firstVisit).trim()} KB compressed (budget ${BUDGET.firstVisit / KB} KB); the whole site is ${wholeSite.length} files`
);
if (firstVisit > BUDGET.firstVisit)
	failures.push(
		`first visit precache ${fmt(firstVisit)} KB > ${fmt(BUDGET.firstVisit)} KB (see CORE in scripts/gen-sw.mjs)`
	);
// `npm run bench` prints these two lines for the real site.
console.log(
	`summary: heaviest quiz page as it loads ${fmt(heaviestQuiz.total).trim()} KB (${heaviestQuiz.route})`
);
console.log(
	`summary: most CSS a page waits for ${fmt(mostCss.total).trim()} KB (${mostCss.route}), inline in the page`
);
console.log(
	`budgets: js ${BUDGET.jsPlain / KB} KB plain, ${BUDGET.jsShare / KB} KB with share control, ${BUDGET.jsSearch / KB} KB search page, ${BUDGET.jsIsland / KB} KB island page, ${BUDGET.jsQuizTypes / KB} KB quiz played through, ${BUDGET.jsDeck / KB} KB slide deck; CSS waited for ${BUDGET.cssWait / KB} KB on every page; quiz page as it loads ${BUDGET.quizTotal / KB} KB; content page ${BUDGET.contentTotal / KB} KB total, lesson page ${BUDGET.lessonTotal / KB} KB; heaviest page ${BUDGET.heaviestPage / KB} KB`
);
if (failures.length > 0) {
	console.error(`\n${failures.length} budget(s) exceeded:\n- ${failures.join('\n- ')}`);
	process.exit(1);
}
console.log(`all ${pages.length} pages within budget`);
