import type { ComponentChildren } from 'preact';
import { useEffect, useReducer, useRef, useState } from 'preact/hooks';
import { quizUi as t } from '../../i18n/id/quiz';
import { isSolved } from '../../lib/quiz/check-answer';
import { latestFeedback } from '../../lib/quiz/feedback';
import { currentQuestion, initQuiz, quizReducer } from '../../lib/quiz/quiz-reducer';
import type { QuizAction, QuizInput, QuizState } from '../../lib/quiz/types';
import { FeedbackText } from './FeedbackText';
import { SingleChoice } from './SingleChoice';
import { SortCards } from './SortCards';
import './quiz.css';

export interface QuizProps {
	quiz: QuizInput;
	/** The closing card (rendered by Astro), shown when the quiz is finished. */
	children?: ComponentChildren;
}

/**
 * A quiz for one child on one device: one question a screen, gentle feedback on every answer,
 * no score, and the closing card at the end. Nothing is stored. All logic is in `src/lib/quiz`.
 */
export default function Quiz({ quiz, children }: QuizProps) {
	const [state, dispatch] = useReducer<QuizState, QuizAction>(
		(s, a) => quizReducer(quiz, s, a),
		initQuiz()
	);
	// Buttons stay disabled in the server HTML until the island is live.
	const [isReady, setReady] = useState(false);
	useEffect(() => {
		setReady(true);
		// Tells the page the interactive quiz runs, so a readable fallback can step aside.
		document.documentElement.classList.add('quiz-live');
	}, []);

	// After moving on, put focus on the new heading so keyboard and screen-reader users follow.
	const headingRef = useRef<HTMLHeadingElement>(null);
	const nextRef = useRef<HTMLButtonElement>(null);
	const isFirstRender = useRef(true);
	useEffect(() => {
		if (isFirstRender.current) {
			isFirstRender.current = false;
			return;
		}
		headingRef.current?.focus();
	}, [state.index, state.finished]);

	const question = currentQuestion(quiz, state);
	const progress = question ? state.progress[question.id] : undefined;
	const solved = question ? isSolved(question, progress) : false;
	const feedback = question ? latestFeedback(question, progress) : null;

	useEffect(() => {
		if (solved) nextRef.current?.focus();
	}, [solved]);

	// On a small phone the feedback can fall below the fold: bring it into view after each answer.
	useEffect(() => {
		if (feedback) document.getElementById('quiz-feedback')?.scrollIntoView({ block: 'nearest' });
	}, [feedback?.text]);

	if (!question) {
		return (
			<section class="quiz quiz--done" aria-labelledby="quiz-heading">
				<h2 id="quiz-heading" ref={headingRef} tabIndex={-1}>
					{t['quiz.done.title']}
				</h2>
				<p>{t['quiz.done.text']}</p>
				{children}
				<div class="quiz__actions">
					<button class="button" type="button" onClick={() => dispatch({ type: 'restart' })}>
						{t['quiz.restart']}
					</button>
				</div>
			</section>
		);
	}

	const isLast = state.index === quiz.questions.length - 1;
	return (
		<section class="quiz" aria-labelledby="quiz-heading" aria-busy={!isReady}>
			<p class="quiz__progress">
				{t['quiz.progress']({ current: state.index + 1, total: quiz.questions.length })}
			</p>
			<h2 id="quiz-heading" class="quiz__prompt" ref={headingRef} tabIndex={-1}>
				{question.prompt}
			</h2>
			{question.type === 'pilihan' ? (
				<SingleChoice
					question={question}
					picks={progress?.type === 'pilihan' ? progress.picks : []}
					disabled={!isReady}
					onChoose={(choiceId) => dispatch({ type: 'choose', choiceId })}
				/>
			) : (
				<SortCards
					question={question}
					placements={progress?.type === 'kelompokkan' ? progress.placements : {}}
					disabled={!isReady}
					onPlace={(cardId, groupId) => dispatch({ type: 'place', cardId, groupId })}
				/>
			)}
			{question.type === 'pilihan' && feedback && (
				<FeedbackText feedback={feedback} id="quiz-feedback" />
			)}
			<p class="sr-only" role="status" aria-live="polite">
				{feedback &&
					`${feedback.verdict === 'tepat' ? t['quiz.right'] : t['quiz.tryAgain']} ${feedback.text}`}
			</p>
			<div class="quiz__actions">
				<button
					ref={nextRef}
					class="button"
					type="button"
					disabled={!solved}
					onClick={() => dispatch({ type: 'next' })}
				>
					{isLast ? t['quiz.finish'] : t['quiz.next']}
				</button>
			</div>
		</section>
	);
}
