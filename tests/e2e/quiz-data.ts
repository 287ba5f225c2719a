import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { load } from 'js-yaml';
import type { Quiz } from '../../src/schemas/quiz';

/** A real quiz from content/, to play through the way a child would. */
export function readQuiz(slug: string): Quiz {
	return load(readFileSync(`content/quizzes/${slug}.yaml`, 'utf8')) as Quiz;
}

/** Taps the safe answer of every question, then "Lanjut"/"Selesai", and waits for the end card. */
export async function finishQuizByTapping(page: Page, quiz: Quiz) {
	for (const question of quiz.questions) {
		if (question.type === 'pilihan') {
			await page
				.getByRole('button', { name: question.choices.find((c) => c.correct)!.text })
				.click();
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
	await expect(
		page.getByRole('heading', { name: 'Kamu sudah menyelesaikan kuis ini!' })
	).toBeVisible();
}
