import { expect, test, type Page } from '@playwright/test';

/** Presses Tab and returns a short description of what has focus. */
async function tab(page: Page): Promise<string> {
	await page.keyboard.press('Tab');
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement;
		const name = el.getAttribute('aria-label') ?? el.textContent?.trim().replace(/\s+/g, ' ') ?? '';
		return `${el.tagName.toLowerCase()}:${el.tagName === 'INPUT' ? (el as HTMLInputElement).name : name}`;
	});
}

test('the header is walked in a sensible order, starting with a visible skip link', async ({
	page,
}) => {
	await page.goto('/orang-tua/');
	expect(await tab(page)).toBe('a:Langsung ke isi');
	const skip = page.getByRole('link', { name: 'Langsung ke isi' });
	const box = await skip.boundingBox();
	expect(box && box.y >= 0 && box.height > 20).toBe(true);
	const order = [];
	for (let i = 0; i < 8; i += 1) order.push(await tab(page));
	expect(order).toEqual([
		'a:Jaga Diri, ke beranda',
		'a:Keluar cepat atau tekan Esc dua kali',
		'a:Anak',
		'a:Guru & Ustadz',
		'a:Orang Tua',
		'a:Bantuan',
		'input:q',
		'button:Cari',
	]);
});

test('the skip link moves focus to the page content', async ({ page }) => {
	await page.goto('/bantuan/');
	await tab(page);
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
	expect(await tab(page)).not.toMatch(/Jaga Diri|Keluar cepat/);
});

test('searching works from the keyboard alone, and results can be reached with Tab', async ({
	page,
}) => {
	await page.goto('/');
	for (let i = 0; i < 10 && !(await tab(page)).startsWith('input:q'); i += 1);
	await page.keyboard.type('sentuhan');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status')).toHaveText(/^\d+ hasil untuk "sentuhan"$/);
	await expect(page).toHaveURL(/\/cari\/$/);
	let reached = '';
	for (let i = 0; i < 20 && !reached.includes('Bagian Pribadi Itu Pribadi'); i += 1)
		reached = await tab(page);
	expect(reached).toBe('a:Bagian Pribadi Itu Pribadi');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/pelajaran\/bagian-pribadi\/$/);
});
