import { expect, test, type Page } from '@playwright/test';
import { QUICK_EXIT_URL } from '../../src/lib/quick-exit';

const NEUTRAL = new URL(QUICK_EXIT_URL);

/* The machine has no internet: answer for the neutral site so the browser really arrives there. */
async function stubNeutralSite(page: Page) {
	await page.route(`${NEUTRAL.origin}/**`, (route) =>
		route.fulfill({
			contentType: 'text/html',
			body: '<!doctype html><title>Cuaca</title><p>Cerah</p>',
		})
	);
}

test('the quick-exit button leaves the site and takes the page out of the back history', async ({
	page,
}) => {
	await stubNeutralSite(page);
	await page.goto('/');
	await page.goto('/bantuan/');
	await page.getByRole('link', { name: /Keluar cepat/ }).click();
	await page.waitForURL(`${NEUTRAL.origin}/**`);
	expect(page.url()).toBe(NEUTRAL.href);
	await page.goBack();
	// Back leads to the page before, not to the help page the reader left.
	expect(new URL(page.url()).pathname).toBe('/');
});

test('pressing Esc twice leaves the site; once does not', async ({ page }) => {
	await stubNeutralSite(page);
	await page.goto('/orang-tua/');
	await page.keyboard.press('Escape');
	await page.waitForTimeout(1300);
	await page.keyboard.press('Escape');
	expect(new URL(page.url()).pathname).toBe('/orang-tua/');
	await page.keyboard.press('Escape');
	await page.waitForURL(`${NEUTRAL.origin}/**`);
});
