import { expect, test, type Page } from '@playwright/test';
import { expectAxeClean } from './helpers';

/* A cheap Android phone: 360 × 740, touch, no hover. */
test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

const PAGES = [
	'/',
	'/kuis/bagian-pribadi/',
	'/pelajaran/bagian-pribadi/',
	'/orang-tua/jika-anak-bercerita/',
	'/bantuan/',
];

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The reader's text size, as the browser setting sets it: every rem and em grows. */
async function setTextSize(page: Page, percent: number) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Page.setFontSizes', {
		fontSizes: { standard: Math.round((16 * percent) / 100), fixed: 13 },
	});
}

/** The boxes in the header that must never cover one another, and the page's first heading. */
async function boxes(page: Page) {
	return page.evaluate(() => {
		const box = (el: Element | null) => {
			if (!el) return null;
			const r = el.getBoundingClientRect();
			return { x: r.x, y: r.y, width: r.width, height: r.height };
		};
		return {
			exit: box(document.querySelector('[data-quick-exit]')),
			brand: box(document.querySelector('.site-header .brand')),
			h1: box(document.querySelector('main h1')),
			items: [...document.querySelectorAll('.site-header nav a, .site-header .search-link')].map(
				(el) => box(el)!
			),
			note: box(document.querySelector('.site-header .exit-note')),
			sideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
		};
	});
}

for (const path of PAGES) {
	test(`${path}: on a phone the header is at most 120 px and keeps quick exit and search at hand`, async ({
		page,
	}) => {
		await page.goto(path);
		const header = page.locator('header.site-header');
		const height = (await header.boundingBox())!.height;
		expect(height, `header height on ${path}`).toBeLessThanOrEqual(120);

		const exit = page.getByRole('link', { name: /Keluar cepat/ });
		await expect(exit).toBeVisible();
		const exitBox = (await exit.boundingBox())!;
		expect(exitBox.height).toBeGreaterThanOrEqual(44);
		expect(await exit.locator('svg').count()).toBe(1);
		// On a touch screen the Esc hint is hidden; the note on Back and a private tab is shown.
		await expect(exit.getByText('Esc dua kali')).toBeHidden();
		await expect(header.getByText(/Kembali.*tab samaran/)).toBeVisible();

		// The four doors and search in one row, each a full-size target.
		const nav = page.getByRole('navigation', { name: 'Menu utama' });
		for (const name of ['Anak', 'Guru', 'Orang Tua', 'Bantuan']) {
			await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
		}
		const search = header.getByRole('link', { name: 'Cari', exact: true });
		await expect(search).toBeVisible();
		const { items } = await boxes(page);
		expect(new Set(items.map((b) => Math.round(b.y))).size, 'one row').toBe(1);
		for (const b of items) expect(b.height).toBeGreaterThanOrEqual(44);

		await expectAxeClean(page, path);

		// Search is one tap away, without any script.
		await search.tap();
		await expect(page).toHaveURL(/\/cari\/$/);
		await expect(page.getByRole('searchbox', { name: 'Cari pelajaran dan panduan' })).toBeVisible();
	});

	test(`${path}: at 150% text nothing in the header overlaps and the button covers no heading`, async ({
		page,
	}) => {
		await page.goto(path);
		await setTextSize(page, 150);
		await page.reload();
		const { exit, brand, h1, items, note, sideways } = await boxes(page);
		expect(sideways, 'no sideways scrolling').toBe(false);
		expect(overlaps(exit!, brand!), 'quick exit covers the logo').toBe(false);
		if (h1) expect(overlaps(exit!, h1), 'quick exit covers the heading').toBe(false);
		for (const item of items) expect(overlaps(exit!, item), 'quick exit covers a link').toBe(false);
		if (note) expect(overlaps(exit!, note), 'quick exit covers its note').toBe(false);
		items.forEach((a, i) =>
			items.slice(i + 1).forEach((b) => expect(overlaps(a, b), 'two links overlap').toBe(false))
		);
	});
}

test('a heading jumped to or focused is not hidden under the quick-exit button', async ({
	page,
}) => {
	await page.goto('/orang-tua/jika-anak-bercerita/');
	const id = await page.locator('main h2[id]').nth(1).getAttribute('id');
	await page.goto(`/orang-tua/jika-anak-bercerita/#${id}`);
	const heading = (await page.locator(`[id="${id}"]`).boundingBox())!;
	const exit = (await page.locator('[data-quick-exit]').boundingBox())!;
	expect(heading.y).toBeGreaterThan(0);
	expect(overlaps(heading, exit)).toBe(false);
});

test('the keyboard meets the header in reading order, with the same names', async ({ page }) => {
	await page.goto('/');
	const names: string[] = [];
	for (let i = 0; i < 8; i += 1) {
		await page.keyboard.press('Tab');
		names.push(
			await page.evaluate(() => {
				const el = document.activeElement as HTMLElement;
				return el.getAttribute('aria-label') ?? el.innerText.replace(/\s+/g, ' ').trim();
			})
		);
	}
	expect(names).toEqual([
		'Langsung ke isi',
		'Jaga Diri, ke beranda',
		'Keluar cepat',
		'Anak',
		'Guru',
		'Orang Tua',
		'Bantuan',
		'Cari',
	]);
});
