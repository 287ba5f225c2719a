// Renders to PDF, in build/pdf/, every lesson's whole print pack (/pelajaran/<slug>/cetak/ into
// <slug>.pdf), each of its parts alone (/pelajaran/<slug>/cetak/<part>/ into <slug>/<part>.pdf) and
// every class kit (/guru/bahan/<kit>/ into bahan/<kit>.pdf), and prints each file's page count and
// size. Builds nothing: run `npm run build` first. It serves dist/ itself on a free loopback port
// and drives the system Chromium.
//
// Usage: npm run pdf            A4 (210 × 297 mm)
//        npm run pdf -- --f4    F4 (215 × 330 mm), the same files ending in .f4.pdf
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from './chromium.mjs';
import { countPdfPages } from './pdf-pages.mjs';
import { serveStatic } from './serve-static.mjs';

const DIST = 'dist';
const OUT = join('build', 'pdf');
const isF4 = process.argv.includes('--f4');
/* No margins here: the page's own CSS (@page) sets them, as it does in a teacher's print dialog. */
const paper = isF4 ? { width: '215mm', height: '330mm' } : { format: 'A4' };

const lessonsDir = join(DIST, 'pelajaran');
const kitsDir = join(DIST, 'guru', 'bahan');
/** The folders under `dir` (in dist/) that hold an index.html, sorted. */
const pagesUnder = (dir) =>
	existsSync(dir)
		? readdirSync(dir, { withFileTypes: true })
				.filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'index.html')))
				.map((e) => e.name)
				.sort()
		: [];
const slugs = existsSync(lessonsDir)
	? readdirSync(lessonsDir, { withFileTypes: true })
			.filter((e) => e.isDirectory() && existsSync(join(lessonsDir, e.name, 'cetak', 'index.html')))
			.map((e) => e.name)
			.sort()
	: [];
if (slugs.length === 0) {
	console.error('pdf: no print pack in dist/. Run `npm run build` first.');
	process.exit(1);
}

/** Every page to print, with the file it goes to (without .pdf). */
const jobs = [
	...slugs.flatMap((slug) => [
		{ path: `/pelajaran/${slug}/cetak/`, file: slug },
		...pagesUnder(join(lessonsDir, slug, 'cetak')).map((part) => ({
			path: `/pelajaran/${slug}/cetak/${part}/`,
			file: join(slug, part),
		})),
	]),
	...pagesUnder(kitsDir).map((kit) => ({ path: `/guru/bahan/${kit}/`, file: join('bahan', kit) })),
];

mkdirSync(OUT, { recursive: true });
const server = await serveStatic(DIST);
const browser = await chromium.launch({ executablePath: systemChromium, args: CHROMIUM_ARGS });
// No service worker: it would only precache the whole site in the background.
const context = await browser.newContext({ serviceWorkers: 'block' });
const page = await context.newPage();
let failed = false;
try {
	for (const { path, file: name } of jobs) {
		const response = await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
		if (!response?.ok()) {
			console.error(`${path}: HTTP ${response?.status()}`);
			failed = true;
			continue;
		}
		const file = join(OUT, `${name}${isF4 ? '.f4' : ''}.pdf`);
		mkdirSync(dirname(file), { recursive: true });
		const pdf = await page.pdf({ ...paper, printBackground: false });
		writeFileSync(file, pdf);
		const kb = (statSync(file).size / 1024).toFixed(1);
		console.log(
			`${file.padEnd(52)} ${String(countPdfPages(pdf)).padStart(3)} pages ${kb.padStart(7)} KB`
		);
	}
} finally {
	await browser.close();
	await server.close();
}
console.log(
	`pdf: ${jobs.length} file(s) (${slugs.length} print packs, their parts, the class kits) on ${isF4 ? 'F4' : 'A4'} in ${OUT}/`
);
process.exit(failed ? 1 : 0);
