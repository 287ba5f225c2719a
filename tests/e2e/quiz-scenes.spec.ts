import { expect, test, type Page } from '@playwright/test';
import { answerQuestion, goOn, quizSlugs, readQuiz, startQuiz } from './quiz-data';

/* A fase-a question shows its situation as a scene of pictures (`adegan`), and a child who taps
   "Mulai" sees the whole first question, its answers included, without scrolling. */

const withScenes = quizSlugs().filter((slug) => readQuiz(slug).questions[0]?.adegan);

async function openAndStart(page: Page, slug: string) {
	await page.addInitScript(() => {
		(window as { __quizSeed?: string }).__quizSeed = 'uji-adegan';
	});
	await page.goto(`/kuis/${slug}/`);
	await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
	await startQuiz(page, 'tap');
}

for (const viewport of [
	{ width: 360, height: 740 },
	{ width: 1280, height: 720 },
]) {
	test.describe(`${viewport.width}×${viewport.height}`, () => {
		test.use({ viewport, hasTouch: true });

		test('a scene is one picture with its words, and the first answer is on the first screen', async ({
			page,
		}) => {
			expect(withScenes.length, 'fase-a quizzes open with a scene').toBeGreaterThan(0);
			for (const slug of withScenes) {
				const first = readQuiz(slug).questions[0]!;
				await openAndStart(page, slug);
				const scene = page.getByRole('img', {
					name: first.adegan!.map((p) => p.alt).join(', '),
					exact: true,
				});
				await expect(scene, `${slug}: the scene is there`).toBeInViewport();
				await expect(scene.locator('img')).toHaveCount(first.adegan!.length);
				const heading = page.getByRole('heading', { level: 2, name: first.prompt });
				await expect(heading, `${slug}: the question is on screen`).toBeInViewport();
				const answer = page.locator('.quiz button:not(.quiz-speak)').first();
				await expect(answer, `${slug}: its first answer is on screen`).toBeInViewport({ ratio: 1 });
			}
		});
	});
}

test.describe('a story next to a scene', () => {
	test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });

	test("a story's choices are under its words, full width, as before scenes came", async ({
		page,
	}) => {
		// A quiz with scenes that also tells a story: the story's own scene must keep its layout.
		const slug = withScenes.find((s) => readQuiz(s).questions.some((q) => q.type === 'skenario'))!;
		expect(slug, 'a fase-a quiz with a story').toBeTruthy();
		await openAndStart(page, slug);
		for (const question of readQuiz(slug).questions) {
			if (question.type === 'skenario') break;
			await answerQuestion(page, question, 'tap');
			await goOn(page, 'tap');
		}
		const text = page.locator('[data-scene-text]');
		const choices = page.locator('.quiz-scene .quiz-choices');
		const [t, c] = [await text.boundingBox(), await choices.boundingBox()];
		expect(c!.y, 'the choices start below the words').toBeGreaterThan(t!.y + t!.height - 1);
		expect(c!.width, 'the choices take the width of the screen').toBeGreaterThan(360 * 0.7);
	});
});
