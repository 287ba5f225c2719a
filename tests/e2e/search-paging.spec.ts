import { expect, test } from '@playwright/test';
import { axeViolations, watchProblems } from './helpers';

test('a search shows its first five results with the count, and more on request', async ({
	page,
}) => {
	const problems = await watchProblems(page);
	const fragments: string[] = [];
	page.on('request', (r) => {
		if (r.url().endsWith('.pf_fragment')) fragments.push(r.url());
	});
	await page.goto('/cari/?q=anak');
	const status = page.getByRole('status');
	await expect(status).toHaveText(/^\d+ hasil untuk "anak"$/);
	// The count is announced politely, without taking the reader away from where they are.
	await expect(status).toHaveAttribute('aria-live', 'polite');
	const total = Number((await status.textContent())!.split(' ')[0]);
	expect(total).toBeGreaterThan(5);
	const items = page.locator('#search-results > li');
	await expect(items).toHaveCount(5);
	await page.waitForLoadState('networkidle');
	// Only the five results on the page were fetched.
	expect(fragments).toHaveLength(5);

	const more = page.getByRole('button', { name: /^Tampilkan lebih banyak/ });
	await expect(more).toHaveText(`Tampilkan lebih banyak (${total - 5} lagi)`);
	await more.click();
	const second = Math.min(total, 13);
	await expect(items).toHaveCount(second);
	// Focus goes to the first new result, and the status says how far the list has come.
	await expect(items.nth(5).locator('a')).toBeFocused();
	await expect(status).toHaveText(`${second} dari ${total} hasil untuk "anak" sudah tampil`);
	expect(fragments).toHaveLength(second);
	expect(await axeViolations(page, ['main'])).toEqual([]);

	// Pressing on through the list reaches every result once; then the button goes away.
	while (await more.isVisible()) {
		const before = await items.count();
		await more.click();
		await expect.poll(() => items.count()).toBeGreaterThan(before);
	}
	await expect(items).toHaveCount(total);
	await expect(status).toHaveText(`${total} dari ${total} hasil untuk "anak" sudah tampil`);
	const urls = await items
		.locator('a')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
	expect(new Set(urls).size).toBe(total);
	expect(problems).toEqual([]);
});

test('a search with five results or fewer offers no "show more"', async ({ page }) => {
	await page.goto('/cari/?q=kpai');
	const status = page.getByRole('status');
	await expect(status).toHaveText(/^\d+ hasil untuk "kpai"$/);
	const total = Number((await status.textContent())!.split(' ')[0]);
	expect(total).toBeLessThanOrEqual(5);
	await expect(page.locator('#search-results > li')).toHaveCount(total);
	await expect(page.getByRole('button', { name: /^Tampilkan lebih banyak/ })).toBeHidden();
});
