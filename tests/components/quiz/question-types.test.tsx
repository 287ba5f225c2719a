// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import Quiz from '../../../src/components/quiz/Quiz';
import { quizUi } from '../../../src/i18n/id/quiz';
import { quizViewUi } from '../../../src/i18n/id/quiz-views';
import type { Question, QuizInput } from '../../../src/lib/quiz/types';

const base = { concepts: ['tubuhku' as const] };
const questions: Question[] = [
	{
		...base,
		id: 'ganda',
		type: 'pilihan-ganda',
		prompt: 'Mana yang aman?',
		choices: [
			{ id: 'a', text: 'Aman satu', correct: true, feedback: 'Alasan aman satu.' },
			{ id: 'b', text: 'Aman dua', correct: true, feedback: 'Alasan aman dua.' },
			{ id: 'c', text: 'Tidak aman', correct: false, feedback: 'Alasan tidak aman.' },
		],
	},
	{
		...base,
		id: 'urut',
		type: 'urutkan',
		prompt: 'Urutkan langkahnya.',
		steps: [
			{ id: 'tolak', text: 'Tolak', feedback: 'Pertama, bilang tidak.' },
			{ id: 'pergi', text: 'Pergi', feedback: 'Lalu pergi.' },
			{ id: 'cerita', text: 'Cerita', feedback: 'Lalu cerita.' },
		],
	},
	{
		...base,
		id: 'cerita',
		type: 'skenario',
		prompt: 'Apa yang sebaiknya Bima lakukan?',
		scenes: [
			{
				id: 'mulai',
				text: 'Seseorang meminta rahasia.',
				choices: [
					{ id: 'diam', text: 'Diam saja', feedback: 'Rahasia seperti ini harus diceritakan.' },
					{ id: 'lapor', text: 'Cerita ke Ayah', next: 'akhir', feedback: 'Ayah bisa menolong.' },
				],
			},
			{ id: 'akhir', text: 'Ayah mendengarkan dan menolong.' },
		],
	},
	{
		...base,
		id: 'rasa',
		type: 'perasaan',
		prompt: 'Bagaimana perasaanmu?',
		feelings: [
			{ feeling: 'senang', feedback: 'Senang itu boleh.' },
			{ feeling: 'takut', feedback: 'Takut itu wajar. Ceritakan kepada orang dewasa.' },
		],
	},
	{
		...base,
		id: 'tangan',
		type: 'lima-jari',
		prompt: 'Siapa lima orang dewasa yang kamu percaya?',
		hint: 'Pilih satu orang di luar rumah.',
		feedback: 'Mereka siap mendengarkanmu.',
	},
];
const quiz: QuizInput = { title: 'Kuis semua jenis', questions };
const status = () => screen.getByRole('status').textContent ?? '';
const next = () => screen.getByRole('button', { name: /^(Lanjut|Selesai)$/ }) as HTMLButtonElement;

afterEach(cleanup);

describe('every question type plays through the quiz', () => {
	it('pilihan-ganda, urutkan, skenario, perasaan and lima-jari', { timeout: 20_000 }, async () => {
		render(<Quiz quiz={quiz} slug="semua" />);
		const start = await screen.findByRole('button', { name: quizUi['quiz.start'] });
		await waitFor(() => expect((start as HTMLButtonElement).disabled).toBe(false));
		fireEvent.click(start);

		// pilihan-ganda: tick, check, read the reasons, fix, check again.
		await screen.findByRole('heading', { name: 'Mana yang aman?' }, { timeout: 10_000 });
		const check = screen.getByRole('button', { name: quizViewUi['quiz.check'] });
		expect((check as HTMLButtonElement).disabled).toBe(true);
		fireEvent.click(screen.getByRole('checkbox', { name: /Aman satu/ }));
		fireEvent.click(screen.getByRole('checkbox', { name: /Tidak aman/ }));
		fireEvent.click(check);
		expect(status()).toContain(quizUi['quiz.tryAgain']);
		expect(status()).toContain(quizViewUi['quiz.missed']({ count: 1 }));
		expect(status()).toContain(quizViewUi['quiz.extra']({ count: 1 }));
		expect(screen.getByText('Alasan tidak aman.')).toBeTruthy();
		expect(next().disabled).toBe(true);
		fireEvent.click(screen.getByRole('checkbox', { name: /Tidak aman/ }));
		fireEvent.click(screen.getByRole('checkbox', { name: /Aman dua/ }));
		fireEvent.click(screen.getByRole('button', { name: quizViewUi['quiz.check'] }));
		expect(status()).toContain(quizViewUi['quiz.multiRight']);
		fireEvent.click(next());

		// urutkan: a step out of order stays put with its reason; the right order builds the list.
		await screen.findByRole('heading', { name: 'Urutkan langkahnya.' });
		fireEvent.click(screen.getByRole('button', { name: 'Cerita' }));
		expect(status()).toContain(quizUi['quiz.tryAgain']);
		expect(screen.queryByRole('listitem', { name: 'Cerita' })).toBeNull();
		for (const step of ['Tolak', 'Pergi', 'Cerita']) {
			fireEvent.click(screen.getByRole('button', { name: step }));
		}
		expect(status()).toContain(quizUi['quiz.right']);
		// Each placed step shows its number, 1, 2, 3, visibly.
		expect([...document.querySelectorAll('.quiz-order li')].map((li) => li.textContent)).toEqual([
			'1Tolak',
			'2Pergi',
			'3Cerita',
		]);
		fireEvent.click(next());

		// skenario: an unsafe choice keeps the scene; the safe one leads to the ending.
		await screen.findByText('Seseorang meminta rahasia.');
		fireEvent.click(screen.getByRole('button', { name: 'Diam saja' }));
		expect(status()).toContain('Rahasia seperti ini harus diceritakan.');
		expect(screen.getByText('Seseorang meminta rahasia.')).toBeTruthy();
		expect(next().disabled).toBe(true);
		fireEvent.click(screen.getByRole('button', { name: 'Cerita ke Ayah' }));
		expect(screen.getByText('Ayah mendengarkan dan menolong.')).toBeTruthy();
		expect(next().disabled).toBe(false);
		fireEvent.click(next());

		// perasaan: every face is accepted, with its own words.
		await screen.findByRole('heading', { name: 'Bagaimana perasaanmu?' });
		fireEvent.click(screen.getByRole('button', { name: /Takut/ }));
		expect(status()).toContain(quizUi['quiz.accepted']);
		expect(status()).toContain('Takut itu wajar.');
		expect(status()).not.toContain(quizUi['quiz.tryAgain']);
		fireEvent.click(next());

		// lima-jari: names stay in the page; "done" moves on with any number of names.
		await screen.findByRole('heading', { name: /lima orang dewasa/ });
		const thumb = screen.getByLabelText(quizViewUi['quiz.handFingers'][0]) as HTMLInputElement;
		fireEvent.input(thumb, { target: { value: 'Ibu' } });
		// A drawn hand: every finger is a button named by its finger and the name written on it.
		const fingers = screen.getAllByRole('button', { pressed: false });
		expect(screen.getByRole('button', { name: 'Ibu jari: Ibu', pressed: true })).toBeTruthy();
		expect(fingers.map((f) => f.textContent)).toContain(
			`2${quizViewUi['quiz.handFinger']({ finger: 'Jari telunjuk', name: '' })}`
		);
		fireEvent.click(screen.getByRole('button', { name: /^Jari telunjuk/ }));
		const pointer = screen.getByLabelText('Jari telunjuk') as HTMLInputElement;
		expect(pointer.value).toBe('');
		fireEvent.input(pointer, { target: { value: 'Bu Guru' } });
		expect(screen.getByRole('button', { name: 'Jari telunjuk: Bu Guru' })).toBeTruthy();
		fireEvent.click(screen.getByRole('button', { name: /^Ibu jari/ }));
		// Nothing is kept unless the child asked, and the hand says so.
		expect(screen.getByText(quizViewUi['quiz.handNotKept'])).toBeTruthy();
		expect(next().disabled).toBe(true);
		fireEvent.click(screen.getByRole('button', { name: quizViewUi['quiz.handDone'] }));
		expect(status()).toContain('Mereka siap mendengarkanmu.');
		expect(thumb.value).toBe('Ibu');
		fireEvent.click(next());

		expect(screen.getByRole('heading', { name: quizUi['quiz.done.title'] })).toBeTruthy();
		expect(localStorage.length).toBe(0);
	});
});
