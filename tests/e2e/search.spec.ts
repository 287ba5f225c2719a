import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { load } from 'js-yaml';
import { watchProblems } from './helpers';

/** Real search words of parents, teachers and older children, with the pages they must find. */
const SEARCH_QUERIES = load(
	readFileSync(new URL('./search-queries.yaml', import.meta.url), 'utf8')
) as { query: string; who: string; expect: string[]; reason: string }[];
/** At least this share of the queries must find one of their pages in the top three. */
const PASS_RATE = 0.9;

test('search finds the lesson through an inflected word', async ({ page }) => {
	const problems = await watchProblems(page);
	await page.goto('/cari/?q=disentuh');
	await expect(page.getByRole('status')).toHaveText(/^\d+ hasil untuk "disentuh"$/);
	await expect(page.locator('#search-results a[href="/pelajaran/bagian-pribadi/"]')).toBeVisible();
	expect(problems).toEqual([]);
});

test('only lesson, guide, school, help and law page bodies are indexed: no chrome, no quiz', async ({
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
		expect(url).toMatch(/^\/((pelajaran|orang-tua|sekolah)\/[a-z0-9-]+\/|bantuan\/|hukum\/)$/);
		// The help page explains the quick-exit button in its text; elsewhere the words are chrome.
		if (url !== '/bantuan/') expect(content).not.toContain('Keluar cepat');
		expect(content).not.toContain('Butuh bantuan sekarang?');
		expect(content).not.toContain('Langsung ke isi');
		expect(content).not.toContain('Kamu sudah menyelesaikan kuis ini');
	}
});

test('the header search form leads to the results page', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('searchbox', { name: 'Cari pelajaran dan panduan' }).first().fill('rahasia');
	await page.getByRole('button', { name: 'Cari', exact: true }).first().click();
	await expect(page.getByRole('status')).toHaveText(/hasil untuk "rahasia"/);
	// The words were read, then left out of the address and the history.
	await expect(page).toHaveURL(/\/cari\/$/);
});

test('on a phone the first results come before the filters, and the address forgets the query', async ({
	page,
}) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/cari/?q=pesantren');
	await expect(page.getByRole('status')).toHaveText(/^\d+ hasil untuk "pesantren"$/);
	expect(new URL(page.url()).search).toBe('');
	const first = (await page.locator('#search-results > li').first().boundingBox())!;
	const filters = (await page.getByRole('group', { name: 'Untuk' }).boundingBox())!;
	expect(first.y + first.height).toBeLessThanOrEqual(740);
	expect(first.y).toBeLessThan(filters.y);
});

test('pages other than search load nothing for search', async ({ page }) => {
	const requests: string[] = [];
	page.on('request', (r) => requests.push(r.url()));
	await page.goto('/pelajaran/bagian-pribadi/');
	await page.waitForLoadState('networkidle');
	expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
});

test('the search runs in Pagefind’s worker, and the page never loads Pagefind’s own page script', async ({
	page,
}) => {
	const requests: string[] = [];
	page.on('request', (r) => requests.push(new URL(r.url()).pathname));
	await page.goto('/cari/?q=rahasia');
	await expect(page.getByRole('status')).toHaveText(/hasil untuk "rahasia"/);
	await expect(page.locator('#search-results > li').first()).toBeVisible();
	expect(requests).toContain('/pagefind/pagefind-worker.js');
	expect(requests).not.toContain('/pagefind/pagefind.js');
});

test('when the search worker cannot start, the page says so instead of waiting', async ({
	page,
}) => {
	await page.route('**/pagefind/pagefind-worker.js', (route) => route.abort());
	await page.goto('/cari/?q=rahasia');
	await expect(page.getByRole('status')).toHaveText(/^Pencarian belum bisa dipakai\./);
});

test(`at least 90% of the ${SEARCH_QUERIES.length} real queries find their page in the top three`, async ({
	page,
}) => {
	expect(SEARCH_QUERIES.length).toBeGreaterThanOrEqual(60);
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
	const rows = SEARCH_QUERIES.map((q) => ({
		...q,
		top: top3[q.query]!,
		passed: q.expect.some((url) => top3[q.query]!.includes(url)),
	}));
	const passed = rows.filter((r) => r.passed).length;
	// The table for the closing note: every miss, and the totals by reader.
	const misses = rows
		.filter((r) => !r.passed)
		.map((r) => `| ${r.query} | ${r.who} | ${r.top.join(' · ') || '(nothing)'} | ${r.expect[0]} |`);
	const byWho = [...new Set(rows.map((r) => r.who))].map((who) => {
		const group = rows.filter((r) => r.who === who);
		return `${who} ${group.filter((r) => r.passed).length}/${group.length}`;
	});
	console.log(
		[
			`${passed}/${rows.length} passed (${byWho.join(', ')})`,
			'| query | who | top 3 | expected |',
			...misses,
		].join('\n')
	);
	expect(passed / rows.length, misses.join('\n')).toBeGreaterThanOrEqual(PASS_RATE);
});

test('results show who a page is for, and can be narrowed by audience', async ({ page }) => {
	await page.goto('/cari/?q=pesantren');
	const status = page.getByRole('status');
	await expect(status).toHaveText(/^\d+ hasil untuk "pesantren"$/);
	// The list shows the first results only; the count in the status line is the whole number found.
	const total = async () => Number((await status.textContent())!.split(' ')[0]);
	const all = await total();
	await expect(page.locator('#search-results .about').first()).toHaveText(
		/Orang tua|Sekolah & pesantren|Guru & Ustadz/
	);
	await page.getByRole('group', { name: 'Untuk' }).getByLabel('Sekolah & pesantren').check();
	await expect.poll(total).toBeLessThan(all);
	await expect(status).toHaveText(/^\d+ hasil untuk "pesantren"$/);
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
	const help = page.getByRole('link', { name: /Buka halaman Bantuan/ });
	await expect(help).toBeVisible();
	// The help link comes first, before the topics and any filter.
	const helpY = (await help.boundingBox())!.y;
	expect(helpY).toBeLessThan((await page.getByRole('link', { name: 'rahasia' }).boundingBox())!.y);
});
