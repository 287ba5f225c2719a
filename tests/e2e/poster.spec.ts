import { expect, test } from '@playwright/test';
import { countPdfPages } from '../../scripts/pdf-pages.mjs';
import { expectAxeClean, watchProblems } from './helpers';

/*
 * The asrama poster prints on one sheet of A4, F4 or A3 with the six rules, the blanks a pondok fills
 * by hand and the numbers outside the pondok; the notes for adults stay off the paper, and choosing
 * one figure for rule 2 prints only that one.
 */
const PATH = '/sekolah/poster-asrama/';
const PAPERS = {
	A4: { width: '210mm', height: '297mm' },
	F4: { width: '215mm', height: '330mm' },
	A3: { width: '297mm', height: '420mm' },
} as const;

test.use({ serviceWorkers: 'block' });

test('the poster shows the six rules, the blanks and the numbers, and is accessible', async ({
	page,
}) => {
	const problems = await watchProblems(page);
	await page.goto(PATH);
	const poster = page.locator('.poster');
	await expect(poster.locator('.poster__rule')).toHaveCount(6);
	await expect(poster.locator('.poster__blanks .blank')).toHaveCount(4);
	await expect(poster.locator('.poster__helplines')).toContainText('129');
	await expect(poster.locator('.poster__helplines')).toContainText('110');
	await expectAxeClean(page, PATH);
	expect(problems).toEqual([]);
});

for (const [paper, size] of Object.entries(PAPERS)) {
	test(`on ${paper} the poster takes one sheet, without the notes for adults`, async ({ page }) => {
		await page.goto(PATH);
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.intro')).toBeHidden();
		await expect(page.locator('.poster')).toBeVisible();
		expect(countPdfPages(await page.pdf({ ...size }))).toBe(1);
	});
}

test('choosing one figure for rule 2 prints only that figure', async ({ page }) => {
	await page.goto(PATH);
	const figures = page.locator('.poster__picture[data-anak]');
	const both = await figures.count();
	expect(both).toBeGreaterThanOrEqual(2);
	await page.getByLabel('Anak perempuan saja', { exact: false }).check();
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.poster__picture[data-anak="putra"]').first()).toBeHidden();
	await expect(page.locator('.poster__picture[data-anak="putri"]').first()).toBeVisible();
});
