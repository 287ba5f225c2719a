import { expect, test } from '@playwright/test';
import { watchProblems } from './helpers';

test('search finds the lesson through an inflected word', async ({ page }) => {
	const problems = await watchProblems(page);
	await page.goto('/cari/?q=disentuh');
	await expect(page.getByRole('status')).toHaveText(/^\d+ hasil untuk "disentuh"$/);
	await expect(page.locator('#search-results a[href="/pelajaran/bagian-pribadi/"]')).toBeVisible();
	expect(problems).toEqual([]);
});

test('only lesson, guide and school-page bodies are indexed: no chrome, no quiz', async ({
	page,
}) => {
	await page.goto('/cari/');
	const indexed = await page.evaluate(async () => {
		const path = '/pagefind/pagefind.js';
		const pagefind = await import(/* @vite-ignore */ path);
		// Words found on every page (header, footer) and in the quiz: they reach every indexed page.
		const search = await pagefind.search('anak');
		return Promise.all(
			search.results.map(async (r: { data: () => Promise<{ url: string; content: string }> }) => {
				const data = await r.data();
				return { url: data.url, content: data.content };
			})
		);
	});
	expect(indexed.length).toBeGreaterThan(0);
	for (const { url, content } of indexed) {
		expect(url).toMatch(/^\/(pelajaran|orang-tua|sekolah)\/[a-z0-9-]+\/$/);
		expect(content).not.toContain('Keluar cepat');
		expect(content).not.toContain('Butuh bantuan sekarang?');
		expect(content).not.toContain('Langsung ke isi');
		expect(content).not.toContain('Kamu sudah menyelesaikan kuis ini');
	}
});

test('the header search form leads to the results page', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('searchbox', { name: 'Cari pelajaran dan panduan' }).first().fill('rahasia');
	await page.getByRole('button', { name: 'Cari', exact: true }).first().click();
	await expect(page).toHaveURL(/\/cari\/\?q=rahasia$/);
	await expect(page.getByRole('status')).toHaveText(/hasil untuk "rahasia"/);
});

test('pages other than search load nothing for search', async ({ page }) => {
	const requests: string[] = [];
	page.on('request', (r) => requests.push(r.url()));
	await page.goto('/pelajaran/bagian-pribadi/');
	await page.waitForLoadState('networkidle');
	expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
});
