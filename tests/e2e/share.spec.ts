import { expect, test, type Page } from '@playwright/test';

/* The share control on lessons, parent guides and school pages. */
const PAGES = [
	{ path: '/pelajaran/bagian-pribadi/', title: 'Bagian Pribadi Itu Pribadi' },
	{ path: '/orang-tua/bicara-tentang-tubuh/', title: null },
	{ path: '/sekolah/protokol/', title: null },
];

test.use({ serviceWorkers: 'block' });

const share = (page: Page) => page.getByRole('region', { name: 'Bagikan halaman ini' });

test('without the Web Share API: copy the link (announced) and a WhatsApp link, on every kind of page', async ({
	page,
	context,
	baseURL,
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	for (const { path, title } of PAGES) {
		await page.goto(path);
		expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined');
		const box = share(page);
		await expect(box.getByRole('button', { name: 'Bagikan', exact: true })).toBeHidden();
		const url = `${baseURL}${path}`;
		const heading = title ?? (await page.getByRole('heading', { level: 1 }).innerText());
		await expect(box.getByRole('link', { name: 'Kirim lewat WhatsApp' })).toHaveAttribute(
			'href',
			`https://wa.me/?text=${encodeURIComponent(`${heading}\n${url}`)}`
		);
		await box.getByRole('button', { name: 'Salin tautan' }).click();
		await expect(box.getByRole('status')).toHaveText('Tautan disalin.');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
	}
});

test('with the Web Share API: one "Bagikan" button hands title and address to the device', async ({
	page,
	baseURL,
}) => {
	await page.addInitScript(() => {
		const calls: unknown[] = [];
		(window as unknown as { shared: unknown[] }).shared = calls;
		Object.defineProperty(navigator, 'share', {
			value: (data: unknown) => {
				calls.push(data);
				return Promise.resolve();
			},
		});
	});
	await page.goto('/pelajaran/bagian-pribadi/#langkah');
	const box = share(page);
	await expect(box.getByRole('button', { name: 'Salin tautan' })).toBeHidden();
	await expect(box.getByRole('link', { name: 'Kirim lewat WhatsApp' })).toBeHidden();
	await box.getByRole('button', { name: 'Bagikan', exact: true }).click();
	expect(await page.evaluate(() => (window as unknown as { shared: unknown[] }).shared)).toEqual([
		{ title: 'Bagian Pribadi Itu Pribadi', url: `${baseURL}/pelajaran/bagian-pribadi/` },
	]);
});

test('works by keyboard, and the status is a polite live region', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/orang-tua/bicara-tentang-tubuh/');
	const copy = share(page).getByRole('button', { name: 'Salin tautan' });
	await copy.focus();
	await expect(copy).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(share(page).getByRole('status')).toHaveText('Tautan disalin.');
	await page.keyboard.press('Tab');
	await expect(share(page).getByRole('link', { name: 'Kirim lewat WhatsApp' })).toBeFocused();
});

test('without JavaScript the WhatsApp link still works; in print the control is hidden', async ({
	browser,
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/sekolah/protokol/');
	const box = share(page);
	await expect(box.getByRole('link', { name: 'Kirim lewat WhatsApp' })).toHaveAttribute(
		'href',
		/^https:\/\/wa\.me\/\?text=.+%2Fsekolah%2Fprotokol%2F$/
	);
	await expect(box.getByRole('button')).toHaveCount(0);
	await page.emulateMedia({ media: 'print' });
	await expect(box).toBeHidden();
	await context.close();
});
