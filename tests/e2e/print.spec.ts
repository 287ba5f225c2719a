import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { countPdfPages, mmToPt, pdfPageSizes } from '../../scripts/pdf-pages.mjs';
import { lessonPrintParts } from '../../src/lib/print/parts';
import { builtPages } from './helpers';

/*
 * Every printable page (a lesson's print pack, a quiz on paper) on the two papers Indonesian schools
 * use. The page sets no paper size, so each PDF takes the size we ask for, as a printer would.
 */
const PAPERS = {
	A4: { width: 210, height: 297 },
	F4: { width: 215, height: 330 },
} as const;
/** The @page margin in src/styles/global.css. */
const MARGIN_MM = 15;
const PX_PER_MM = 96 / 25.4;

const packs = builtPages().filter((p) => /^\/pelajaran\/[^/]+\/cetak\/$/.test(p));
const quizSheets = builtPages().filter((p) => /^\/kuis\/[^/]+\/cetak\/$/.test(p));
const printable = [...packs, ...quizSheets];
/** How many parts a lesson's print pack has, from its track. */
const partsOf = (packPath: string) =>
	lessonPrintParts(
		readFileSync(`content/lessons/${packPath.split('/')[2]}.mdx`, 'utf8').match(
			/^track: (\S+)$/m
		)?.[1] ?? ''
	).length;

test.use({ serviceWorkers: 'block' });

test('there is a print pack for every lesson and a paper quiz for every quiz', () => {
	const lessons = builtPages().filter((p) => /^\/pelajaran\/(?!jalur|konsep)[^/]+\/$/.test(p));
	const quizzes = builtPages().filter((p) => /^\/kuis\/[^/]+\/$/.test(p));
	expect(packs).toHaveLength(lessons.length);
	expect(quizSheets).toHaveLength(quizzes.length);
	expect(packs.length).toBeGreaterThan(0);
});

/** Content box of one sheet, in CSS pixels. */
function contentBox(paper: keyof typeof PAPERS) {
	return {
		width: Math.floor((PAPERS[paper].width - 2 * MARGIN_MM) * PX_PER_MM),
		height: Math.floor((PAPERS[paper].height - 2 * MARGIN_MM) * PX_PER_MM),
	};
}

/** The print parts of the page and how many sheets each fills on screen (its height / a sheet). */
async function measureParts(page: Page, paper: keyof typeof PAPERS) {
	const box = contentBox(paper);
	await page.setViewportSize(box);
	await page.emulateMedia({ media: 'print' });
	return page.$$eval(
		'.print-part',
		(parts, sheet) => parts.map((p) => p.getBoundingClientRect().height / sheet),
		box.height
	);
}

/** What print would clip: a page wider than the sheet, an element past its edge, a kept-whole block taller than a sheet. */
function clipped(page: Page, box: { width: number; height: number }) {
	return page.evaluate(({ width, height }) => {
		const name = (el: Element) =>
			`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} “${(el.textContent ?? '').trim().slice(0, 40)}”`;
		const found: string[] = [];
		if (document.documentElement.scrollWidth > width)
			found.push(`page scrolls sideways: ${document.documentElement.scrollWidth}px`);
		for (const el of document.querySelectorAll('main *')) {
			const rect = el.getBoundingClientRect();
			if (rect.width === 0 && rect.height === 0) continue;
			if (rect.left < -1 || rect.right > width + 1)
				found.push(
					`wider than the sheet (${Math.round(rect.left)}–${Math.round(rect.right)}px): ${name(el)}`
				);
			const style = getComputedStyle(el);
			if (['avoid', 'avoid-page'].includes(style.breakInside) && rect.height > height)
				found.push(
					`kept whole but taller than a sheet (${Math.round(rect.height)}px): ${name(el)}`
				);
		}
		return found;
	}, box);
}

for (const paper of Object.keys(PAPERS) as (keyof typeof PAPERS)[]) {
	test(`every printable page on ${paper}: nothing clipped, and a PDF with the pages its parts need`, async ({
		page,
	}) => {
		test.setTimeout(30_000 + printable.length * 5_000);
		const size = PAPERS[paper];
		for (const path of printable) {
			await page.goto(path);
			const sheets = await measureParts(page, paper);
			expect(await clipped(page, contentBox(paper)), path).toEqual([]);
			const isPack = packs.includes(path);
			// Worksheet, letter, paper quiz, answer key, desk summary, "Jika anak bercerita"; or quiz and key.
			// A staff session (pendidik) prints its handout and no letter: five parts.
			expect(sheets.length, path).toBe(isPack ? partsOf(path) : 2);
			const pdf = await page.pdf({ width: `${size.width}mm`, height: `${size.height}mm` });
			const pages = countPdfPages(pdf);
			// Each part starts a sheet. Measured on screen a part can be a few pixels taller than in print
			// (margins that collapse on paper), so the least is its whole sheets; the most is what its
			// height rounds up to, and keeping blocks whole leaves some of every sheet empty: a part may
			// take one more sheet, and a long part about one more for every two it fills.
			const least = sheets.reduce((a, b) => a + Math.max(1, Math.floor(b)), 0);
			const rounded = sheets.reduce((a, b) => a + Math.max(1, Math.ceil(b)), 0);
			const slack = Math.max(sheets.length, Math.ceil(rounded / 2));
			const shown = sheets.map((b) => b.toFixed(2)).join(' + ');
			expect(pages, `${path}: ${pages} pages for parts filling ${shown}`).toBeGreaterThanOrEqual(
				least
			);
			expect(pages, `${path}: ${pages} pages for parts filling ${shown}`).toBeLessThanOrEqual(
				rounded + slack
			);
			for (const { width, height } of pdfPageSizes(pdf)) {
				expect(Math.abs(width - mmToPt(size.width)), path).toBeLessThan(2);
				expect(Math.abs(height - mmToPt(size.height)), path).toBeLessThan(2);
			}
		}
	});
}

test('in print, screen-only parts are hidden and the answer key starts a new sheet', async ({
	page,
}) => {
	const path = packs[0]!;
	await page.goto(path);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.site-header')).toBeHidden();
	await expect(page.locator('.site-footer')).toBeHidden();
	await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
	await expect(page.getByText('Tentang kertas A4 atau F4.')).toBeHidden();
	const breaks = await page.$$eval('.print-part', (parts) =>
		parts.map((p) => getComputedStyle(p).breakBefore)
	);
	expect(breaks).toEqual(['auto', 'page', 'page', 'page', 'page', 'page']);
	await expect(page.locator('.paper-key')).toHaveCSS('break-before', 'page');
});

test('the lesson and its quiz link to the paper quiz; the print pack has every part', async ({
	page,
}) => {
	const path = packs[0]!;
	const lesson = path.replace(/cetak\/$/, '');
	await page.goto(lesson);
	await page.getByRole('link', { name: /^Kuis di kertas$/ }).click();
	await expect(page).toHaveURL(new RegExp(`${path}kuis/$`));
	await page.goto(path);
	const parts = page.getByRole('navigation', { name: 'Isi bahan cetak' }).locator('a[href^="#"]');
	await expect(parts).toHaveCount(6);
	for (const link of await parts.all()) {
		const id = (await link.getAttribute('href'))!.slice(1);
		await expect(page.locator(`[id="${id}"]`)).toBeAttached();
	}
	await page.goto(quizSheets[0]!.replace(/cetak\/$/, ''));
	await page.getByRole('link', { name: /Cetak kuis ini di kertas/ }).click();
	await expect(page).toHaveURL(/\/kuis\/[^/]+\/cetak\/$/);
	await expect(
		page.getByRole('heading', { level: 2, name: /^Kunci jawaban untuk guru/ })
	).toBeVisible();
});
