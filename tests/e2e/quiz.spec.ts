import { expect, test, type Page } from '@playwright/test';
import { expectAxeClean, watchProblems } from './helpers';
import {
	answerQuestion,
	finishQuiz,
	goOn,
	quizzesCoveringAllTypes,
	readQuiz,
	startQuiz,
	type Way,
} from './quiz-data';

const SLUG = 'bagian-pribadi';
const quiz = readQuiz(SLUG);
const COVERING = quizzesCoveringAllTypes();

async function openQuiz(page: Page, slug = SLUG) {
	await page.goto(`/kuis/${slug}/`);
	// The island is live once Astro removes its `ssr` attribute.
	await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
}

async function expectClosingCard(page: Page) {
	await expect(
		page.getByRole('heading', { name: 'Kamu sudah menyelesaikan kuis ini!' })
	).toBeVisible();
	await expect(page.getByText('itu bukan salahmu')).toBeVisible();
	const card = page.getByRole('main');
	await expect(card.getByRole('link', { name: '129', exact: true })).toHaveAttribute(
		'href',
		'tel:129'
	);
}

test('the quizzes played below use every question type', () => {
	const types = new Set(COVERING.flatMap((slug) => readQuiz(slug).questions.map((q) => q.type)));
	expect([...types].sort()).toEqual(
		[
			'kelompokkan',
			'lima-jari',
			'perasaan',
			'pilihan',
			'pilihan-ganda',
			'skenario',
			'urutkan',
		].sort()
	);
});

for (const way of ['tap', 'keyboard'] as Way[]) {
	test.describe(`by ${way === 'tap' ? 'touch' : 'keyboard alone'}`, () => {
		test.use({
			hasTouch: way === 'tap',
			isMobile: way === 'tap',
			viewport: way === 'tap' ? { width: 360, height: 740 } : undefined,
		});
		for (const slug of COVERING) {
			const checked = way === 'tap' ? 'axe clean on each question type' : 'no mouse needed';
			test(`a child finishes ${slug}, ${checked}`, async ({ page }) => {
				test.slow();
				const problems = await watchProblems(page);
				const played = readQuiz(slug);
				// Axe looks at the rendered quiz, which is the same whatever the input; once per type is enough.
				const axed = new Set<string>(way === 'tap' ? [] : played.questions.map((q) => q.type));
				await openQuiz(page, slug);
				await startQuiz(page, way);
				for (const question of played.questions) {
					await expect(
						page.getByRole('heading', { level: 2, name: question.prompt })
					).toBeVisible();
					if (!axed.has(question.type))
						await expectAxeClean(page, `${slug}/${question.id}`, ['.quiz']);
					await answerQuestion(page, question, way);
					if (!axed.has(question.type)) {
						await expectAxeClean(page, `${slug}/${question.id} answered`, ['.quiz']);
						axed.add(question.type);
					}
					await goOn(page, way);
				}
				await expectClosingCard(page);
				await expectAxeClean(page, `${slug} closing card`, ['.quiz']);
				expect(problems).toEqual([]);
			});
		}
	});
}

/** What makes the page scroll sideways: the page width, and the quiz parts past the right edge. */
function sideways(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const width = window.innerWidth;
		if (document.documentElement.scrollWidth <= width) return [];
		return [
			`the page is ${document.documentElement.scrollWidth}px wide`,
			...[...document.querySelectorAll('.quiz *')]
				.filter((el) => el.getBoundingClientRect().right > width + 1)
				.map(
					(el) =>
						`${el.tagName.toLowerCase()}.${el.className} “${el.textContent?.trim().slice(0, 30)}”`
				),
		];
	});
}

/*
 * A 1280×720 screen at 200% zoom lays the page out at 640×360; 320 px is the narrowest phone (and
 * 1280 px at 400%). Every question type, asked and answered, must fit without scrolling sideways.
 */
for (const viewport of [
	{ width: 640, height: 360 },
	{ width: 320, height: 568 },
]) {
	test(`at ${viewport.width}×${viewport.height} every question type fits, asked and answered, without sideways scrolling`, async ({
		page,
	}) => {
		test.slow();
		await page.setViewportSize(viewport);
		for (const slug of COVERING) {
			await openQuiz(page, slug);
			await startQuiz(page);
			for (const question of readQuiz(slug).questions) {
				await expect(page.getByRole('heading', { level: 2, name: question.prompt })).toBeVisible();
				expect(await sideways(page), `${slug}/${question.id}`).toEqual([]);
				await answerQuestion(page, question, 'click');
				expect(await sideways(page), `${slug}/${question.id} answered`).toEqual([]);
				await goOn(page, 'click');
			}
			await expectClosingCard(page);
			expect(await sideways(page), `${slug} closing card`).toEqual([]);
		}
	});
}

test('a wrong answer gets "think again" and its reason, never "wrong"', async ({ page }) => {
	await openQuiz(page);
	await startQuiz(page);
	const question = quiz.questions.find((q) => q.type === 'pilihan')!;
	if (question.type !== 'pilihan') throw new Error('needs a pilihan question');
	const wrong = question.choices.find((c) => !c.correct)!;
	await page.getByRole('button', { name: wrong.text, exact: true }).click();
	await expect(page.getByRole('status')).toContainText('Coba pikirkan lagi.');
	await expect(page.getByRole('status')).toContainText(wrong.feedback);
	await expect(page.getByText(/salah\b/i)).toHaveCount(0);
	await page
		.getByRole('button', { name: question.choices.find((c) => c.correct)!.text, exact: true })
		.click();
	await expect(page.getByRole('status')).toContainText('Tepat!');
});

test('the quiz stores nothing and sets no cookie, unless "Ingat di perangkat ini" is on', async ({
	page,
	context,
}) => {
	await openQuiz(page);
	await startQuiz(page);
	await answerQuestion(page, quiz.questions[0]!, 'click');
	const stored = () =>
		page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }));
	expect(await stored()).toEqual({ local: 0, session: 0 });
	expect(await context.cookies()).toEqual([]);

	await page.getByRole('switch', { name: 'Ingat di perangkat ini' }).check();
	await goOn(page, 'click');
	expect(await stored()).toEqual({ local: 1, session: 0 });
	await page.reload();
	await expect(page.getByRole('button', { name: 'Lanjutkan' })).toBeEnabled();
	await page.getByRole('button', { name: 'Lanjutkan' }).click();
	await expect(page.getByText(`Soal 2 dari ${quiz.questions.length}`)).toBeVisible();

	await page.getByRole('button', { name: 'Hapus' }).click();
	expect(await stored()).toEqual({ local: 1, session: 0 });
	await page.getByRole('button', { name: 'Ya, hapus' }).click();
	expect(await stored()).toEqual({ local: 0, session: 0 });
	await expect(page.getByRole('button', { name: 'Mulai' })).toBeVisible();
});

test('corrupted saved progress starts the quiz fresh', async ({ page }) => {
	await page.addInitScript(() => localStorage.setItem('jaga-diri:kuis:bagian-pribadi', '{"versi'));
	await openQuiz(page);
	await finishQuiz(page, quiz);
	await expectClosingCard(page);
});

test('"Dengarkan" reads the question in an Indonesian voice, and is hidden without one', async ({
	page,
}) => {
	await page.addInitScript(() => {
		const spoken: string[] = [];
		(window as unknown as { spoken: string[] }).spoken = spoken;
		const voices = [{ lang: 'id-ID', name: 'Indonesia', localService: true, default: false }];
		// A real utterance accepts only a real voice object, which a stub cannot make.
		class Utterance {
			voice: unknown = null;
			lang = '';
			rate = 1;
			onend: (() => void) | null = null;
			onerror: (() => void) | null = null;
			constructor(public text: string) {}
		}
		Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance });
		Object.defineProperty(window, 'speechSynthesis', {
			value: {
				getVoices: () => voices,
				addEventListener: () => {},
				removeEventListener: () => {},
				cancel: () => {},
				speak: (u: Utterance) => {
					spoken.push(`${u.lang}: ${u.text}`);
					setTimeout(() => u.onend?.(), 0);
				},
			},
		});
	});
	await openQuiz(page);
	await startQuiz(page);
	const first = quiz.questions[0]!;
	await page.getByRole('button', { name: 'Dengarkan', exact: true }).click();
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { spoken: string[] }).spoken))
		.toContain(`id-ID: ${first.prompt}`);
});

test('without an Indonesian voice there is no "Dengarkan" button', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'speechSynthesis', {
			value: {
				getVoices: () => [{ lang: 'en-US', name: 'English', localService: true, default: true }],
				addEventListener: () => {},
				removeEventListener: () => {},
				cancel: () => {},
				speak: () => {
					throw new Error('must not speak');
				},
			},
		});
	});
	await openQuiz(page);
	await startQuiz(page);
	await expect(page.locator('#quiz-heading')).toHaveText(quiz.questions[0]!.prompt);
	await expect(page.getByRole('button', { name: 'Dengarkan' })).toHaveCount(0);
});

test('without JavaScript the quiz reads as a page, each answer and reason behind "Lihat jawaban"', async ({
	request,
}) => {
	// Chromium's emulated "JavaScript off" still parses <noscript> as text, so the markup is checked.
	const html = await (await request.get(`/kuis/${SLUG}/`)).text();
	const noscript = html.match(/<noscript>([\s\S]*?)<\/noscript>/)?.[1] ?? '';
	expect(noscript.match(/Lihat jawaban dan alasannya/g)?.length).toBe(quiz.questions.length);
	for (const question of quiz.questions) expect(noscript).toContain(question.prompt);
	expect(noscript).toContain('itu bukan salahmu');
});
