// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Quiz from '../../../src/components/quiz/Quiz';
import { quizUi } from '../../../src/i18n/id/quiz';
import type { QuizInput } from '../../../src/lib/quiz/types';
import { makeChoiceQuestion, makeQuiz } from '../../helpers/quiz-builders';

const LISTEN_TO = /^Dengarkan: /;

function quizWith(recordings: Record<string, string>): QuizInput {
	const q = makeChoiceQuestion('q1', ['a', 'b', 'c'], 'b');
	for (const choice of q.choices) choice.audio = recordings[choice.id];
	return makeQuiz(q);
}

/** A device with these voices; returns what was spoken. */
function deviceWithVoices(langs: string[]) {
	const spoken: string[] = [];
	class Utterance {
		voice: unknown;
		lang = '';
		rate = 1;
		onend: (() => void) | null = null;
		onerror: (() => void) | null = null;
		constructor(public text: string) {}
	}
	vi.stubGlobal('SpeechSynthesisUtterance', Utterance);
	vi.stubGlobal('speechSynthesis', {
		getVoices: () => langs.map((lang) => ({ lang, name: lang, localService: true })),
		addEventListener: () => {},
		removeEventListener: () => {},
		cancel: () => {},
		speak: (u: Utterance) => {
			spoken.push(u.text);
			queueMicrotask(() => u.onend?.());
		},
	});
	return spoken;
}

async function start() {
	const button = await screen.findByRole('button', { name: quizUi['quiz.start'] });
	await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
	fireEvent.click(button);
	await screen.findByText(/Soal 1 dari 1/);
}

afterEach(() => {
	cleanup();
	vi.unstubAllGlobals();
});

describe('speakers on each line', () => {
	it('with an Indonesian voice: a speaker on every choice reads just that choice', async () => {
		const spoken = deviceWithVoices(['en-US', 'in_ID']);
		render(<Quiz quiz={quizWith({})} slug="uji" />);
		await start();
		const speakers = screen.getAllByRole('button', { name: LISTEN_TO });
		expect(speakers.map((b) => b.getAttribute('aria-label')).sort()).toEqual([
			'Dengarkan: Pilihan a',
			'Dengarkan: Pilihan b',
			'Dengarkan: Pilihan c',
		]);
		fireEvent.click(screen.getByRole('button', { name: 'Dengarkan: Pilihan c' }));
		await waitFor(() => expect(spoken).toEqual(['Pilihan c']));
		expect(screen.getByRole('button', { name: quizUi['quiz.listen'] })).toBeTruthy();
	});

	it('without a voice and without recordings: no speaker at all, so none can take focus', async () => {
		deviceWithVoices(['en-US', 'ms-MY']);
		render(<Quiz quiz={quizWith({})} slug="uji" />);
		await start();
		expect(screen.queryAllByRole('button', { name: LISTEN_TO })).toHaveLength(0);
		expect(screen.queryByRole('button', { name: quizUi['quiz.listen'] })).toBeNull();
		expect(document.querySelector('.quiz-say, .quiz-speak')).toBeNull();
	});

	it('without a voice: a speaker only on the lines that have a recording', async () => {
		deviceWithVoices([]);
		render(<Quiz quiz={quizWith({ b: 'kuis/uji/q1--b.mp3' })} slug="uji" />);
		await start();
		const speakers = screen.getAllByRole('button', { name: LISTEN_TO });
		expect(speakers.map((b) => b.getAttribute('aria-label'))).toEqual(['Dengarkan: Pilihan b']);
	});
});
