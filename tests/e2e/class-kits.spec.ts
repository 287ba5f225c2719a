import { expect, test } from '@playwright/test';
import { countPdfPages } from '../../scripts/pdf-pages.mjs';
import { CLASS_KITS, KIT_SHEETS, kitPath } from '../../src/lib/print/class-kits';
import { axeViolations, builtPages } from './helpers';

/*
 * The class kits at /guru/bahan/: each prints alone on the sheets it is made for, on A4 and F4, and
 * every sheet carries a drawing of real size; /guru/, the print pages and the lessons link them.
 */
test.use({ serviceWorkers: 'block' });

const PAPERS = {
	A4: { width: '210mm', height: '297mm' },
	F4: { width: '215mm', height: '330mm' },
} as const;

test('every kit has its own print address, listed on /guru/bahan/', async ({ page }) => {
	const pages = builtPages();
	await page.goto('/guru/bahan/');
	for (const kit of CLASS_KITS) {
		expect(pages).toContain(kitPath(kit));
		await expect(page.locator(`main a[href="${kitPath(kit)}"]`)).toHaveCount(1);
	}
});

for (const paper of Object.keys(PAPERS) as (keyof typeof PAPERS)[]) {
	test(`on ${paper}: each kit prints on its sheets, each sheet with a drawing of real size`, async ({
		page,
	}) => {
		test.setTimeout(30_000 + CLASS_KITS.length * 6_000);
		const found: string[] = [];
		for (const kit of CLASS_KITS) {
			await page.goto(kitPath(kit));
			await page.emulateMedia({ media: 'print' });
			const count = countPdfPages(await page.pdf({ ...PAPERS[paper] }));
			if (count !== KIT_SHEETS[kit]) found.push(`${kit}: ${count} sheets, not ${KIT_SHEETS[kit]}`);
			const sheets = page.locator('.kit-sheet');
			const drawings = await sheets.evaluateAll((els) =>
				els.map((el) =>
					Math.max(
						0,
						...[...el.querySelectorAll('svg')].map((s) => s.getBoundingClientRect().height)
					)
				)
			);
			// 20 mm at 96 px to the inch; a word card's sheet has its words instead.
			if (!['kata-perasaan', 'kartu-trik'].includes(kit))
				for (const [i, tallest] of drawings.entries())
					if (tallest < 75) found.push(`${kit}: sheet ${i + 1} has no drawing`);
		}
		expect(found).toEqual([]);
	});
}

test('/guru/, a lesson, its print pages link the kits; the lesson names the kits it asks for', async ({
	page,
}) => {
	await page.goto('/guru/');
	await expect(page.locator('main a[href="/guru/bahan/"]').first()).toBeVisible();
	await page.goto('/pelajaran/tubuhku-milikku/cetak/');
	await expect(page.locator('main a[href="/guru/bahan/"]').first()).toBeVisible();
	await page.goto('/pelajaran/tubuhku-milikku/cetak/kuis/');
	await expect(page.locator('main a[href="/guru/bahan/"]').first()).toBeVisible();
	await page.goto('/pelajaran/tubuhku-milikku/');
	const kits = page.locator('.lesson-kits a');
	await expect(kits.first()).toBeVisible();
	const hrefs = await kits.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
	expect(hrefs).toEqual(
		expect.arrayContaining(['/guru/bahan/wajah-perasaan/', '/guru/bahan/kartu-hijau-merah/'])
	);
});

const CARD_KITS = [
	'kartu-keadaan-fase-a',
	'kartu-keadaan-fase-b',
	'kartu-keadaan-pesantren',
	'kartu-peran-fase-b',
	'kartu-peran-pesantren',
] as const;

test('the card kits: every card drawn and nothing cut off; the faces show malu; axe clean', async ({
	page,
}) => {
	const found: string[] = [];
	for (const kit of [...CARD_KITS, 'wajah-perasaan'] as const) {
		await page.goto(kitPath(kit));
		await page.emulateMedia({ media: 'print' });
		const cards = await page.locator('.situation').evaluateAll((els) =>
			els.map((el) => ({
				drawing: el.querySelector('svg')?.getBoundingClientRect().height ?? 0,
				clipped: el.scrollHeight > el.clientHeight + 1,
			}))
		);
		if (kit !== 'wajah-perasaan' && cards.length === 0) found.push(`${kit}: no cards`);
		for (const [i, c] of cards.entries()) {
			if (c.drawing < 75) found.push(`${kit}: card ${i + 1} has no drawing`);
			if (c.clipped) found.push(`${kit}: card ${i + 1} is cut off`);
		}
		await page.emulateMedia({ media: 'screen' });
		found.push(...(await axeViolations(page)).map((v) => `${kit}: ${v}`));
	}
	await page.goto(kitPath('wajah-perasaan'));
	await expect(page.locator('[data-kit="wajah-malu"] svg')).toHaveCount(1);
	expect(found).toEqual([]);
});

test('the lessons link the card kits made from their scripts', async ({ page }) => {
	for (const [lesson, kit] of [
		['bagian-pribadi', 'kartu-keadaan-fase-a'],
		['sentuhan-membingungkan', 'kartu-keadaan-fase-b'],
		['bukan-rahasia-bukan-salahmu', 'kartu-keadaan-pesantren'],
		['mengenali-bujuk-rayu', 'kartu-peran-fase-b'],
		['aman-di-asrama', 'kartu-peran-pesantren'],
	] as const) {
		await page.goto(`/pelajaran/${lesson}/`);
		await expect(page.locator(`.lesson-kits a[href="${kitPath(kit)}"]`)).toHaveCount(1);
	}
});

test('the six-rules poster prints on one sheet of A3 too, larger than on A4', async ({ page }) => {
	await page.goto(kitPath('poster-aturan'));
	await page.emulateMedia({ media: 'print' });
	expect(countPdfPages(await page.pdf({ width: '297mm', height: '420mm' }))).toBe(1);
	// The printable width of each sheet (15 mm margins) at 96 px to the inch.
	const sizeAt = async (width: number) => {
		await page.setViewportSize({ width, height: 1200 });
		return page
			.locator('.poster--rules .rules strong')
			.first()
			.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
	};
	const onA3 = await sizeAt(1009);
	expect(onA3).toBeGreaterThan((await sizeAt(680)) * 1.3);
});
