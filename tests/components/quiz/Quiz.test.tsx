// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Quiz from '../../../src/components/quiz/Quiz';
import { quizUi } from '../../../src/i18n/id/quiz';
import { quizStorageKey } from '../../../src/lib/quiz/saved-progress';
import { makeChoiceQuestion, makeQuiz, makeSortQuestion } from '../../helpers/quiz-builders';

const quiz = makeQuiz(
	makeChoiceQuestion('q1', ['a', 'b'], 'b'),
	makeSortQuestion('q2', { tos: 'boleh', rahasia: 'tidak-boleh' })
);
const KEY = quizStorageKey('uji');

function renderQuiz() {
	return render(
		<Quiz quiz={quiz} slug="uji">
			<p>Kartu penutup</p>
		</Quiz>
	);
}

/** Presses "Mulai" (or "Lanjutkan") once the island is live, and waits for the first question. */
async function start(name: string = quizUi['quiz.start']) {
	const button = await screen.findByRole('button', { name });
	await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
	fireEvent.click(button);
	await screen.findByText(/Soal \d dari 2/);
}

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('<Quiz>', () => {
	it('opens on a start screen that says there is no score', async () => {
		renderQuiz();
		expect(screen.getByRole('heading', { name: 'Kuis uji' })).toBeTruthy();
		expect(screen.getByText(quizUi['quiz.intro']({ total: 2 }))).toBeTruthy();
		await start();
		expect(document.activeElement?.textContent).toBe('Soal q1?');
	});

	it('shows gentle feedback for a choice and waits for the safe answer', async () => {
		renderQuiz();
		await start();
		const next = screen.getByRole('button', { name: quizUi['quiz.next'] });
		expect((next as HTMLButtonElement).disabled).toBe(true);

		fireEvent.click(screen.getByRole('button', { name: /Pilihan a/ }));
		expect(screen.getByRole('status').textContent).toContain(quizUi['quiz.tryAgain']);
		expect(screen.getByRole('status').textContent).toContain('Alasan a.');
		expect(screen.queryByText(/salah/i)).toBeNull();
		expect((next as HTMLButtonElement).disabled).toBe(true);

		fireEvent.click(screen.getByRole('button', { name: /Pilihan b/ }));
		expect(screen.getByRole('status').textContent).toContain(quizUi['quiz.right']);
		expect((next as HTMLButtonElement).disabled).toBe(false);
		expect(document.activeElement).toBe(next);
	});

	it('sorts cards by tapping a group, then ends on the closing card, and can go back', async () => {
		renderQuiz();
		await start();
		fireEvent.click(screen.getByRole('button', { name: /Pilihan b/ }));
		fireEvent.click(screen.getByRole('button', { name: quizUi['quiz.next'] }));

		expect(document.activeElement?.textContent).toBe('Kelompokkan q2');
		const tos = screen.getByRole('group', { name: 'Kartu tos' });
		fireEvent.click(tos.querySelector('button:last-child')!);
		expect(screen.getByRole('status').textContent).toContain(quizUi['quiz.tryAgain']);
		fireEvent.click(tos.querySelector('button:first-child')!);
		const rahasia = screen.getByRole('group', { name: 'Kartu rahasia' });
		fireEvent.click(rahasia.querySelector('button:last-child')!);

		fireEvent.click(screen.getByRole('button', { name: quizUi['quiz.back'] }));
		expect(screen.getByText(quizUi['quiz.progress']({ current: 1, total: 2 }))).toBeTruthy();
		fireEvent.click(screen.getByRole('button', { name: quizUi['quiz.next'] }));

		expect(screen.queryByText('Kartu penutup')).toBeNull();
		fireEvent.click(screen.getByRole('button', { name: quizUi['quiz.finish'] }));
		expect(screen.getByRole('heading', { name: quizUi['quiz.done.title'] })).toBeTruthy();
		expect(screen.getByText('Kartu penutup')).toBeTruthy();

		fireEvent.click(screen.getByRole('button', { name: quizUi['quiz.restart'] }));
		expect(screen.getByText(quizUi['quiz.progress']({ current: 1, total: 2 }))).toBeTruthy();
	});

	it('stores nothing unless "remember" is on; then resumes, and "Hapus" forgets', async () => {
		const first = renderQuiz();
		await start();
		fireEvent.click(screen.getByRole('button', { name: /Pilihan b/ }));
		expect(localStorage.getItem(KEY)).toBeNull();

		fireEvent.click(screen.getByRole('switch', { name: quizUi['quiz.remember'] }));
		fireEvent.click(screen.getByRole('button', { name: quizUi['quiz.next'] }));
		expect(JSON.parse(localStorage.getItem(KEY)!).state.index).toBe(1);
		first.unmount();

		renderQuiz();
		await start(quizUi['quiz.resume']);
		expect(screen.getByText(quizUi['quiz.progress']({ current: 2, total: 2 }))).toBeTruthy();
		expect((screen.getByRole('switch') as HTMLInputElement).checked).toBe(true);

		fireEvent.click(screen.getByRole('button', { name: quizUi['quiz.forget'] }));
		// One stray tap wipes nothing: "Hapus" asks first, and "Tidak jadi" keeps everything.
		expect(localStorage.getItem(KEY)).not.toBeNull();
		expect(screen.getByText(quizUi['quiz.forgetAsk'])).toBeTruthy();
		await waitFor(() => expect(document.activeElement?.textContent).toBe(quizUi['quiz.forgetNo']));
		fireEvent.click(screen.getByRole('button', { name: quizUi['quiz.forgetNo'] }));
		expect(localStorage.getItem(KEY)).not.toBeNull();
		expect(screen.getByText(quizUi['quiz.progress']({ current: 2, total: 2 }))).toBeTruthy();

		fireEvent.click(screen.getByRole('button', { name: quizUi['quiz.forget'] }));
		fireEvent.click(screen.getByRole('button', { name: quizUi['quiz.forgetYes'] }));
		expect(localStorage.getItem(KEY)).toBeNull();
		expect(screen.getByText(quizUi['quiz.forgotten'])).toBeTruthy();
		expect(screen.getByRole('button', { name: quizUi['quiz.start'] })).toBeTruthy();
	});

	it('starts fresh from corrupted saved progress, and keeps working when storage refuses', async () => {
		localStorage.setItem(KEY, '{"version":1,"state":{"index":7');
		renderQuiz();
		await start();
		expect((screen.getByRole('switch') as HTMLInputElement).checked).toBe(false);

		const refuse = vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
			throw new DOMException('full', 'QuotaExceededError');
		});
		try {
			fireEvent.click(screen.getByRole('switch', { name: quizUi['quiz.remember'] }));
			expect(await screen.findByText(quizUi['quiz.rememberFailed'])).toBeTruthy();
			fireEvent.click(screen.getByRole('button', { name: /Pilihan b/ }));
			fireEvent.click(screen.getByRole('button', { name: quizUi['quiz.next'] }));
			expect(screen.getByText(quizUi['quiz.progress']({ current: 2, total: 2 }))).toBeTruthy();
		} finally {
			refuse.mockRestore();
		}
	});

	it('hides "Dengarkan" when the device has no Indonesian voice', async () => {
		renderQuiz();
		await start();
		expect(screen.queryByRole('button', { name: quizUi['quiz.listen'] })).toBeNull();
	});

	it('reads the question aloud in an Indonesian voice, prompt first, then every choice', async () => {
		const spoken: { text: string; lang: string }[] = [];
		class Utterance {
			voice: unknown;
			lang = '';
			rate = 1;
			onend: (() => void) | null = null;
			onerror: (() => void) | null = null;
			constructor(public text: string) {}
		}
		const synth = {
			getVoices: () => [
				{ lang: 'en-US', name: 'English', localService: true, default: true },
				{ lang: 'id-ID', name: 'Indonesia', localService: true, default: false },
			],
			addEventListener: () => {},
			removeEventListener: () => {},
			cancel: () => {},
			speak: (u: Utterance) => {
				spoken.push({ text: u.text, lang: u.lang });
				queueMicrotask(() => u.onend?.());
			},
		};
		vi.stubGlobal('speechSynthesis', synth);
		vi.stubGlobal('SpeechSynthesisUtterance', Utterance);
		try {
			renderQuiz();
			await start();
			fireEvent.click(screen.getByRole('button', { name: quizUi['quiz.listen'] }));
			await waitFor(() => expect(spoken).toHaveLength(3));
			expect(spoken[0]?.text).toBe('Soal q1?');
			// The choices in the order on screen, which this attempt shuffled.
			const shown = screen.getAllByRole('button', { pressed: false }).map((b) => b.textContent);
			expect(spoken.slice(1).map((s) => s.text)).toEqual(
				shown.filter((t) => t?.startsWith('Pilihan'))
			);
			expect(
				spoken
					.slice(1)
					.map((s) => s.text)
					.sort()
			).toEqual(['Pilihan a', 'Pilihan b']);
			expect(spoken.every((s) => s.lang === 'id-ID')).toBe(true);
		} finally {
			vi.unstubAllGlobals();
		}
	});
});
