import { expect, test, type Page } from '@playwright/test';
import { QUICK_EXIT_URL } from '../../src/lib/quick-exit';
import { expectAxeClean } from './helpers';

/* A frightened parent's cheap Android phone: 360 × 740, touch. */
test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
const FIRST_SCREEN = 740;

/** The bottom edge of the first visible element matching `selector`, page at its top. */
async function bottomOf(page: Page, selector: string): Promise<number> {
	return page
		.locator(selector)
		.first()
		.evaluate((el) => el.getBoundingClientRect().bottom);
}

for (const path of ['/', '/orang-tua/']) {
	test(`${path} opens with the crisis entry and a working call to 129 on the first screen`, async ({
		page,
	}) => {
		await page.goto(path);
		const entry = page.getByRole('link', { name: /Anak Anda baru saja bercerita/ });
		await expect(entry).toHaveAttribute('href', '/orang-tua/jika-anak-bercerita/');
		expect(await bottomOf(page, 'a[href="/orang-tua/jika-anak-bercerita/"]')).toBeLessThanOrEqual(
			FIRST_SCREEN
		);
		for (const href of ['tel:129', 'tel:110', 'https://wa.me/628111129129']) {
			const link = page.locator(`.crisis a[href="${href}"]`);
			await expect(link).toBeVisible();
			expect(await bottomOf(page, `.crisis a[href="${href}"]`)).toBeLessThanOrEqual(FIRST_SCREEN);
		}
		await expectAxeClean(page, path);
	});
}

for (const path of ['/orang-tua/jika-anak-bercerita/', '/orang-tua/cara-melapor/']) {
	test(`${path}: a call link on the first screen, numbers in the text are links, sources folded after help`, async ({
		page,
	}) => {
		await page.goto(path);
		expect(await bottomOf(page, 'main a[href^="tel:"]')).toBeLessThanOrEqual(FIRST_SCREEN);
		// Every mention of a helpline in the text opens it.
		const mentions = page.locator('main .prose a.phone');
		expect(await mentions.count()).toBeGreaterThan(0);
		for (const href of await mentions.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
			expect(href).toMatch(/^(tel:\d+|https:\/\/wa\.me\/62\d+)$/);
		}
		await expect(page.locator('main')).not.toContainText('kotak bantuan di halaman ini');
		// The sources are folded, and come after the help box with its numbers.
		const sources = page.locator('details.sources-fold');
		await expect(sources).not.toHaveAttribute('open');
		const order = await page.evaluate(() => {
			const help = document.querySelector('.help-box')!;
			const fold = document.querySelector('details.sources-fold')!;
			return help.compareDocumentPosition(fold) & Node.DOCUMENT_POSITION_FOLLOWING;
		});
		expect(order).toBeTruthy();
		await expect(page.getByRole('heading', { name: 'Ringkasan' })).toBeVisible();
		await expectAxeClean(page, path);
	});
}

test('after a search and a quick exit, no history entry holds the query', async ({ page }) => {
	const neutral = new URL(QUICK_EXIT_URL);
	await page.route(`${neutral.origin}/**`, (route) =>
		route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Cuaca</title>' })
	);
	const words = 'anak saya dilecehkan';
	await page.goto('/orang-tua/');
	await page.goto(`/cari/?q=${encodeURIComponent(words)}`);
	await expect(page.getByRole('status')).toHaveText(/hasil untuk/);
	// The query has left the address at once; a shared link with it still worked.
	expect(page.url()).not.toContain('q=');
	await page.locator('#search-results a').first().click();
	await page.waitForURL(/\/orang-tua\/|\/pelajaran\/|\/sekolah\//);
	await page.getByRole('link', { name: /Keluar cepat/ }).click();
	await page.waitForURL(`${neutral.origin}/**`);
	// Walk back through every entry: none holds the words, in its address or on its screen.
	for (let step = 0; step < 3; step += 1) {
		await page.goBack();
		if (!page.url().startsWith('http://127.0.0.1')) break;
		expect(decodeURIComponent(page.url())).not.toContain('dilecehkan');
		const shown = await page.evaluate(
			() =>
				document.body.innerText +
				[...document.querySelectorAll('input')].map((i) => i.value).join(' ')
		);
		expect(shown).not.toContain(words);
	}
});
