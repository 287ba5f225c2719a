import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { watchProblems } from './helpers';

async function openChecklist(page: Page) {
	await page.goto('/sekolah/daftar-periksa/');
	await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
}

test('the self-check: answering updates the result and the next steps; nothing is stored', async ({
	page,
}) => {
	const problems = await watchProblems(page);
	await openChecklist(page);
	const fieldsets = page.locator('fieldset');
	const total = await fieldsets.count();
	expect(total).toBeGreaterThanOrEqual(10);
	await expect(page.getByRole('status')).toContainText(`0 dari ${total} hal sudah berjalan.`);

	await fieldsets.nth(0).getByLabel('Sudah').check();
	await fieldsets.nth(1).getByLabel('Belum').check();
	await fieldsets.nth(2).getByLabel('Tidak tahu').check();
	await expect(page.getByRole('status')).toContainText(`1 dari ${total} hal sudah berjalan.`);
	await expect(page.getByRole('status')).toContainText(`3 dari ${total} pernyataan sudah dijawab.`);

	const steps = page.locator('.checklist__steps > li');
	await expect(steps).toHaveCount(total - 1);
	const second = (await fieldsets.nth(1).locator('legend').textContent())!.trim();
	await expect(steps.first()).toContainText(second);
	await expect(steps.first()).toContainText('(Jawaban: Belum)');

	expect(await page.evaluate(() => localStorage.length)).toBe(0);
	expect(problems).toEqual([]);
});

test('the self-check is kept only when asked, and "Hapus" removes it', async ({ page }) => {
	await openChecklist(page);
	await page.getByLabel('Nama sekolah').fill('MI Contoh');
	await page.locator('fieldset').first().getByLabel('Sudah').check();
	await page.getByLabel('Ingat jawaban di perangkat ini').check();
	await expect(page.getByText('Jawaban disimpan di perangkat ini.')).toBeVisible();

	await page.reload();
	await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
	await expect(page.locator('fieldset').first().getByLabel('Sudah')).toBeChecked();
	await expect(page.getByLabel('Nama sekolah')).toHaveValue('MI Contoh');

	await page.getByRole('button', { name: 'Hapus semua jawaban' }).click();
	expect(await page.evaluate(() => localStorage.length)).toBe(0);
	await expect(page.locator('fieldset').first().getByLabel('Sudah')).not.toBeChecked();
});

test('corrupted saved answers never break the self-check', async ({ page }) => {
	await page.goto('/sekolah/daftar-periksa/');
	await page.evaluate(() =>
		localStorage.setItem('jaga-diri:daftar-periksa', '{"version":1,"answers":')
	);
	await openChecklist(page);
	await page.reload();
	await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
	await page.locator('fieldset').first().getByLabel('Sudah').check();
	await expect(page.getByRole('status')).toContainText('1 dari');
});

test('the self-check can be filled in with the keyboard alone', async ({ page }) => {
	await openChecklist(page);
	await page.getByLabel('Nama sekolah').focus();
	await page.keyboard.type('Pesantren Contoh');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Space');
	await expect(page.locator('fieldset').first().getByLabel('Sudah')).toBeChecked();
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('fieldset').first().getByLabel('Belum')).toBeChecked();
});

test('the self-check prints as a report with the result first', async ({ page }) => {
	await openChecklist(page);
	await page.getByLabel('Nama sekolah').fill('MI Contoh');
	await page.locator('fieldset').first().getByLabel('Sudah').check();
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByText(/^Laporan daftar periksa: MI Contoh, \d+ \w+ \d{4}$/)).toBeVisible();
	await expect(page.getByRole('button', { name: 'Cetak laporan' })).toBeHidden();
	const resultTop = (await page.locator('.checklist__result').boundingBox())!.y;
	const firstArea = (await page.locator('.checklist__area').first().boundingBox())!.y;
	expect(resultTop).toBeLessThan(firstArea);
	const pdf = await page.pdf({ format: 'A4' });
	expect(pdf.byteLength).toBeGreaterThan(10_000);
});

test('the response protocol is a readable, navigable flowchart', async ({ page }) => {
	await page.goto('/sekolah/protokol/');
	const chart = page.getByRole('region', { name: 'Alur penanganan' }).getByRole('list').first();
	const steps = chart.locator(':scope > li');
	expect(await steps.count()).toBeGreaterThanOrEqual(8);
	await expect(steps.first().getByRole('heading', { level: 3 })).toBeVisible();
	// Every arrow is a link to a step that exists on the page.
	const targets = await chart
		.locator('a[href^="#alur-"]')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href')!.slice(1)));
	expect(targets.length).toBeGreaterThan(0);
	for (const id of targets) await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
	// A decision shows both answers in words.
	await expect(chart.getByText(/^Ya$/).first()).toBeVisible();
	await expect(chart.getByText(/^Tidak$/).first()).toBeVisible();
	const axe = await new AxeBuilder({ page }).include('.chart').analyze();
	expect(axe.violations.map((v) => v.id)).toEqual([]);
	await page.emulateMedia({ media: 'print' });
	await expect(steps.last()).toBeVisible();
});
