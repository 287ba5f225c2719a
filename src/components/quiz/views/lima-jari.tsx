export { fiveFingers as handler } from '../../../lib/quiz/handlers/five-fingers';
import { Component, createRef } from 'preact';
import { quizHandUi as t } from '../../../i18n/id/quiz-hand';
import { handPromptOrder } from '../../../lib/quiz/hand-prompts';
import { HAND_PARTS, HAND_TIPS, HAND_VIEWBOX, THUMB_TURN } from '../../../lib/quiz/hand-shape';
import type { ViewProps } from './view-props';

/** The hand's fingers and palm as rectangles; `isNamed` marks the fingers that have a name. */
const parts = (isNamed?: (finger: number) => boolean) =>
	HAND_PARTS.map(([x, y, width, height, rx], i) => (
		<rect
			key={i}
			class={isNamed?.(i) ? 'quiz-hand__named' : undefined}
			x={x}
			y={y}
			width={width}
			height={height}
			rx={rx}
			transform={i ? undefined : THUMB_TURN}
		/>
	));

/**
 * A drawn hand: each finger is a button; the child taps one and writes the name of a trusted adult
 * for it, with an idea of whom to think of (the ideas in this attempt's order). The names stay in
 * this page, and on this device only when the child turned "remember" on, which the hand says.
 */
export default class FiveFingersView extends Component<ViewProps<'lima-jari'>, { finger: number }> {
	state = { finger: 0 };
	private field = createRef<HTMLInputElement>();

	private pick(finger: number) {
		this.setState({ finger }, () => this.field.current?.focus());
	}

	render() {
		const { question, seed, progress, disabled, remembering, dispatch } = this.props;
		const { finger } = this.state;
		const names = t['quiz.handFingers'];
		const order = handPromptOrder(question, t['quiz.handPrompts'].length, seed);
		const promptOf = (i: number) => t['quiz.handPrompts'][order[i] ?? i];
		const idea = `quiz-hand-idea-${question.id}`;
		return (
			<div class="quiz-hand">
				<p class="quiz-hint">{t['quiz.handHint']}</p>
				<div class="quiz-hand__drawing">
					<svg viewBox={HAND_VIEWBOX} aria-hidden="true" focusable="false">
						<g class="quiz-hand__outline">{parts()}</g>
						<g class="quiz-hand__fill">{parts((i) => Boolean(progress.names[i]?.trim()))}</g>
					</svg>
					{HAND_TIPS.map(([left, top], i) => (
						<button
							key={names[i]}
							type="button"
							class="quiz-hand__finger"
							style={{ left: `${left}%`, top: `${top}%` }}
							aria-pressed={i === finger}
							disabled={disabled}
							onClick={() => this.pick(i)}
						>
							<span aria-hidden="true">{i + 1}</span>
							<span class="sr-only">
								{t['quiz.handFinger']({ finger: names[i]!, name: progress.names[i]?.trim() ?? '' })}
							</span>
						</button>
					))}
				</div>
				<div class="quiz-hand__field">
					<p class="quiz-hand__label">
						<span aria-hidden="true" class="quiz-hand__n">
							{finger + 1}
						</span>
						<label for={`quiz-hand-name-${question.id}`}>{names[finger]}</label>
					</p>
					<p id={idea} class="quiz-hand__idea" data-speak>
						{promptOf(finger)}
					</p>
					<input
						ref={this.field}
						id={`quiz-hand-name-${question.id}`}
						type="text"
						autocomplete="off"
						enterkeyhint="next"
						maxLength={40}
						aria-describedby={idea}
						value={progress.names[finger] ?? ''}
						disabled={disabled}
						onInput={(e) =>
							dispatch({ type: 'write-name', finger, name: (e.target as HTMLInputElement).value })
						}
						onKeyDown={(e) => {
							if (e.key !== 'Enter') return;
							e.preventDefault();
							this.pick((finger + 1) % names.length);
						}}
					/>
				</div>
				<ol class="quiz-hand__names">
					{names.map((name, i) => (
						<li key={name} class={i === finger ? 'quiz-hand__current' : undefined}>
							<span class="quiz-hand__n" aria-hidden="true">
								{i + 1}
							</span>
							<span>
								<span class="quiz-hand__who">{progress.names[i]?.trim() || '…'}</span>
								<span class="quiz-hand__what">{promptOf(i)}</span>
							</span>
						</li>
					))}
				</ol>
				<p class="quiz-hint" data-speak>
					{question.hint}
				</p>
				<p class="quiz-hint quiz-hand__kept">
					{remembering ? t['quiz.handKept'] : t['quiz.handNotKept']}
				</p>
				<div class="quiz__actions">
					{!progress.done && (
						<button
							type="button"
							class="button"
							disabled={disabled}
							onClick={() => dispatch({ type: 'hand-done' })}
						>
							{t['quiz.handDone']}
						</button>
					)}
					<button
						type="button"
						class="button button--quiet"
						disabled={disabled}
						onClick={() => window.print()}
					>
						{t['quiz.handPrint']}
					</button>
				</div>
			</div>
		);
	}
}
