import { expect, test, type Page } from '@playwright/test';
import { QUICK_EXIT_URL } from '../../src/lib/quick-exit';
import { expectAxeClean } from './helpers';

/*
 * Teaching with a projector: Esc never leaves the site from a deck, the slide lives in the address,
 * the keys are explained, every control is named, and revealed reasons stay large.
 */
const LESSON = '/pelajaran/tubuhku-milikku/presentasi/';
const CLASS_QUIZ = '/kuis/tubuhku-milikku/kelas/';

async function openDeck(page: Page, url: string) {
	await page.goto(url);
	await expect(page.locator('.deck--live')).toBeVisible();
}

/** The current slide (from 1) and its reveal step, as the page shows them. */
function where(page: Page) {
	return page.evaluate(() => {
		const slides = [...document.querySelectorAll<HTMLElement>('[data-slide]')];
		const current = document.querySelector<HTMLElement>('[data-slide][data-current]');
		return { slide: current ? slides.indexOf(current) + 1 : 0, step: current?.dataset.step };
	});
}

for (const deck of [LESSON, CLASS_QUIZ]) {
	test(`${deck}: Esc twice stays on the site; the bar keeps its quick exit`, async ({ page }) => {
		let left = false;
		const neutral = new URL(QUICK_EXIT_URL);
		await page.route(`${neutral.origin}/**`, (route) => {
			left = true;
			return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>x</title>' });
		});
		await openDeck(page, deck);
		await page.keyboard.press('ArrowRight');
		for (let i = 0; i < 3; i += 1) await page.keyboard.press('Escape');
		await page.waitForTimeout(300);
		expect(left).toBe(false);
		await expect(page).toHaveURL(new RegExp(`${deck}#2$`));
		const exit = page.locator('.deck-bar').getByRole('link', { name: 'Keluar cepat' });
		await expect(exit).toBeVisible();
		await exit.click();
		await page.waitForURL(`${neutral.origin}/**`);
	});

	test(`${deck}: every control has a name and a visible label or tooltip`, async ({ page }) => {
		await openDeck(page, deck);
		const controls = page.locator('.deck-bar').locator('button, a');
		expect(await controls.count()).toBeGreaterThan(6);
		for (const control of await controls.all()) {
			const name = await control.evaluate((el) => {
				const label = el.getAttribute('aria-label') ?? el.textContent ?? '';
				return label.trim();
			});
			expect(name, await control.evaluate((el) => el.outerHTML.slice(0, 80))).not.toBe('');
			const shown = await control.evaluate((el) => {
				const text = [...el.querySelectorAll('span')].some(
					(s) => s.checkVisibility() && s.getBoundingClientRect().width > 1 && s.textContent
				);
				return (
					text ||
					Boolean(el.getAttribute('title')) ||
					el.childNodes[el.childNodes.length - 1]?.nodeType === 3
				);
			});
			expect(shown, name).toBe(true);
		}
	});
}

test('reloading at slide 7 opens slide 7; a shared address opens its slide', async ({ page }) => {
	await openDeck(page, LESSON);
	for (let i = 0; i < 6; i += 1) await page.keyboard.press('PageDown');
	await expect(page).toHaveURL(/#7$/);
	expect((await where(page)).slide).toBe(7);
	await page.reload();
	await expect(page.locator('.deck--live')).toBeVisible();
	await expect.poll(async () => (await where(page)).slide).toBe(7);
	// Back to the lesson and forward again: still slide 7.
	await page.goBack();
	await page.goForward();
	await expect.poll(async () => (await where(page)).slide).toBe(7);
	await page.goto(`${CLASS_QUIZ}#3.1`);
	await expect.poll(() => where(page)).toEqual({ slide: 3, step: '1' });
});

test('on a projector the key hint stays clear of the next slide’s title while it shows', async ({
	page,
}) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await openDeck(page, LESSON);
	await expect(page.locator('.deck-hint')).toContainText('?');
	await page.keyboard.press('ArrowRight');
	await expect.poll(async () => (await where(page)).slide).toBe(2);
	// Where the hint is drawn, whether or not it has faded yet (it fades after 8 s: no race with it).
	const { hintTop, titleBottom } = await page.evaluate(() => ({
		hintTop: document.querySelector('.deck-hint')!.getBoundingClientRect().top,
		titleBottom: document.querySelector('[data-slide][data-current] h2')!.getBoundingClientRect()
			.bottom,
	}));
	expect(hintTop).toBeGreaterThan(titleBottom);
});

test('"?" and the bar button open the key guide; Esc closes it without leaving', async ({
	page,
}) => {
	await openDeck(page, LESSON);
	await expect(page.locator('.deck-hint')).toContainText('?');
	const guide = page.getByRole('dialog', { name: 'Tombol pada tayangan' });
	await expect(guide).toBeHidden();
	await page.keyboard.press('Shift+Slash');
	await expect(guide).toBeVisible();
	for (const key of ['B', 'F', 'S', '→', 'Windows + P']) await expect(guide).toContainText(key);
	// Keys do not move the slides behind the open guide.
	await page.keyboard.press('ArrowRight');
	expect((await where(page)).slide).toBe(1);
	await expectAxeClean(page, 'key guide', ['.deck-keys']);
	await page.keyboard.press('Escape');
	await expect(guide).toBeHidden();
	await page.keyboard.press('Escape');
	await expect(page).toHaveURL(new RegExp(`${LESSON}$`));
	await page.getByRole('button', { name: 'Panduan tombol' }).click();
	await expect(guide).toBeVisible();
	await guide.getByRole('button', { name: 'Tutup' }).click();
	await expect(guide).toBeHidden();
});

test('at 1280×720 the key guide fits the screen without scrolling, and a picture fills over a third of its slide', async ({
	page,
}) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await openDeck(page, `${LESSON}#3`);
	const picture = await page.evaluate(() => {
		const slide = document.querySelector('[data-slide][data-current] .slide__frame')!;
		const svg = slide.querySelector('.slide__picture')!;
		return svg.getBoundingClientRect().height / slide.getBoundingClientRect().height;
	});
	expect(picture).toBeGreaterThanOrEqual(1 / 3);
	await page.keyboard.press('Shift+Slash');
	const guide = page.getByRole('dialog', { name: 'Tombol pada tayangan' });
	await expect(guide).toBeVisible();
	const fit = await guide.evaluate((d) => ({
		scrolls: d.scrollHeight > d.clientHeight + 1,
		bottom: d.getBoundingClientRect().bottom,
	}));
	expect(fit.scrolls).toBe(false);
	expect(fit.bottom).toBeLessThanOrEqual(720);
	await expect(guide.getByRole('button', { name: 'Tutup' })).toBeInViewport();
});

test('the teacher view says to extend the screen (Windows + P)', async ({ page }) => {
	await openDeck(page, LESSON);
	await page.evaluate(() => (window.open = () => null));
	await page.keyboard.press('s');
	await expect(page.locator('.deck-teacher')).toBeVisible();
	await expect(page.getByText(/Windows \+ P, pilih Perluas/)).toBeVisible();
});

test('at 1280×720 revealed reasons are at least 24 px, and no word breaks at its hyphen', async ({
	page,
}) => {
	test.slow();
	await page.setViewportSize({ width: 1280, height: 720 });
	await openDeck(page, CLASS_QUIZ);
	const total = await page.locator('[data-slide]').count();
	let checked = 0;
	for (let i = 0; i < total * 3 && (await where(page)).slide < total; i += 1) {
		await page.keyboard.press('ArrowRight');
		const sizes = await page.evaluate(async () => {
			await new Promise((resolve) => requestAnimationFrame(resolve));
			return [
				...document.querySelectorAll<HTMLElement>(
					'[data-slide][data-current] :is(.qc-reason, .qc-also)'
				),
			]
				.filter((el) => el.checkVisibility())
				.map((el) => ({
					text: el.textContent?.slice(0, 40),
					px: parseFloat(getComputedStyle(el).fontSize),
				}));
		});
		for (const { text, px } of sizes) expect(px, text).toBeGreaterThanOrEqual(24);
		checked += sizes.length;
	}
	expect(checked).toBeGreaterThan(0);
	// A hyphen between two letters on a slide is a non-breaking one.
	const breakable = await page.evaluate(() =>
		[...document.querySelectorAll('[data-slide] .slide__frame')]
			.map((frame) => frame.textContent ?? '')
			.flatMap((text) => text.match(/\p{L}+-\p{L}+/gu) ?? [])
	);
	expect(breakable).toEqual([]);
});

test('/guru/ at 360×740 starts with lessons to teach, inside the first screen', async ({
	page,
}) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/guru/');
	const start = page.getByRole('region', { name: 'Mulai mengajar' });
	const lesson = start.locator('a[href^="/pelajaran/"]').first();
	const box = await lesson.boundingBox();
	expect(box && box.y + box.height).toBeLessThanOrEqual(740);
	await expect(start.getByRole('link', { name: 'Rencana satu semester' })).toBeVisible();
	expect(await page.locator('#rencana-satu-semester').count()).toBe(1);
	await expect(page.locator('main')).not.toContainText('sepuluh menit dibaca');
});
