// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import Quiz from '../../../src/components/quiz/Quiz';
import { quizUi } from '../../../src/i18n/id/quiz';
import { makeChoiceQuestion, makeQuiz, makeSortQuestion } from '../../helpers/quiz-builders';

const quiz = makeQuiz(
	makeChoiceQuestion('q1', ['a', 'b'], 'b'),
	makeSortQuestion('q2', { tos: 'boleh', rahasia: 'tidak-boleh' })
);

afterEach(cleanup);

describe('<Quiz>', () => {
	it('shows gentle feedback for a choice and waits for the safe answer', async () => {
		render(
			<Quiz quiz={quiz}>
				<p>Kartu penutup</p>
			</Quiz>
		);
		expect(screen.getByText(quizUi['quiz.progress']({ current: 1, total: 2 }))).toBeTruthy();
		const next = screen.getByRole('button', { name: quizUi['quiz.next'] });
		expect((next as HTMLButtonElement).disabled).toBe(true);

		fireEvent.click(await screen.findByRole('button', { name: /Pilihan a/ }));
		expect(screen.getByRole('status').textContent).toContain(quizUi['quiz.tryAgain']);
		expect(screen.getByRole('status').textContent).toContain('Alasan a.');
		expect(screen.queryByText(/salah/i)).toBeNull();
		expect((next as HTMLButtonElement).disabled).toBe(true);

		fireEvent.click(screen.getByRole('button', { name: /Pilihan b/ }));
		expect(screen.getByRole('status').textContent).toContain(quizUi['quiz.right']);
		expect((next as HTMLButtonElement).disabled).toBe(false);
		expect(document.activeElement).toBe(next);
	});

	it('sorts cards by tapping a group, then ends on the closing card', () => {
		render(
			<Quiz quiz={quiz}>
				<p>Kartu penutup</p>
			</Quiz>
		);
		fireEvent.click(screen.getByRole('button', { name: /Pilihan b/ }));
		fireEvent.click(screen.getByRole('button', { name: quizUi['quiz.next'] }));

		expect(document.activeElement?.textContent).toBe('Kelompokkan q2');
		const tos = screen.getByRole('group', { name: 'Kartu tos' });
		fireEvent.click(tos.querySelector('button:last-child')!);
		expect(screen.getByRole('status').textContent).toContain(quizUi['quiz.tryAgain']);
		fireEvent.click(tos.querySelector('button:first-child')!);
		const rahasia = screen.getByRole('group', { name: 'Kartu rahasia' });
		fireEvent.click(rahasia.querySelector('button:last-child')!);

		expect(screen.queryByText('Kartu penutup')).toBeNull();
		fireEvent.click(screen.getByRole('button', { name: quizUi['quiz.finish'] }));
		expect(screen.getByRole('heading', { name: quizUi['quiz.done.title'] })).toBeTruthy();
		expect(screen.getByText('Kartu penutup')).toBeTruthy();

		fireEvent.click(screen.getByRole('button', { name: quizUi['quiz.restart'] }));
		expect(screen.getByText(quizUi['quiz.progress']({ current: 1, total: 2 }))).toBeTruthy();
	});
});
