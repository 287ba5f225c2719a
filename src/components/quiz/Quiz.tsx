import { Component, createRef, type ComponentChildren } from 'preact';
import { quizUi as t } from '../../i18n/id/quiz';
import { arrangeQuestion, newAttemptSeed } from '../../lib/quiz/arrange';
import { focusPlan } from '../../lib/quiz/focus-plan';
import { END_PICTURE } from '../../lib/quiz/pictures-used';
import { currentQuestion, initQuiz, quizLogic } from '../../lib/quiz/quiz-reducer';
import {
	quizStorageKey,
	restoreQuiz,
	toSaved,
	type SavedQuiz,
} from '../../lib/quiz/saved-progress';
import type { QuizAction, QuizInput, QuizState } from '../../lib/quiz/types';
import { createSafeStore, type StorageLike } from '../../lib/storage/safe-store';
import { FeedbackText, verdictLead } from './FeedbackText';
import { loadedHandler, loadedType, loadTypes } from './load-view';
import { Pic } from './Pic';
import { RememberSwitch } from './RememberSwitch';
import { SayButton, SpeakButton } from './SpeakButton';
import { read, segmentsIn, stopReading, watchIndonesianVoice } from '../speech/reader';
import './quiz.css';

export interface QuizProps {
	quiz: QuizInput;
	/** The quiz's slug: the key of its progress on this device, when the child asks to keep it. */
	slug: string;
	/** The end screen (rendered by Astro): closing card and the way on, shown when finished. */
	children?: ComponentChildren;
	/** The lesson of this quiz: linked from the end screen only when the quiz was opened from it. */
	lessonHref?: string;
}

interface ViewState {
	quiz: QuizState;
	/** False in the server HTML and until the island is live: buttons stay disabled. */
	ready: boolean;
	started: boolean;
	/** True once the chunks of every question type of this quiz are in. */
	typesIn: boolean;
	remember: boolean;
	canSave: boolean;
	justForgot: boolean;
	voice?: SpeechSynthesisVoice;
	/** True when the page was opened from the quiz's lesson (`?dari=pelajaran`). */
	fromLesson: boolean;
	/** Which part is being read aloud: the question, the feedback, or one line (by its words). */
	reading: string | null;
}

const logic = quizLogic(loadedHandler);

/**
 * The seed of a new attempt on this device: a fresh one each time. Browser tests may fix it by
 * defining `window.__quizSeed` (a string) before the page loads, with Playwright's
 * `page.addInitScript`, so a run shows the same (still shuffled) order on every machine. Nothing on
 * the site sets it.
 */
function attemptSeed(): string {
	const fixed: unknown = (window as { __quizSeed?: unknown }).__quizSeed;
	return typeof fixed === 'string' && fixed.length > 0 && fixed.length <= 40
		? fixed
		: newAttemptSeed();
}

function deviceStorage(): StorageLike | undefined {
	try {
		return window.localStorage;
	} catch {
		return undefined;
	}
}

/**
 * A quiz for one child on one device: a start screen, one question a screen, gentle feedback on
 * every answer, no score, and the closing card at the end. Nothing is stored unless the child turns
 * "Ingat di perangkat ini" on. All logic is in `src/lib/quiz`; each type's view and logic load on
 * demand. A class component, so the page needs no hooks runtime.
 */
export default class Quiz extends Component<QuizProps, ViewState> {
	state: ViewState = {
		quiz: initQuiz(),
		ready: false,
		started: false,
		typesIn: false,
		remember: false,
		canSave: true,
		justForgot: false,
		reading: null,
		fromLesson: false,
	};
	private store = createSafeStore(
		deviceStorage(),
		quizStorageKey(this.props.slug),
		(v): v is SavedQuiz => Boolean(restoreQuiz(this.props.quiz, v, loadedHandler))
	);
	private heading = createRef<HTMLHeadingElement>();
	private next = createRef<HTMLButtonElement>();
	private questionPart = createRef<HTMLDivElement>();
	private feedbackPart = createRef<HTMLDivElement>();
	private hasMoved = false;
	/** Where the feedback box was on screen when "Periksa" was tapped (null for other taps). */
	private checkedAt: number | null = null;
	private unwatchVoice = () => {};

	componentDidMount() {
		const { quiz } = this.props;
		// Each attempt shows its answers in its own order; the server HTML shows no answers yet.
		this.setState({
			ready: true,
			quiz: initQuiz(attemptSeed()),
			fromLesson: new URLSearchParams(location.search).get('dari') === 'pelajaran',
		});
		// Tells the page the interactive quiz runs, so a readable fallback can step aside.
		document.documentElement.classList.add('quiz-live');
		this.unwatchVoice = watchIndonesianVoice((voice) => this.setState({ voice }));
		// Saved progress is read once every type's logic is in, to check it against the questions.
		void loadTypes(quiz.questions.map((q) => q.type)).then(() => {
			const saved = restoreQuiz(quiz, this.store.read(), loadedHandler);
			this.setState(saved ? { typesIn: true, quiz: saved, remember: true } : { typesIn: true });
		});
	}

	componentWillUnmount() {
		this.unwatchVoice();
		stopReading();
	}

	componentDidUpdate(_: QuizProps, before: ViewState) {
		const { quiz, remember, started } = this.state;
		if (remember && (quiz !== before.quiz || !before.remember)) {
			this.setState({ canSave: this.store.write(toSaved(quiz)) });
		}
		const moved =
			quiz.index !== before.quiz.index ||
			quiz.finished !== before.quiz.finished ||
			started !== before.started ||
			(started && this.state.typesIn !== before.typesIn);
		if (moved) {
			stopReading();
			if (this.hasMoved) this.showFromTop();
			return;
		}
		const question = this.question();
		const after = question && quiz.progress[question.id];
		if (!question || !after || quiz === before.quiz) return;
		const shown = arrangeQuestion(question, quiz.seed);
		const part = this.questionPart.current;
		const plan = focusPlan(question, logic.progressOf(question, before.quiz), after, {
			wasSolved: logic.isSolved(question, before.quiz),
			isSolved: logic.isSolved(question, quiz),
			hasFeedback: Boolean(logic.feedback(question, quiz)),
			cardOrder: shown.type === 'kelompokkan' ? shown.cards.map((c) => c.id) : [],
			// The view has drawn this progress: a card sorted right carries its "done" class.
			isCardDone: (id) => Boolean(part?.querySelector(`[data-card="${id}"].quiz-card--done`)),
		});
		// Focus first without scrolling, then bring the words for this tap into view, and only those.
		if (plan.focus?.kind === 'next') this.next.current?.focus({ preventScroll: true });
		if (plan.focus?.kind === 'card') {
			part
				?.querySelector<HTMLElement>(`[data-card="${plan.focus.id}"] .quiz-choice--group`)
				?.focus({ preventScroll: true });
		}
		if (plan.focus?.kind === 'scene')
			part?.querySelector<HTMLElement>('[data-scene-text]')?.focus();
		const target =
			plan.scroll?.kind === 'card'
				? part?.querySelector(`[data-card="${plan.scroll.id}"] .quiz-feedback`)
				: plan.scroll?.kind === 'feedback'
					? this.feedbackPart.current
					: null;
		// After "Periksa" the reasons open above the feedback box and push it down: the page follows it,
		// so the words appear where the child tapped, whatever order the answers are in.
		const checkedAt = this.checkedAt;
		this.checkedAt = null;
		if (target && target === this.feedbackPart.current && checkedAt !== null) {
			window.scrollBy({ top: target.getBoundingClientRect().top - checkedAt, behavior: 'instant' });
		}
		if (target?.hasChildNodes()) target.scrollIntoView({ block: 'nearest' });
	}

	/**
	 * A new screen of the quiz (a question, or the end) starts at the top of the window, below the
	 * quick-exit button: on a phone the page's title and lead would otherwise keep the answers of the
	 * first question below the fold. Focus goes to its heading, for keyboard and screen reader users.
	 */
	private showFromTop() {
		const heading = this.heading.current;
		heading?.focus({ preventScroll: true });
		heading?.closest('section')?.scrollIntoView({ block: 'start' });
	}

	private question() {
		const { started, typesIn, quiz } = this.state;
		return started && typesIn ? currentQuestion(this.props.quiz, quiz) : undefined;
	}

	private act = (action: QuizAction) => {
		this.hasMoved = true;
		const top = this.feedbackPart.current?.getBoundingClientRect().top;
		this.checkedAt =
			action.type === 'check' && top !== undefined && top >= 0 && top <= window.innerHeight
				? top
				: null;
		this.setState((s) => ({ quiz: logic.reduce(this.props.quiz, s.quiz, action) }));
	};

	private speak(part: 'question' | 'feedback') {
		const wasThis = this.state.reading === part;
		stopReading();
		if (wasThis) return;
		const root = part === 'question' ? this.questionPart.current : this.feedbackPart.current;
		const segments = segmentsIn(root);
		// Without a voice, only the recorded lines can be played.
		const playable = this.state.voice ? segments : segments.filter((s) => s.audio);
		if (read(playable, this.state.voice, () => this.setState({ reading: null }))) {
			this.setState({ reading: part });
		}
	}

	/**
	 * The speaker of a part, shown only where it can be heard: with the device's Indonesian voice, or
	 * when the part's first line has a recording (without a voice, only recorded lines are played).
	 */
	private speakButton(part: 'question' | 'feedback', audio?: string) {
		const { voice, reading } = this.state;
		if (!voice && !audio) return null;
		return <SpeakButton isReading={reading === part} onClick={() => this.speak(part)} />;
	}

	/** Reads one answer, card or step aloud; a second press stops it. */
	private say = (line: { text: string; audio?: string }) => {
		const key = `line:${line.text}`;
		const wasThis = this.state.reading === key;
		stopReading();
		if (wasThis) return;
		if (read([line], this.state.voice, () => this.setState({ reading: null }))) {
			this.setState({ reading: key });
		}
	};

	private speaker = (line: { text: string; audio?: string }) =>
		this.state.voice || line.audio ? (
			<SayButton
				text={line.text}
				isReading={this.state.reading === `line:${line.text}`}
				onClick={() => this.say(line)}
			/>
		) : null;

	private rememberSwitch() {
		const { remember, canSave, justForgot } = this.state;
		return (
			<RememberSwitch
				isOn={remember}
				canSave={canSave}
				justForgot={justForgot}
				onToggle={(on) => {
					if (!on) this.store.clear();
					this.setState({ remember: on, justForgot: false });
				}}
				onForget={() => {
					this.store.clear();
					this.setState({
						remember: false,
						justForgot: true,
						quiz: initQuiz(attemptSeed()),
						started: false,
					});
				}}
			/>
		);
	}

	render() {
		const { quiz, children } = this.props;
		const s = this.state;
		const total = quiz.questions.length;

		if (!s.started) {
			const hasProgress = Object.keys(s.quiz.progress).length > 0 || s.quiz.index > 0;
			return (
				<section class="quiz quiz--intro" aria-labelledby="quiz-heading" aria-busy={!s.ready}>
					<div ref={this.questionPart}>
						<h2 id="quiz-heading" ref={this.heading} tabIndex={-1} data-speak>
							{quiz.title}
						</h2>
						<p data-speak>{t['quiz.intro']({ total })}</p>
					</div>
					{this.speakButton('question')}
					<div class="quiz__actions">
						<button
							class="button button--big"
							type="button"
							disabled={!s.ready}
							onClick={() => {
								this.hasMoved = true;
								this.setState({ started: true });
							}}
						>
							{hasProgress ? t['quiz.resume'] : t['quiz.start']}
						</button>
					</div>
					{this.rememberSwitch()}
				</section>
			);
		}

		const question = this.question();
		if (s.quiz.finished) {
			return (
				<section class="quiz quiz--done" aria-labelledby="quiz-heading">
					<Pic name={END_PICTURE} size="l" />
					<h2 id="quiz-heading" ref={this.heading} tabIndex={-1}>
						{t['quiz.done.title']}
					</h2>
					<p>{t['quiz.done.text']}</p>
					{children}
					<div class="quiz__actions">
						<button
							class="button button--quiet"
							type="button"
							onClick={() => this.act({ type: 'restart', seed: attemptSeed() })}
						>
							{t['quiz.restart']}
						</button>
						{s.fromLesson && this.props.lessonHref && (
							<a class="button button--quiet" href={this.props.lessonHref}>
								{t['quiz.backToLesson']}
							</a>
						)}
					</div>
					{this.rememberSwitch()}
				</section>
			);
		}
		if (!question) {
			return (
				<section class="quiz" aria-busy="true">
					<p class="quiz-hint">{t['quiz.loading']}</p>
				</section>
			);
		}

		const type = loadedType(question.type)!;
		const progress = logic.progressOf(question, s.quiz)!;
		const solved = logic.isSolved(question, s.quiz);
		const feedback = logic.feedback(question, s.quiz);
		const words = feedback ? (type.words?.(feedback) ?? feedback.text) : '';
		const isLast = s.quiz.index === total - 1;
		return (
			<section class={`quiz quiz--${question.type}`} aria-labelledby="quiz-heading">
				<p class="quiz__progress">{t['quiz.progress']({ current: s.quiz.index + 1, total })}</p>
				<div ref={this.questionPart}>
					<div class="quiz__prompt">
						{question.adegan ? (
							<span
								class="quiz-adegan"
								role="img"
								aria-label={question.adegan.map((p) => p.alt).join(', ')}
							>
								{question.adegan.map((p) => (
									<Pic key={p.gambar} name={p.gambar} />
								))}
							</span>
						) : (
							<Pic name={question.picture} size="l" />
						)}
						<h2
							id="quiz-heading"
							ref={this.heading}
							tabIndex={-1}
							data-speak
							data-audio={question.audio}
						>
							{question.prompt}
						</h2>
					</div>
					{this.speakButton('question', question.audio)}
					<type.default
						question={arrangeQuestion(question, s.quiz.seed) as never}
						seed={s.quiz.seed}
						progress={progress as never}
						disabled={!s.ready}
						remembering={s.remember}
						speaker={this.speaker}
						dispatch={this.act}
					/>
				</div>
				<div ref={this.feedbackPart} id="quiz-feedback">
					{feedback && question.type !== 'kelompokkan' && (
						<FeedbackText feedback={{ ...feedback, text: words }}>
							{this.speakButton('feedback', feedback.audio)}
						</FeedbackText>
					)}
				</div>
				<p class="sr-only" role="status" aria-live="polite">
					{feedback && `${verdictLead(feedback)} ${words}`}
				</p>
				<div class="quiz__actions">
					{s.quiz.index > 0 && (
						<button
							class="button button--quiet"
							type="button"
							onClick={() => this.act({ type: 'back' })}
						>
							{t['quiz.back']}
						</button>
					)}
					<button
						ref={this.next}
						class="button"
						type="button"
						disabled={!solved}
						onClick={() => this.act({ type: 'next' })}
					>
						{isLast ? t['quiz.finish'] : t['quiz.next']}
					</button>
				</div>
				{this.rememberSwitch()}
			</section>
		);
	}
}
