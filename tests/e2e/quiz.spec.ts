import { expect, test, type Page } from '@playwright/test';
import { tabTo, watchProblems } from './helpers';
import { readQuiz } from './quiz-data';

const SLUG = 'bagian-pribadi';
const quiz = readQuiz(SLUG);

async function openQuiz(page: Page) {
	await page.goto(`/kuis/${SLUG}/`);
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

test('a child finishes the quiz by tapping, trying a wrong answer first', async ({ page }) => {
	const problems = await watchProblems(page);
	await openQuiz(page);
	for (const question of quiz.questions) {
		await expect(page.getByRole('heading', { level: 2, name: question.prompt })).toBeVisible();
		if (question.type === 'pilihan') {
			const wrong = question.choices.find((c) => !c.correct)!;
			await page.getByRole('button', { name: wrong.text }).click();
			await expect(page.getByRole('status')).toContainText('Coba pikirkan lagi.');
			await expect(page.getByRole('status')).toContainText(wrong.feedback);
			const right = question.choices.find((c) => c.correct)!;
			await page.getByRole('button', { name: right.text }).click();
			await expect(page.getByRole('status')).toContainText('Tepat!');
		} else {
			for (const card of question.cards) {
				const group = question.groups.find((g) => g.id === card.group)!;
				await page
					.getByRole('group', { name: card.text })
					.getByRole('button', { name: group.label, exact: true })
					.click();
			}
		}
		await page.getByRole('button', { name: /^(Lanjut|Selesai)$/ }).click();
	}
	await expectClosingCard(page);
	expect(problems).toEqual([]);
});

test('the quiz can be finished with the keyboard alone', async ({ page }) => {
	const problems = await watchProblems(page);
	await openQuiz(page);
	for (const question of quiz.questions) {
		if (question.type === 'pilihan') {
			const right = question.choices.find((c) => c.correct)!;
			await tabTo(page, (el) => el.text.endsWith(right.text));
			await page.keyboard.press('Enter');
		} else {
			for (const card of question.cards) {
				const group = question.groups.find((g) => g.id === card.group)!;
				await tabTo(page, (el) => el.group === card.text && el.text === group.label);
				await page.keyboard.press('Space');
			}
		}
		// Focus moves to "Lanjut" by itself once the question is solved.
		await expect(page.locator(':focus')).toHaveText(/^(Lanjut|Selesai)$/);
		await page.keyboard.press('Enter');
	}
	await expectClosingCard(page);
	expect(problems).toEqual([]);
});

test('the quiz stores nothing and sets no cookie', async ({ page, context }) => {
	await openQuiz(page);
	const first = quiz.questions[0]!;
	if (first.type === 'pilihan') {
		await page.getByRole('button', { name: first.choices.find((c) => c.correct)!.text }).click();
	}
	const stored = await page.evaluate(() => ({
		local: window.localStorage.length,
		session: window.sessionStorage.length,
	}));
	expect(stored).toEqual({ local: 0, session: 0 });
	expect(await context.cookies()).toEqual([]);
});

test('without JavaScript the quiz reads as a page, each answer and reason behind "Lihat jawaban"', async ({
	request,
}) => {
	// Chromium's emulated "JavaScript off" still parses <noscript> as text, so the markup is checked.
	const html = await (await request.get(`/kuis/${SLUG}/`)).text();
	const noscript = html.match(/<noscript>([\s\S]*?)<\/noscript>/)?.[1] ?? '';
	expect(noscript.match(/Lihat jawaban dan alasannya/g)?.length).toBe(quiz.questions.length);
	for (const question of quiz.questions) {
		expect(noscript).toContain(question.prompt);
		const reasons =
			question.type === 'pilihan'
				? question.choices.filter((c) => c.correct).map((c) => c.feedback)
				: question.cards.map((c) => c.feedback);
		for (const reason of reasons) expect(noscript).toContain(reason.replace(/"/g, '&quot;'));
	}
	expect(noscript).toContain('itu bukan salahmu');
});
