import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { load } from 'js-yaml';
import { reduceDeck, type DeckState } from '../../src/lib/deck/state';
import { QUICK_EXIT_URL } from '../../src/lib/quick-exit';
import { safePath } from '../../src/lib/quiz/safe-path';
import type { Quiz } from '../../src/schemas/quiz';
import { FIXTURE, serveDeckFixture } from './deck-fixture';
import { expectAxeClean, tabTo, watchProblems } from './helpers';

/*
 * The projector side: a lesson's presentation and a quiz in class mode, on the real build, and on a
 * fixture build whose lesson has slides with notes and whose quiz has every question type.
 */
const LESSON = '/pelajaran/bagian-pribadi/presentasi/';
const CLASS_QUIZ = '/kuis/bagian-pribadi/kelas/';
const DECKS = [LESSON, CLASS_QUIZ];

async function openDeck(page: Page, url: string) {
	await page.goto(url);
	// The island is live once it has turned the list into a deck.
	await expect(page.locator('.deck--live')).toBeVisible();
}

/** Where the deck is, read from the page once the island has rendered and laid out after a key press. */
function position(page: Page) {
	return page.evaluate(async () => {
		await new Promise((resolve) => requestAnimationFrame(resolve));
		const slides = [...document.querySelectorAll<HTMLElement>('[data-slide]')];
		const current = document.querySelector<HTMLElement>('[data-slide][data-current]');
		return {
			state: {
				index: current ? slides.indexOf(current) : -1,
				step: Number(current?.dataset.step ?? 0),
				blank: Boolean(document.querySelector('.deck-blank')),
			},
			steps: slides.map((s) => Number(s.dataset.steps)),
		};
	});
}

const currentSlide = (page: Page) => page.locator('[data-slide][data-current]');

/** Walks the deck from the first slide to the end, calling `visit` at every state. */
async function walkDeck(page: Page, visit: (label: string) => Promise<void>, key = 'ArrowRight') {
	await page.keyboard.press('Home');
	let last = '';
	for (let i = 0; i < 300; i += 1) {
		const { state } = await position(page);
		const label = `slide ${state.index + 1}, step ${state.step}`;
		if (label === last) return;
		last = label;
		await visit(label);
		await page.keyboard.press(key);
	}
	throw new Error('The deck never reached its end.');
}

async function expectNoNotesShown(page: Page, label: string) {
	expect(await notesShown(page), label).toEqual([]);
}

/** Teacher notes, or the teacher panel, that the class screen shows. */
function notesShown(page: Page): Promise<string[]> {
	return page.evaluate(() => [
		...[...document.querySelectorAll<HTMLElement>('[data-notes]')]
			.filter((notes) => notes.checkVisibility({ visibilityProperty: true }))
			.map((notes) => `notes show: ${notes.textContent?.trim().slice(0, 50)}`),
		...(document.querySelector('.deck-teacher') ? ['the teacher panel shows'] : []),
	]);
}

/** What does not fit: page scrollbars, a slide outside the viewport, text outside its slide. */
function layoutProblems(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const problems: string[] = [];
		const { innerWidth: width, innerHeight: height } = window;
		const page = document.documentElement;
		if (page.scrollWidth > width || page.scrollHeight > height) {
			problems.push(`the page scrolls (${page.scrollWidth}×${page.scrollHeight})`);
		}
		const frame = document.querySelector('[data-slide][data-current] .slide__frame');
		if (!frame) return ['no slide shows'];
		const box = frame.getBoundingClientRect();
		if (box.left < 0 || box.top < 0 || box.right > width || box.bottom > height) {
			problems.push('the slide is not inside the viewport');
		}
		if (frame.scrollHeight > frame.clientHeight + 1 || frame.scrollWidth > frame.clientWidth + 1) {
			problems.push('the slide overflows its frame');
		}
		for (const el of frame.querySelectorAll('h2, h3, p, li, span, svg')) {
			const r = el.getBoundingClientRect();
			if (r.width === 0 && r.height === 0) continue;
			if (
				r.left < box.left - 1 ||
				r.right > box.right + 1 ||
				r.top < box.top - 1 ||
				r.bottom > box.bottom + 1
			) {
				problems.push(
					`cut off: <${el.tagName.toLowerCase()}> ${el.textContent?.trim().slice(0, 50)}`
				);
			}
		}
		return problems;
	});
}

test.describe('on the real build', () => {
	test('presenter keys and clicker keys move through the slides', async ({ page }) => {
		const problems = await watchProblems(page);
		await openDeck(page, LESSON);
		const { steps } = await position(page);
		expect(steps.length).toBeGreaterThan(3);
		let expected: DeckState = { index: 0, step: 0, blank: false };
		const keys: [string, Parameters<typeof reduceDeck>[2]][] = [
			['ArrowRight', { type: 'next' }],
			['Space', { type: 'next' }],
			['PageDown', { type: 'next' }],
			['PageDown', { type: 'next' }],
			['PageUp', { type: 'prev' }],
			['End', { type: 'last' }],
			['ArrowRight', { type: 'next' }],
			['PageUp', { type: 'prev' }],
			['Home', { type: 'first' }],
			['ArrowLeft', { type: 'prev' }],
			['ArrowRight', { type: 'next' }],
		];
		for (const [key, action] of keys) {
			await page.keyboard.press(key);
			expected = reduceDeck({ steps }, expected, action);
			expect((await position(page)).state, `after ${key}`).toEqual(expected);
		}
		await page.keyboard.press('End');
		await expect(currentSlide(page)).toHaveAttribute('data-title', 'Ingat selalu');
		await expect(page.getByText(`${steps.length} / ${steps.length}`)).toBeVisible();
		await expect(page.locator('[aria-live="polite"]')).toHaveText(
			`Tayangan ${steps.length} dari ${steps.length}: Ingat selalu`
		);
		await page.keyboard.press('Home');
		await expect(currentSlide(page)).toHaveAttribute('data-title', 'Bagian Pribadi Itu Pribadi');
		expect(problems).toEqual([]);
	});

	test('the control bar moves the slides, and can hide and come back', async ({ page }) => {
		await openDeck(page, LESSON);
		const bar = page.getByRole('group', { name: 'Kontrol tayangan' });
		await bar.getByRole('button', { name: 'Berikutnya' }).click();
		expect((await position(page)).state.index).toBe(1);
		await bar.getByRole('button', { name: 'Sebelumnya' }).click();
		expect((await position(page)).state.index).toBe(0);
		await bar.getByRole('button', { name: 'Sembunyikan kontrol' }).click();
		await expect(bar).toHaveCount(0);
		const show = page.getByRole('button', { name: 'Tampilkan kontrol' });
		await expect(show).toBeFocused();
		await page.keyboard.press('ArrowRight');
		expect((await position(page)).state.index).toBe(1);
		await page.keyboard.press('Enter');
		await expect(bar.getByRole('button', { name: 'Berikutnya' })).toBeFocused();
		await expect(bar.getByRole('link', { name: 'Kembali ke pelajaran' })).toHaveAttribute(
			'href',
			'/pelajaran/bagian-pribadi/'
		);
	});

	test('B blanks the screen and brings it back; so do Esc, a click and the next key', async ({
		page,
	}) => {
		await openDeck(page, LESSON);
		await page.keyboard.press('ArrowRight');
		const blank = page.locator('.deck-blank');
		await page.keyboard.press('b');
		await expect(blank).toBeVisible();
		await expect(page.locator('[data-slide]:visible')).toHaveCount(0);
		await expect(page.locator('[aria-live="polite"]')).toHaveText('Layar gelap');
		await page.keyboard.press('b');
		await expect(blank).toHaveCount(0);
		await expect(currentSlide(page)).toBeVisible();
		for (const undo of ['Escape', 'ArrowRight', 'click']) {
			await page.keyboard.press('b');
			await expect(blank).toBeVisible();
			if (undo === 'click') await blank.click();
			else await page.keyboard.press(undo);
			await expect(blank, undo).toHaveCount(0);
			// Coming back never skips a slide.
			expect((await position(page)).state.index, undo).toBe(1);
		}
	});

	test('Esc on a blank screen does not count towards the quick exit', async ({ page }) => {
		await openDeck(page, LESSON);
		await page.keyboard.press('b');
		await page.keyboard.press('Escape');
		await page.keyboard.press('b');
		await page.keyboard.press('Escape');
		// Still on the deck (its address may now name the slide, "#1").
		await expect(page).toHaveURL(new RegExp(`${LESSON}(#1)?$`));
	});

	test('F and the button put the deck in full screen; F or Esc leave it', async ({ page }) => {
		await openDeck(page, LESSON);
		const isFullscreen = () => page.evaluate(() => document.fullscreenElement?.matches('.deck'));
		await page.keyboard.press('f');
		await expect.poll(isFullscreen).toBe(true);
		await page.keyboard.press('f');
		await expect.poll(isFullscreen).toBeFalsy();
		await page.getByRole('button', { name: 'Layar penuh' }).click();
		await expect.poll(isFullscreen).toBe(true);
		await expect(page.getByRole('button', { name: 'Layar penuh' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await page.keyboard.press('Escape');
		await expect.poll(isFullscreen).toBeFalsy();
	});

	test('in a deck Esc twice does not leave; the bar has the quick exit', async ({ page }) => {
		const neutral = new URL(QUICK_EXIT_URL);
		await page.route(`${neutral.origin}/**`, (route) =>
			route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Cuaca</title>' })
		);
		await openDeck(page, LESSON);
		await page.keyboard.press('Escape');
		await page.keyboard.press('Escape');
		await expect(page).toHaveURL(new RegExp(`${LESSON}$`));
		await page.locator('.deck-bar').getByRole('link', { name: 'Keluar cepat' }).click();
		await page.waitForURL(`${neutral.origin}/**`);
	});

	test('in class mode the next press reveals the answer, the one after moves on', async ({
		page,
	}) => {
		await openDeck(page, CLASS_QUIZ);
		await page.keyboard.press('ArrowRight');
		const question = currentSlide(page);
		await expect(question).toHaveAttribute('data-steps', '1');
		const mark = question.locator('.qc-mark');
		await expect(mark).toBeHidden();
		await page.keyboard.press('ArrowRight');
		await expect(question).toHaveAttribute('data-step', '1');
		await expect(mark).toBeVisible();
		await expect(mark).toHaveText('Tepat');
		await expect(page.locator('[aria-live="polite"]')).toHaveText('Jawaban ditampilkan.');
		await page.keyboard.press('ArrowRight');
		expect((await position(page)).state).toEqual({ index: 2, step: 0, blank: false });
		await page.keyboard.press('ArrowLeft');
		expect((await position(page)).state).toEqual({ index: 1, step: 1, blank: false });
	});

	test('a class quiz can be played to its closing card with the clicker key alone', async ({
		page,
		context,
	}) => {
		await openDeck(page, CLASS_QUIZ);
		await walkDeck(page, async () => undefined, 'PageDown');
		await expect(currentSlide(page)).toHaveAttribute('data-title', 'Ingat selalu');
		await expect(currentSlide(page).getByRole('link', { name: '129', exact: true })).toBeVisible();
		expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
		expect(await context.cookies()).toEqual([]);
	});

	for (const deck of DECKS) {
		test(`${deck}: every slide fits 1024×768 and 1920×1080, and no teacher note shows`, async ({
			page,
		}) => {
			test.slow();
			for (const viewport of [
				{ width: 1024, height: 768 },
				{ width: 1920, height: 1080 },
			]) {
				await page.setViewportSize(viewport);
				await openDeck(page, deck);
				expect(await page.locator('[data-notes]').count()).toBeGreaterThan(0);
				await walkDeck(page, async (label) => {
					const where = `${viewport.width}×${viewport.height} ${label}`;
					expect(await layoutProblems(page), where).toEqual([]);
					expect(await notesShown(page), where).toEqual([]);
				});
			}
		});

		test(`${deck}: axe finds no violation, in every view`, async ({ page }) => {
			// Five axe runs on a large page: slow machines need more than the default limit.
			test.slow();
			// The whole page once; then what each view changes: the slide, the blank screen, the teacher
			// panel and the controls.
			const changed = ['[data-slide][data-current]', '.deck-bar', '.deck-blank', '.deck-teacher'];
			await openDeck(page, deck);
			await expectAxeClean(page, 'first slide');
			await page.keyboard.press('ArrowRight');
			await page.keyboard.press('ArrowRight');
			await page.keyboard.press('ArrowRight');
			await expectAxeClean(page, 'a quiz slide', changed);
			await page.keyboard.press('b');
			await expectAxeClean(page, 'blank', changed);
			await page.keyboard.press('b');
			await page.evaluate(() => (window.open = () => null));
			await page.keyboard.press('s');
			await expect(page.locator('.deck-teacher')).toBeVisible();
			await expectAxeClean(page, 'teacher view', changed);
			await page.getByRole('button', { name: 'Sembunyikan kontrol' }).click();
			await expectAxeClean(page, 'controls hidden', changed);
		});
	}

	test('S opens the teacher view in a second window that follows, and either window drives', async ({
		page,
		context,
	}) => {
		await openDeck(page, LESSON);
		const titles = await page
			.locator('[data-slide]')
			.evaluateAll((slides) => slides.map((s) => (s as HTMLElement).dataset.title));
		const [teacher] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
		await expect(teacher).toHaveURL(/#guru$/);
		await expect(teacher.locator('.deck--live')).toBeVisible();
		const panel = teacher.getByRole('region', { name: 'Tampilan guru' });
		await expect(panel.getByRole('heading', { name: 'Catatan untuk guru' })).toBeVisible();
		await expect(panel).toContainText('Pindah tayangan dengan tombol panah');
		await expect(panel).toContainText(`Berikutnya: ${titles[1]}`);
		await expect(panel).toContainText('dari 35 menit');
		const preview = teacher.locator('[data-slide][data-preview]');
		await expect(preview).toBeVisible();
		await expect(preview).toHaveAttribute('data-title', titles[1]!);

		await page.keyboard.press('ArrowRight');
		await expect(teacher.locator('[data-slide][data-current]')).toHaveAttribute(
			'data-title',
			titles[1]!
		);
		await expect(preview).toHaveAttribute('data-title', titles[2]!);
		// The notes follow the slide: the cover's notes are gone.
		await expect(panel).not.toContainText('Pindah tayangan dengan tombol panah');

		await teacher.keyboard.press('ArrowRight');
		await expect(currentSlide(page)).toHaveAttribute('data-title', titles[2]!);

		await teacher.keyboard.press('b');
		await expect(page.locator('.deck-blank')).toBeVisible();
		await expect(teacher.locator('[data-slide][data-current]')).toBeVisible();
		await expect(panel).toContainText('Layar kelas sedang gelap.');
		await page.keyboard.press('b');
		await expect(panel).not.toContainText('Layar kelas sedang gelap.');
		await expectNoNotesShown(page, 'audience window');
	});

	test('where a second window cannot open, S shows the teacher view on the same screen', async ({
		page,
	}) => {
		await openDeck(page, LESSON);
		await page.evaluate(() => (window.open = () => null));
		await page.keyboard.press('s');
		await expect(page.getByRole('region', { name: 'Tampilan guru' })).toContainText(
			'Catatan untuk guru'
		);
		await expect(page.getByRole('button', { name: 'Tampilan guru' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await page.keyboard.press('s');
		await expect(page.locator('.deck-teacher')).toHaveCount(0);
		await expectNoNotesShown(page, 'back to the class view');
	});

	test('the lesson page and the quiz page link to their decks', async ({ page }) => {
		await page.goto('/pelajaran/bagian-pribadi/');
		await page.getByRole('link', { name: 'Tayangkan di layar' }).click();
		await expect(page).toHaveURL(new RegExp(`${LESSON}$`));
		await page.goto('/kuis/bagian-pribadi/');
		await page.getByRole('link', { name: /tayangkan kuis ini di layar kelas/ }).click();
		await expect(page).toHaveURL(new RegExp(`${CLASS_QUIZ}$`));
	});
});

test('while the deck starts, the slide list stays hidden; if it never starts, the list shows', async ({
	page,
}) => {
	// The deck never starts: its code cannot load. Animations are held still while the page loads, so
	// the check of the hidden list does not race the two-second fallback however slow the machine is.
	await page.route(/\/_astro\/Deck\.[^/]*\.js$/, (route) => route.abort());
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Animation.enable');
	await cdp.send('Animation.setPlaybackRate', { playbackRate: 0 });
	await page.goto(LESSON);
	const firstSlide = page.locator('[data-slide]').first();
	await expect(firstSlide).toBeAttached();
	expect(await firstSlide.evaluate((el) => getComputedStyle(el).visibility)).toBe('hidden');
	await expect(page.locator('.deck--live')).toHaveCount(0);
	// Time runs again, ten times faster: the list is there to read, as without JavaScript.
	await cdp.send('Animation.setPlaybackRate', { playbackRate: 10 });
	await expect(firstSlide).toBeVisible();
	await expect(firstSlide.getByRole('heading').first()).toBeVisible();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	for (const deck of DECKS) {
		test(`${deck} is a readable list of every slide, notes labelled`, async ({ page }) => {
			await page.goto(deck);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			const slides = await page.locator('[data-slide]').all();
			expect(slides.length).toBeGreaterThan(3);
			for (const slide of slides) {
				await expect(slide).toBeVisible();
				await expect(slide.getByRole('heading').first()).toBeVisible();
			}
			for (const notes of await page.locator('[data-notes]').all()) {
				await expect(notes).toBeVisible();
				await expect(notes).toContainText('Catatan untuk guru');
			}
			// Every answer can be read under its question.
			for (const mark of await page.locator('.qc-mark').all()) await expect(mark).toBeVisible();
			await expect(page.locator('.deck-bar')).toHaveCount(0);
			await expect(page.getByRole('heading', { name: 'Ingat selalu' })).toBeVisible();
		});
	}
});

test.describe('every question type and slide notes (fixture build)', () => {
	// One fixture build for these tests: they run in order in one worker.
	test.describe.configure({ mode: 'default' });
	let site: Awaited<ReturnType<typeof serveDeckFixture>>;
	const quiz = load(readFileSync(FIXTURE.quiz, 'utf8')) as Quiz;

	test.beforeAll(async () => {
		test.setTimeout(240_000);
		site = await serveDeckFixture();
	});
	test.afterAll(async () => {
		await site?.close();
	});

	test('the presentation shows only the slides; notes go to the teacher view', async ({
		page,
		context,
	}) => {
		await openDeck(page, site.url + FIXTURE.presentation);
		const titles = await page
			.locator('[data-slide]')
			.evaluateAll((slides) => slides.map((s) => (s as HTMLElement).dataset.title));
		expect(titles.slice(0, 4)).toEqual([
			'Pelajaran Uji Tayangan',
			'Tubuhku milikku',
			'Tolak – Pergi – Cerita',
			'Tanpa catatan',
		]);
		expect(titles.at(-2)).toBe('Bukan salahmu');
		expect(titles.at(-1)).toBe('Ingat selalu');
		// The lesson's own prose, scripts and notes outside a slide are not part of it.
		for (const text of ['Paragraf pembuka', 'Naskah yang dibacakan', 'di luar tayangan']) {
			await expect(page.getByText(text)).toHaveCount(0);
		}
		await walkDeck(page, (label) => expectNoNotesShown(page, label));

		await page.keyboard.press('Home');
		await page.keyboard.press('ArrowRight');
		const [teacher] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
		const panel = teacher.getByRole('region', { name: 'Tampilan guru' });
		await expect(panel).toContainText('Catatan tayangan pertama');
		await expect(teacher.locator('[data-slide][data-preview]')).toHaveAttribute(
			'data-title',
			'Tolak – Pergi – Cerita'
		);
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await expect(panel).toContainText('Tidak ada catatan untuk tayangan ini.');
	});

	test('every slide of every question type fits 1024×768, 1920×1080 and a phone', async ({
		page,
	}) => {
		test.setTimeout(120_000);
		for (const viewport of [
			{ width: 1024, height: 768 },
			{ width: 1920, height: 1080 },
			{ width: 1280, height: 720 },
			{ width: 360, height: 740 },
		]) {
			await page.setViewportSize(viewport);
			await openDeck(page, site.url + FIXTURE.presentation);
			await walkDeck(page, async (label) =>
				expect(await layoutProblems(page), `${viewport.width}×${viewport.height} ${label}`).toEqual(
					[]
				)
			);
		}
	});

	test('a class quiz with every question type can be finished by touch on a tablet, each answer revealed on the way', async ({
		browser,
	}) => {
		const context = await browser.newContext({
			hasTouch: true,
			isMobile: true,
			viewport: { width: 800, height: 1280 },
		});
		const page = await context.newPage();
		await openDeck(page, site.url + FIXTURE.classQuiz);
		const next = page.getByRole('button', { name: 'Berikutnya' });
		let reveals = 0;
		for (let taps = 0; taps < 100; taps += 1) {
			const before = (await position(page)).state;
			if ((await currentSlide(page).getAttribute('data-title')) === 'Ingat selalu') break;
			const steps = Number(await currentSlide(page).getAttribute('data-steps'));
			await next.tap();
			const after = (await position(page)).state;
			if (before.step < steps) {
				// A question slide: the tap reveals its answer, on the same slide.
				expect(after, `tap ${taps + 1}`).toEqual({ ...before, step: before.step + 1 });
				await expect(currentSlide(page).locator('[data-reveal]').first()).toBeVisible();
				reveals += 1;
			} else {
				expect(after.index, `tap ${taps + 1}`).toBe(before.index + 1);
			}
		}
		await expect(currentSlide(page)).toHaveAttribute('data-title', 'Ingat selalu');
		// Every question reveals once, a story once for each scene with choices.
		const scenes = quiz.questions.reduce(
			(n, q) =>
				n +
				(q.type === 'skenario' ? safePath(q.scenes).filter((s) => s.choices?.length).length : 1),
			0
		);
		expect(reveals).toBe(scenes);
		await expectAxeClean(page, 'closing card on a tablet');
		await context.close();
	});

	test('a class quiz with every question type can be finished with the keyboard alone', async ({
		page,
	}) => {
		await openDeck(page, site.url + FIXTURE.classQuiz);
		await tabTo(page, (el) => el.text === 'Berikutnya');
		const next = () => page.keyboard.press('Enter');
		const slide = currentSlide(page);
		const reveal = async (label: string) => {
			for (const hidden of await slide.locator('[data-reveal]').all()) {
				await expect(hidden, `${label}: hidden before the reveal`).toBeHidden();
			}
			await next();
			await expect(slide).toHaveAttribute('data-step', '1');
		};
		const choice = (text: string): Locator => slide.locator('.qc-choice', { hasText: text });

		await next();
		for (const q of quiz.questions) {
			if (q.type !== 'skenario') await expect(slide).toHaveAttribute('data-title', q.prompt);
			switch (q.type) {
				case 'pilihan':
				case 'pilihan-ganda':
					await reveal(q.id);
					for (const c of q.choices) {
						const mark = choice(c.text).getByText('Tepat', { exact: true });
						if (c.correct) {
							await expect(mark).toBeVisible();
							await expect(choice(c.text)).toContainText(c.feedback);
						} else {
							await expect(mark).toHaveCount(0);
						}
					}
					break;
				case 'kelompokkan':
					await reveal(q.id);
					for (const group of q.groups) {
						const column = slide.locator('.qc-column', {
							has: page.getByRole('heading', { name: group.label, exact: true }),
						});
						await expect(column).toBeVisible();
						for (const card of q.cards.filter((c) => c.group === group.id)) {
							await expect(column).toContainText(card.text);
							await expect(column).toContainText(card.feedback);
						}
					}
					break;
				case 'urutkan': {
					const shown = await slide.locator('[data-before] .qc-text').allTextContents();
					expect(shown.map((s) => s.trim())).not.toEqual(q.steps.map((s) => s.text));
					await reveal(q.id);
					await expect(slide.getByText('Urutan yang tepat', { exact: true })).toBeVisible();
					const order = slide.locator('.qc-order .qc-text');
					for (const [i, step] of q.steps.entries()) {
						await expect(order.nth(i)).toContainText(step.text);
						await expect(order.nth(i)).toContainText(step.feedback);
					}
					break;
				}
				case 'skenario':
					for (const scene of safePath(q.scenes)) {
						await expect(slide).toContainText(scene.text);
						if (!scene.choices?.length) {
							await expect(slide.getByText('Akhir cerita', { exact: true })).toBeVisible();
							break;
						}
						await reveal(scene.id);
						for (const c of scene.choices) {
							const mark = choice(c.text).getByText('Aman', { exact: true });
							if (c.next) {
								await expect(mark).toBeVisible();
								await expect(choice(c.text)).toContainText(c.feedback);
							} else {
								await expect(mark).toHaveCount(0);
							}
						}
						await next();
					}
					// The ending has no step: the press after it goes to the next question.
					await next();
					continue;
				case 'perasaan':
					await reveal(q.id);
					await expect(
						slide.getByText('Setiap perasaan boleh dirasakan.', { exact: true })
					).toBeVisible();
					for (const f of q.feelings) await expect(slide).toContainText(f.feedback);
					break;
				case 'lima-jari':
					await reveal(q.id);
					await expect(slide.getByText(q.hint, { exact: true })).toBeVisible();
					await expect(slide.getByText(q.feedback, { exact: true })).toBeVisible();
					break;
			}
			await next();
		}
		await expect(slide).toHaveAttribute('data-title', 'Ingat selalu');
		await expect(page.getByRole('button', { name: 'Berikutnya' })).toBeFocused();
		expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
	});

	test('axe finds no violation on any slide of the fixture decks', async ({ page }) => {
		// Every question type, before and after its reveal...
		// The whole page once; then, at every step, the slide on screen and the controls. The time
		// allowed grows with the number of steps (a few seconds each on a slow, busy machine).
		await openDeck(page, site.url + FIXTURE.classQuiz);
		const steps = (await position(page)).steps.reduce((sum, n) => sum + Math.max(n, 1), 0);
		test.setTimeout(60_000 + steps * 5_000);
		await expectAxeClean(page, `${FIXTURE.classQuiz} whole page`);
		await walkDeck(page, (label) =>
			expectAxeClean(page, `${FIXTURE.classQuiz} ${label}`, [
				'[data-slide][data-current]',
				'.deck-bar',
			])
		);
		// ...and the lesson's own slides (its quiz slides are the same as above).
		await openDeck(page, site.url + FIXTURE.presentation);
		for (let i = 1; i <= 4; i += 1) {
			await expectAxeClean(page, `${FIXTURE.presentation} slide ${i}`);
			await page.keyboard.press('ArrowRight');
		}
	});
});
