import { expect, test } from '@playwright/test';
import {
	builtPages,
	crawlSite,
	expectAxeClean,
	foreignResources,
	samplePerTemplate,
	templateOf,
	watchProblems,
} from './helpers';

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

const pages = builtPages();

test('every built page is reachable by links and forms from the home page, and the required routes exist', async ({
	request,
}) => {
	const reached = await crawlSite(request);
	for (const route of REQUIRED_ROUTES) expect(reached).toContain(route);
	expect(reached).toEqual(pages);
});

test('an unknown address shows the friendly 404 page, axe clean', async ({ page }) => {
	const response = await page.goto('/halaman-yang-tidak-ada/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Halaman tidak ditemukan');
	await expect(page.getByRole('link', { name: 'Ke beranda', exact: true })).toBeVisible();
	await expectAxeClean(page, '/halaman-yang-tidak-ada/');
});

test('every page, as built: Indonesian, one h1, the help box and quick exit, nothing loaded from another origin', async ({
	request,
}) => {
	for (const path of pages) {
		const html = await (await request.get(path)).text();
		expect(html, path).toMatch(/<html[^>]*\slang="id"/);
		expect(html.match(/<h1[\s>]/g)?.length, `${path}: h1 count`).toBe(1);
		expect(html, path).toContain('Keluar cepat');
		expect(html, path).toContain('Butuh bantuan sekarang?');
		expect(foreignResources(html), path).toEqual([]);
	}
});

test('the browser sample holds every template of the site', () => {
	const sample = samplePerTemplate(pages);
	console.log(`browser checks: ${sample.length} of ${pages.length} pages, every template`);
	expect(new Set(sample.map(templateOf))).toEqual(new Set(pages.map(templateOf)));
	expect(templateOf('/kuis/bagian-pribadi/kelas/')).toBe('/kuis/*/kelas/');
	expect(templateOf('/pelajaran/jalur/fase-a/')).toBe('/pelajaran/jalur/*/');
	expect(templateOf('/pelajaran/')).toBe('/pelajaran/');
});

/*
 * In the browser, pages of every template (pages of one template differ only in content, which the
 * content tests and the check above read): axe, and what the page does once it runs.
 */
const sampleByTemplate = new Map<string, string[]>();
for (const path of samplePerTemplate(pages)) {
	sampleByTemplate.set(templateOf(path), [...(sampleByTemplate.get(templateOf(path)) ?? []), path]);
}
for (const [template, sample] of sampleByTemplate) {
	test(`${template}: axe finds no WCAG 2.2 A/AA violation; the page asks no other origin, errs, breaks its CSP, stores or sets a cookie`, async ({
		page,
		context,
		baseURL,
	}) => {
		// axe on a long page (a print pack) takes several seconds on a slow machine.
		test.slow();
		const site = new URL(baseURL!).origin;
		const foreign: string[] = [];
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (['http:', 'https:'].includes(url.protocol) && url.origin !== site)
				foreign.push(request.url());
		});
		const problems = await watchProblems(page);
		for (const path of sample) {
			const response = await page.goto(path);
			expect(response?.status(), path).toBe(200);
			await page.waitForLoadState('networkidle');
			await expect(page.getByRole('link', { name: /Keluar cepat/ }), path).toBeVisible();
			await expectAxeClean(page, path);
			const stored = await page.evaluate(() => localStorage.length + sessionStorage.length);
			expect(stored, path).toBe(0);
		}
		expect(foreign).toEqual([]);
		expect(problems).toEqual([]);
		expect(await context.cookies()).toEqual([]);
	});
}

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
	// The date sources were gathered, never presented as a verification.
	await expect(card).toContainText('Sumber dikumpulkan');
	await expect(card).toContainText('belum dicocokkan dengan situs resmi lembaga');
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

test('the tab icon travels inside the page: loading a page asks for no icon file', async ({
	browser,
}) => {
	// Without the service worker, whose install would fetch files of its own.
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	const icons: string[] = [];
	page.on('request', (r) => {
		if (/favicon|\/icons\//.test(r.url())) icons.push(r.url());
	});
	await page.goto('/orang-tua/');
	await page.waitForLoadState('networkidle');
	await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', /^data:image\/svg\+xml,/);
	expect(icons).toEqual([]);
	await context.close();
});
