import { expect, test, type Page } from '@playwright/test';
import { builtPages } from './helpers';

/*
 * The lesson page in class: a step navigator that finds the teacher's place on a phone, the slides
 * and the print links on the first screens, and a page that prints without its buttons.
 */
const LESSON = '/pelajaran/tubuhku-milikku/';
const lessons = builtPages().filter((p) => /^\/pelajaran\/(?!jalur|konsep)[^/]+\/$/.test(p));
const PHONE = { width: 360, height: 740 };
const PROJECTOR = { width: 1280, height: 720 };

test.use({ serviceWorkers: 'block' });

/** The navigator's links: where each points, its minutes, and whether its target exists. */
function navigatorLinks(page: Page) {
	return page.$$eval('.step-nav a', (links) =>
		links.map((a) => {
			const id = decodeURIComponent(new URL((a as HTMLAnchorElement).href).hash.slice(1));
			const minutes = a.querySelector('.step-nav__minutes')?.textContent ?? '';
			return {
				id,
				isPart: a.parentElement?.parentElement?.classList.contains('step-nav__parts') ?? false,
				minutes: Number(minutes.match(/\d+/)?.[0] ?? Number.NaN),
				hasTarget: document.getElementById(id) !== null,
			};
		})
	);
}

/** Whether the element's top is on screen and not under the navigator's sticky bar. */
function landsInView(page: Page, id: string) {
	return page.evaluate((id) => {
		const target = document.getElementById(id)!.getBoundingClientRect();
		const bar = document.querySelector('.step-nav summary')!.getBoundingClientRect();
		return target.top >= bar.bottom - 1 && target.top < window.innerHeight;
	}, id);
}

test('every lesson has a step navigator whose links all land and whose parts add up', async ({
	page,
}) => {
	test.setTimeout(30_000 + lessons.length * 10_000);
	expect(lessons.length).toBeGreaterThan(0);
	for (const lesson of lessons) {
		await page.goto(lesson, { waitUntil: 'domcontentloaded' });
		const links = await navigatorLinks(page);
		const parts = links.filter((l) => l.isPart);
		expect(parts.length, lesson).toBeGreaterThanOrEqual(3);
		expect(links.length, lesson).toBeGreaterThan(parts.length);
		expect(
			links.filter((l) => !l.hasTarget || Number.isNaN(l.minutes)),
			lesson
		).toEqual([]);
		const total = await page.locator('.step-nav__total').textContent();
		expect(`${parts.reduce((sum, p) => sum + p.minutes, 0)} menit`, lesson).toBe(total);
	}
});

test('on a phone the navigator works by keyboard, stays at hand and lands below its bar', async ({
	page,
}) => {
	await page.setViewportSize(PHONE);
	await page.goto(LESSON);
	const summary = page.locator('.step-nav summary');
	await summary.focus();
	await page.keyboard.press('Enter');
	const activity = page.locator('.step-nav a[href="#langkah-kegiatan-3"]');
	await expect(activity).toBeVisible();
	await activity.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#langkah-kegiatan-3$/);
	// Folded again after the jump, still on screen, and the activity is not under it.
	await expect(activity).toBeHidden();
	await expect(summary).toBeInViewport();
	expect(await landsInView(page, 'langkah-kegiatan-3')).toBe(true);
	// Far down the steps, the bar is still there.
	await page.locator('#langkah-penutup').scrollIntoViewIfNeeded();
	await expect(summary).toBeInViewport();
});

test('without JavaScript the navigator still opens and jumps', async ({ browser }) => {
	const context = await browser.newContext({
		javaScriptEnabled: false,
		viewport: PROJECTOR,
		serviceWorkers: 'block',
	});
	const page = await context.newPage();
	await page.goto(LESSON);
	await page.locator('.step-nav summary').click();
	await page.locator('.step-nav a[href="#langkah-penutup"]').click();
	await expect(page).toHaveURL(/#langkah-penutup$/);
	expect(await landsInView(page, 'langkah-penutup')).toBe(true);
	await context.close();
});

test('the slides and every print link come before the lesson plan', async ({ page }) => {
	for (const viewport of [PHONE, PROJECTOR]) {
		await page.setViewportSize(viewport);
		await page.goto(LESSON);
		const firstPlan = await page
			.locator('h2#tujuan')
			.evaluate((h) => h.getBoundingClientRect().top);
		const present = page.getByRole('link', { name: 'Tayangkan di layar' });
		await expect(present).toBeInViewport();
		const printLinks = page.locator('#bahan-cetak ~ ul a[href*="/cetak/"]');
		expect(await printLinks.count()).toBe(6);
		for (const top of await printLinks.evaluateAll((as) =>
			as.map((a) => a.getBoundingClientRect().top)
		))
			expect(top).toBeLessThan(firstPlan);
	}
});

test('the lesson page prints without buttons, navigation or the quick exit', async ({ page }) => {
	await page.goto(LESSON);
	await page.emulateMedia({ media: 'print' });
	const shown = await page.evaluate(() => {
		const selectors = [
			'button',
			'a.button',
			'nav',
			'input',
			'.quick-exit',
			'.step-nav',
			'a[href*="/presentasi/"]',
			'a[href*="/kelas/"]',
			'a[href*="/cetak/"]',
		];
		return [...document.querySelectorAll<HTMLElement>(selectors.join(','))]
			.filter((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().height > 0)
			.map((el) => `${el.tagName.toLowerCase()}.${el.className} “${el.textContent?.trim()}”`);
	});
	expect(shown).toEqual([]);
	// The slide cues stay as words in the script, without the triangle that opens them on screen.
	const cue = page.locator('.slide-ref summary').first();
	await expect(cue).toBeVisible();
	expect(await cue.evaluate((s) => getComputedStyle(s).listStyleType)).toBe('none');
	// And what a teacher keeps on paper is there: the steps and the disclosure card.
	await expect(page.locator('#langkah-kegiatan-1')).toBeVisible();
	await expect(page.locator('#jika-anak-bercerita')).toBeVisible();
});
