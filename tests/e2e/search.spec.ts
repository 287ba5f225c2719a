import { expect, test } from '@playwright/test';
import { watchProblems } from './helpers';
import { SEARCH_QUERIES } from './search-queries';

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

test(`the ${SEARCH_QUERIES.length} real queries each find their page in the top three`, async ({
	page,
}) => {
	expect(SEARCH_QUERIES.length).toBeGreaterThanOrEqual(25);
	await page.goto('/cari/');
	const top3 = await page.evaluate(async (queries) => {
		const path = '/pagefind/pagefind.js';
		const pagefind = await import(/* @vite-ignore */ path);
		const found: Record<string, string[]> = {};
		for (const { query } of queries) {
			const search = await pagefind.search(query);
			const data = await Promise.all(
				search.results.slice(0, 3).map((r: { data: () => Promise<{ url: string }> }) => r.data())
			);
			found[query] = data.map((d) => d.url);
		}
		return found;
	}, SEARCH_QUERIES);
	const accepted = (q: (typeof SEARCH_QUERIES)[number]) =>
		typeof q.expect === 'string' ? [q.expect] : q.expect;
	const misses = SEARCH_QUERIES.filter(
		(q) => !accepted(q).some((url) => top3[q.query]!.includes(url))
	).map(
		(q) =>
			`"${q.query}" → ${top3[q.query]!.join(', ') || '(nothing)'}; expected ${accepted(q).join(' or ')}`
	);
	expect(misses).toEqual([]);
});

test('results show who a page is for, and can be narrowed by audience', async ({ page }) => {
	await page.goto('/cari/?q=pesantren');
	await expect(page.getByRole('status')).toHaveText(/^\d+ hasil untuk "pesantren"$/);
	const all = await page.locator('#search-results > li').count();
	await expect(page.locator('#search-results .about').first()).toHaveText(
		/Orang tua|Sekolah & pesantren|Guru & Ustadz/
	);
	await page.getByRole('group', { name: 'Untuk' }).getByLabel('Sekolah & pesantren').check();
	await expect(page.getByRole('status')).toHaveText(/^\d+ hasil untuk "pesantren"$/);
	await expect.poll(() => page.locator('#search-results > li').count()).toBeLessThan(all);
	for (const about of await page.locator('#search-results .about').allTextContents()) {
		expect(about).toBe('Sekolah & pesantren');
	}
});

test('a search that finds nothing offers topics and the help page', async ({ page }) => {
	await page.goto('/cari/?q=zzzqqq');
	await expect(page.getByRole('status')).toHaveText(
		'Tidak ada hasil untuk "zzzqqq". Coba kata lain yang lebih pendek.'
	);
	await expect(page.getByRole('link', { name: 'rahasia' })).toBeVisible();
	await expect(page.getByRole('link', { name: /Buka halaman Bantuan/ })).toBeVisible();
});
