import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages, crawlSite, samplePerTemplate, templateOf, watchProblems } from './helpers';

const REQUIRED_ROUTES = [
	'/',
	'/pelajaran/',
	'/pelajaran/bagian-pribadi/',
	'/kuis/bagian-pribadi/',
	'/orang-tua/',
	'/orang-tua/bicara-tentang-tubuh/',
	'/bantuan/',
	'/cari/',
	'/tentang/',
];

let pages: string[] = [];
/** A time limit that grows with the site: a base plus so much per page. */
const perPage = (ms: number) => 30_000 + pages.length * ms;

test.beforeAll(async ({ browser }) => {
	// About half a second a page; the site grows with every lesson (lesson, print pack, quiz, paper quiz).
	test.setTimeout(180_000);
	const page = await browser.newPage();
	pages = await crawlSite(page);
	await page.close();
});

test('every required route is linked from the site, and every built page is reachable', () => {
	for (const route of REQUIRED_ROUTES) expect(pages).toContain(route);
	expect(pages).toEqual(builtPages());
});

test('an unknown address shows the friendly 404 page', async ({ page }) => {
	const response = await page.goto('/halaman-yang-tidak-ada/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Halaman tidak ditemukan');
	await expect(page.getByRole('link', { name: 'Ke beranda', exact: true })).toBeVisible();
});

test('the axe sample holds every template of the site', () => {
	const sample = samplePerTemplate(pages);
	expect(new Set(sample.map(templateOf))).toEqual(new Set(pages.map(templateOf)));
	expect(templateOf('/kuis/bagian-pribadi/kelas/')).toBe('/kuis/*/kelas/');
	expect(templateOf('/pelajaran/jalur/fase-a/')).toBe('/pelajaran/jalur/*/');
	expect(templateOf('/pelajaran/')).toBe('/pelajaran/');
});

test('axe finds no WCAG 2.2 A/AA violation on any page template (three pages of each)', async ({
	page,
}) => {
	const sample = samplePerTemplate(pages);
	console.log(`axe: ${sample.length} of ${pages.length} pages, every template`);
	test.setTimeout(30_000 + sample.length * 5_000);
	for (const path of [...sample, '/halaman-yang-tidak-ada/']) {
		await page.goto(path);
		const result = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			.analyze();
		const found = result.violations.map(
			(v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`
		);
		expect(found).toEqual([]);
	}
});

test('every page renders in Indonesian with one h1, the help box and quick exit; none asks another origin for anything, errs, breaks its CSP, stores or sets a cookie', async ({
	page,
	context,
	baseURL,
}) => {
	test.setTimeout(perPage(3_000));
	const site = new URL(baseURL!).origin;
	const foreign: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (['http:', 'https:'].includes(url.protocol) && url.origin !== site)
			foreign.push(request.url());
	});
	const problems = await watchProblems(page);
	for (const path of pages) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(200);
		await page.waitForLoadState('networkidle');
		await expect(page.locator('html')).toHaveAttribute('lang', 'id');
		await expect(page.locator('h1'), path).toHaveCount(1);
		await expect(page.getByRole('link', { name: /Keluar cepat/ }), path).toBeVisible();
		await expect(
			page.getByRole('heading', { name: 'Butuh bantuan sekarang?' }),
			path
		).toBeVisible();
		const stored = await page.evaluate(() => localStorage.length + sessionStorage.length);
		expect(stored, path).toBe(0);
	}
	expect(foreign).toEqual([]);
	expect(problems).toEqual([]);
	expect(await context.cookies()).toEqual([]);
});

test('/bantuan/ shows SAPA 129 from the helplines data', async ({ page }) => {
	await page.goto('/bantuan/');
	const card = page.locator('article', {
		has: page.getByRole('heading', { name: 'SAPA 129', exact: true }),
	});
	await expect(card.getByRole('link', { name: '129', exact: true })).toHaveAttribute(
		'href',
		'tel:129'
	);
	await expect(card.getByRole('link', { name: '08111-129-129' })).toHaveAttribute(
		'href',
		'https://wa.me/628111129129'
	);
	await expect(card).toContainText('Terakhir diperiksa');
});

test('lessons can be filtered by track', async ({ page }) => {
	await page.goto('/pelajaran/');
	await page
		.getByRole('navigation', { name: 'Saring menurut jenjang' })
		.getByRole('link', { name: /Fase A/ })
		.click();
	await expect(page).toHaveURL(/\/pelajaran\/jalur\/fase-a\/$/);
	await expect(page.getByRole('link', { name: 'Bagian Pribadi Itu Pribadi' })).toBeVisible();
});
