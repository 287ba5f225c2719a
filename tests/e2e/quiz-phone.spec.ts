import { expect, test, type Locator, type Page } from '@playwright/test';
import { quizViewUi } from '../../src/i18n/id/quiz-views';
import type { Question } from '../../src/schemas/quiz';
import { goOn, quizzesCoveringAllTypes, readQuiz, startQuiz } from './quiz-data';

/* A child on a 360 × 740 Android phone: every tap shows its own words on screen without the page
   jumping elsewhere, keyboard focus lands on the next thing to do, no dead speaker, and the end of a
   quiz leads on to the next one. */
test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

/** This browser has no voices at all, whatever the machine has installed. */
async function withoutVoices(page: Page) {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'speechSynthesis', {
			value: {
				getVoices: () => [],
				addEventListener: () => {},
				removeEventListener: () => {},
				cancel: () => {},
				speak: () => {},
			},
		});
	});
}

/**
 * Every attempt in these tests shows its answers in one fixed order, so a run is the same on every
 * machine (`attemptSeed` in src/components/quiz/Quiz.tsx reads `window.__quizSeed`; nothing on the site
 * sets it). The order is still a shuffled one, not the authored one.
 */
const TEST_SEED = 'uji-ponsel';

async function openQuiz(page: Page, slug: string, query = '') {
	await page.addInitScript((seed) => {
		(window as { __quizSeed?: string }).__quizSeed = seed;
	}, TEST_SEED);
	await page.goto(`/kuis/${slug}/${query}`);
	await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
}

const scrollY = (page: Page) => page.evaluate(() => Math.round(window.scrollY));
const feedbackBox = (page: Page) => page.locator('#quiz-feedback .quiz-feedback');

/**
 * Taps `target`, then checks that the words for this tap are on screen and that the page did not
 * jump: the tapped control, when it is still there, is still in view.
 */
async function tapAndSee(page: Page, target: Locator, words: Locator | null, label: string) {
	await target.scrollIntoViewIfNeeded();
	const before = await scrollY(page);
	await target.tap();
	if (words) {
		await expect(words, `${label}: its words are shown`).toBeVisible();
		await expect(words, `${label}: its words are on screen`).toBeInViewport({ ratio: 0.95 });
	} else {
		// A ticked box draws a thicker border, which may nudge the page by a pixel or two.
		const moved = Math.abs((await scrollY(page)) - before);
		expect(moved, `${label}: nothing to show, nothing moves`).toBeLessThanOrEqual(8);
	}
	if ((await target.count()) > 0 && (await target.isVisible())) {
		await expect(target, `${label}: the tapped control stays on screen`).toBeInViewport();
	}
	// The screen may slide to show the words (and the page reflows as answers move), but never a
	// whole screen away: the old bug slid past them to an empty box at the bottom of the page.
	const moved = Math.abs((await scrollY(page)) - before);
	expect(moved, `${label}: less than a screen`).toBeLessThan(page.viewportSize()!.height);
}

/** Contrast between a control's words and its background, as rendered now. */
async function labelContrast(control: Locator): Promise<number> {
	return control.evaluate((el) => {
		const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
		const lum = (c: string) => {
			const [r, g, b] = rgb(c).map((v) => {
				const s = v / 255;
				return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
			});
			return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
		};
		const style = getComputedStyle(el);
		const [a, b] = [lum(style.color), lum(style.backgroundColor)].sort((x, y) => y - x);
		return (a! + 0.05) / (b! + 0.05);
	});
}

/** Plays one question by touch, first with an answer that is not safe where there is one. */
async function playByTouch(page: Page, q: Question) {
	const button = (name: string) => page.getByRole('button', { name, exact: true });
	switch (q.type) {
		case 'pilihan': {
			// A question whose only other answers are honest "not sure yet" ones has no unsafe answer:
			// picking one of those ends the question, so only the safe one is tapped.
			const other = q.choices.find((c) => !c.correct && !c.accepted);
			if (other) await tapAndSee(page, button(other.text), feedbackBox(page), `${q.id}: not safe`);
			const right = q.choices.find((c) => c.correct)!;
			await tapAndSee(page, button(right.text), feedbackBox(page), `${q.id}: safe`);
			break;
		}
		case 'pilihan-ganda': {
			for (const choice of q.choices.filter((c) => c.correct)) {
				const box = page.getByRole('checkbox', { name: choice.text, exact: true });
				await tapAndSee(page, box, null, `${q.id}: tick`);
			}
			await tapAndSee(page, button(quizViewUi['quiz.check']), feedbackBox(page), `${q.id}: check`);
			break;
		}
		case 'kelompokkan': {
			for (const [i, card] of q.cards.entries()) {
				const item = page.locator('.quiz-card').filter({
					has: page.getByRole('group', { name: card.text }),
				});
				const words = item.locator('.quiz-feedback');
				if (i === 0) {
					const wrong = q.groups.find((g) => g.id !== card.group && g.id !== card.alsoGroup);
					if (wrong) {
						const tapped = item.getByRole('button', { name: wrong.label, exact: true });
						await tapAndSee(page, tapped, words, `${q.id}/${card.id}: other group`);
						expect(await labelContrast(tapped), 'the tapped group keeps its label').toBeGreaterThan(
							3
						);
					}
				}
				const group = q.groups.find((g) => g.id === card.group)!;
				const tapped = item.getByRole('button', { name: group.label, exact: true });
				await tapAndSee(page, tapped, words, `${q.id}/${card.id}`);
				expect(await labelContrast(tapped), 'the tapped group keeps its label').toBeGreaterThan(3);
			}
			break;
		}
		case 'urutkan': {
			for (const step of q.steps) {
				await tapAndSee(page, button(step.text), feedbackBox(page), `${q.id}/${step.id}`);
			}
			const numbers = page.locator('.quiz-order__n');
			await expect(numbers).toHaveText(q.steps.map((_, i) => String(i + 1)));
			break;
		}
		case 'skenario': {
			let scene = q.scenes[0];
			while (scene?.choices?.length) {
				const unsafe = scene.choices.find((c) => !c.next);
				if (unsafe) await tapAndSee(page, button(unsafe.text), feedbackBox(page), `${q.id}: stay`);
				const safe = scene.choices.find((c) => c.next)!;
				scene = q.scenes.find((s) => s.id === safe.next);
				const text = page.locator('[data-scene-text]').filter({ hasText: scene!.text });
				await tapAndSee(page, button(safe.text), text, `${q.id}: on to ${scene!.id}`);
			}
			break;
		}
		case 'perasaan': {
			const label = quizViewUi['quiz.feelings'][q.feelings[0]!.feeling]!;
			await tapAndSee(page, button(label), feedbackBox(page), `${q.id}: feeling`);
			break;
		}
		case 'lima-jari':
			await page.getByLabel(quizViewUi['quiz.handFingers'][0]).fill('Ibu');
			await tapAndSee(page, button(quizViewUi['quiz.handDone']), feedbackBox(page), q.id);
			break;
	}
}

for (const slug of quizzesCoveringAllTypes()) {
	test(`every tap in ${slug} shows its own words on screen, without a jump`, async ({ page }) => {
		test.slow();
		const quiz = readQuiz(slug);
		await withoutVoices(page);
		await openQuiz(page, slug);
		await startQuiz(page, 'tap');
		for (const question of quiz.questions) {
			await expect(page.getByRole('heading', { level: 2, name: question.prompt })).toBeVisible();
			await playByTouch(page, question);
			await goOn(page, 'tap');
		}
		await expect(
			page.getByRole('heading', { name: 'Kamu sudah menyelesaikan kuis ini!' })
		).toBeVisible();
	});
}

/** Opens a quiz and taps through to its first question of `type`. */
async function reachType(page: Page, type: Question['type']) {
	const slug = quizzesCoveringAllTypes().find((s) =>
		readQuiz(s).questions.some((q) => q.type === type)
	)!;
	const quiz = readQuiz(slug);
	await openQuiz(page, slug);
	await startQuiz(page, 'tap');
	for (const question of quiz.questions) {
		if (question.type === type) return question;
		await playByTouch(page, question);
		await goOn(page, 'tap');
	}
	throw new Error(`no ${type} question in ${slug}`);
}

const focused = (page: Page) =>
	page.evaluate(() => ({
		card: document.activeElement?.closest('[data-card]')?.getAttribute('data-card') ?? null,
		isDone: Boolean(document.activeElement?.closest('.quiz-card--done')),
		isScene: document.activeElement?.hasAttribute('data-scene-text') ?? false,
		text: document.activeElement?.textContent?.trim() ?? '',
	}));

test('keyboard: after a card is sorted right, focus is on the next card still to sort', async ({
	page,
}) => {
	test.slow();
	const q = await reachType(page, 'kelompokkan');
	if (q.type !== 'kelompokkan') throw new Error('not a sorting question');
	const shown = await page
		.locator('[data-card]')
		.evaluateAll((els) => els.map((el) => el.getAttribute('data-card')!));
	for (const [i, id] of shown.entries()) {
		const card = q.cards.find((c) => c.id === id)!;
		const group = q.groups.find((g) => g.id === card.group)!;
		await page
			.locator(`[data-card="${id}"]`)
			.getByRole('button', { name: group.label, exact: true })
			.focus();
		await page.keyboard.press('Enter');
		const now = await focused(page);
		if (i < shown.length - 1) {
			expect(now.card, `after ${id}`).toBe(shown[i + 1]);
			expect(now.isDone).toBe(false);
		} else expect(now.text).toMatch(/^(Lanjut|Selesai)$/);
	}
});

test('keyboard: when a story moves on, focus is on the new scene', async ({ page }) => {
	test.slow();
	const q = await reachType(page, 'skenario');
	if (q.type !== 'skenario') throw new Error('not a story');
	const safe = q.scenes[0]!.choices!.find((c) => c.next)!;
	const next = q.scenes.find((s) => s.id === safe.next)!;
	await page.getByRole('button', { name: safe.text, exact: true }).focus();
	await page.keyboard.press('Enter');
	await expect.poll(() => focused(page)).toMatchObject({ isScene: true, text: next.text.trim() });
	await expect(page.locator('[data-scene-text]')).toBeInViewport();
});

test('without a voice or a recording, no speaker is shown or reached with Tab', async ({
	page,
}) => {
	await withoutVoices(page);
	await openQuiz(page, 'tubuhku-milikku');
	await startQuiz(page, 'tap');
	await expect(page.locator('.quiz-choice').first()).toBeVisible();
	await expect(page.locator('.quiz-say, .quiz-speak')).toHaveCount(0);
	await page.goto('/anak/7-8/');
	const readAloud = page.locator('[data-read-page]');
	await expect(readAloud).toBeHidden();
	for (let i = 0; i < 12; i++) {
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-read-page'))).toBe(
			false
		);
	}
});

test('the end leads a child to the next quiz and back to Ruang Anak, not to the lesson', async ({
	page,
}) => {
	test.slow();
	const slug = 'tubuhku-milikku';
	const quiz = readQuiz(slug);
	await openQuiz(page, slug);
	await startQuiz(page, 'tap');
	for (const question of quiz.questions) {
		await playByTouch(page, question);
		await goOn(page, 'tap');
	}
	const next = page.getByRole('link', { name: /^Kuis berikutnya: / });
	await expect(next).toBeVisible();
	const href = await next.getAttribute('href');
	expect(href).toMatch(/^\/kuis\/[a-z-]+\/$/);
	expect(href).not.toBe(`/kuis/${slug}/`);
	await expect(page.getByRole('link', { name: 'Kembali ke Ruang Anak' })).toHaveAttribute(
		'href',
		'/anak/7-8/'
	);
	await expect(page.getByRole('link', { name: 'Kembali ke pelajaran' })).toHaveCount(0);
	await next.tap();
	await expect(page).toHaveURL(new RegExp(`${href}$`));
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('opened from its lesson, the end also leads back to the lesson', async ({ page }) => {
	test.slow();
	const slug = 'tubuhku-milikku';
	const quiz = readQuiz(slug);
	await openQuiz(page, slug, '?dari=pelajaran');
	await startQuiz(page, 'tap');
	for (const question of quiz.questions) {
		await playByTouch(page, question);
		await goOn(page, 'tap');
	}
	await expect(page.getByRole('link', { name: 'Kembali ke pelajaran' })).toHaveAttribute(
		'href',
		/^\/pelajaran\/[a-z-]+\/$/
	);
});
