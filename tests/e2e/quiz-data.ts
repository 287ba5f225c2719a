import { readFileSync, readdirSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { load } from 'js-yaml';
import { quizViewUi } from '../../src/i18n/id/quiz-views';
import type { Question, Quiz } from '../../src/schemas/quiz';
import { tabTo } from './helpers';

/** A real quiz from content/, to play through the way a child would. */
export function readQuiz(slug: string): Quiz {
	return load(readFileSync(`content/quizzes/${slug}.yaml`, 'utf8')) as Quiz;
}

/** Every quiz slug in content/. */
export const quizSlugs = () =>
	readdirSync('content/quizzes')
		.filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
		.map((f) => f.replace(/\.yaml$/, ''))
		.sort();

/**
 * The fewest real quizzes that together use every question type (greedy), so a test that plays
 * them through reaches every type.
 */
export function quizzesCoveringAllTypes(): string[] {
	const typesOf = new Map(
		quizSlugs().map((slug) => [slug, new Set(readQuiz(slug).questions.map((q) => q.type))])
	);
	const missing = new Set([...typesOf.values()].flatMap((t) => [...t]));
	const chosen: string[] = [];
	while (missing.size > 0) {
		const [best] = [...typesOf].sort(
			([, a], [, b]) =>
				[...b].filter((t) => missing.has(t)).length - [...a].filter((t) => missing.has(t)).length
		)[0]!;
		chosen.push(best);
		for (const t of typesOf.get(best)!) missing.delete(t);
		typesOf.delete(best);
	}
	return chosen.sort();
}

/** How the child answers: with a mouse, by touch, or with the keyboard alone. */
export type Way = 'click' | 'tap' | 'keyboard';

const feelingLabel = (id: string) => quizViewUi['quiz.feelings'][id] ?? id;

/** Presses "Mulai" once the island is live. */
export async function startQuiz(page: Page, way: Way = 'click') {
	const start = page.getByRole('button', { name: /^(Mulai|Lanjutkan)$/ });
	await expect(start).toBeEnabled();
	if (way === 'keyboard') {
		await tabTo(page, (el) => /^(Mulai|Lanjutkan)$/.test(el.text));
		await page.keyboard.press('Enter');
	} else await press(start, way);
}

async function press(target: Locator, way: Way) {
	if (way === 'tap') await target.tap();
	else await target.click();
}

/** Answers one question safely, the way a child would. */
export async function answerQuestion(page: Page, q: Question, way: Way) {
	const key = way === 'keyboard';
	const button = async (text: string, exact = false) => {
		if (key) {
			await tabTo(page, (el) => (exact ? el.text === text : el.text.endsWith(text)));
			await page.keyboard.press('Enter');
		} else await press(page.getByRole('button', { name: text, exact: true }), way);
	};
	switch (q.type) {
		case 'pilihan':
			await button(q.choices.find((c) => c.correct)!.text);
			break;
		case 'pilihan-ganda':
			for (const choice of q.choices.filter((c) => c.correct)) {
				if (key) {
					await tabTo(page, (el) => el.text.endsWith(choice.text));
					await page.keyboard.press('Space');
				} else await press(page.getByRole('checkbox', { name: choice.text, exact: true }), way);
			}
			await button(quizViewUi['quiz.check'], true);
			break;
		case 'kelompokkan':
			for (const card of q.cards) {
				const group = q.groups.find((g) => g.id === card.group)!;
				if (key) {
					await tabTo(page, (el) => el.group === card.text && el.text === group.label);
					await page.keyboard.press('Space');
				} else {
					await press(
						page
							.getByRole('group', { name: card.text })
							.getByRole('button', { name: group.label, exact: true }),
						way
					);
				}
			}
			break;
		case 'urutkan':
			for (const step of q.steps) await button(step.text, true);
			break;
		case 'skenario': {
			let scene = q.scenes[0];
			while (scene?.choices?.length) {
				const safe = scene.choices.find((c) => c.next)!;
				await button(safe.text, true);
				scene = q.scenes.find((s) => s.id === safe.next);
				await expect(page.getByText(scene!.text)).toBeVisible();
			}
			break;
		}
		case 'perasaan':
			await button(feelingLabel(q.feelings[0]!.feeling));
			break;
		case 'lima-jari': {
			const first = quizViewUi['quiz.handFingers'][0];
			if (key) {
				await tabTo(page, (el) => el.tag === 'INPUT' && el.label.startsWith(first));
				await page.keyboard.type('Ibu');
			} else await page.getByLabel(first).fill('Ibu');
			await button(quizViewUi['quiz.handDone'], true);
			break;
		}
	}
}

/** Moves on from a solved question: by keyboard, from wherever focus is. */
export async function goOn(page: Page, way: Way) {
	const next = page.getByRole('button', { name: /^(Lanjut|Selesai)$/ });
	await expect(next).toBeEnabled();
	if (way !== 'keyboard') return press(next, way);
	const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
	if (!/^(Lanjut|Selesai)$/.test(focused))
		await tabTo(page, (el) => /^(Lanjut|Selesai)$/.test(el.text));
	await page.keyboard.press('Enter');
}

/** Starts the quiz, answers every question safely, and waits for the closing card. */
export async function finishQuiz(page: Page, quiz: Quiz, way: Way = 'click') {
	await startQuiz(page, way);
	for (const question of quiz.questions) {
		await expect(page.getByRole('heading', { level: 2, name: question.prompt })).toBeVisible();
		await answerQuestion(page, question, way);
		await goOn(page, way);
	}
	await expect(
		page.getByRole('heading', { name: 'Kamu sudah menyelesaikan kuis ini!' })
	).toBeVisible();
}

/** Taps the safe answer of every question and waits for the closing card. */
export const finishQuizByTapping = (page: Page, quiz: Quiz) => finishQuiz(page, quiz, 'click');
