import { Component, createRef } from 'preact';
import { quizUi as t } from '../../i18n/id/quiz';

interface Props {
	isOn: boolean;
	/** False when the device refused to save (storage missing, full or blocked). */
	canSave: boolean;
	justForgot: boolean;
	onToggle: (on: boolean) => void;
	onForget: () => void;
}

/**
 * "Ingat di perangkat ini": off by default; while on, "Hapus" forgets everything, after the child
 * says yes once more (a stray tap never wipes progress).
 */
export class RememberSwitch extends Component<Props, { isAsking: boolean }> {
	state = { isAsking: false };
	private keep = createRef<HTMLButtonElement>();
	private forget = createRef<HTMLButtonElement>();

	componentDidUpdate(_: Props, before: { isAsking: boolean }) {
		if (this.state.isAsking && !before.isAsking) this.keep.current?.focus();
		if (!this.state.isAsking && before.isAsking) this.forget.current?.focus();
	}

	render({ isOn, canSave, justForgot, onToggle, onForget }: Props) {
		const { isAsking } = this.state;
		return (
			<div class="quiz-remember">
				<label class="quiz-remember__switch">
					<input
						type="checkbox"
						role="switch"
						checked={isOn}
						onChange={(e) => onToggle((e.target as HTMLInputElement).checked)}
					/>
					<span>{t['quiz.remember']}</span>
				</label>
				{isOn && !isAsking && (
					<button
						ref={this.forget}
						type="button"
						class="button button--quiet"
						onClick={() => this.setState({ isAsking: true })}
					>
						{t['quiz.forget']}
					</button>
				)}
				{isOn && isAsking && (
					<div class="quiz-remember__ask" role="group" aria-labelledby="quiz-forget-ask">
						<p id="quiz-forget-ask">{t['quiz.forgetAsk']}</p>
						<button
							type="button"
							class="button"
							onClick={() => {
								this.setState({ isAsking: false });
								onForget();
							}}
						>
							{t['quiz.forgetYes']}
						</button>
						<button
							ref={this.keep}
							type="button"
							class="button button--quiet"
							onClick={() => this.setState({ isAsking: false })}
						>
							{t['quiz.forgetNo']}
						</button>
					</div>
				)}
				<p class="quiz-remember__status" aria-live="polite">
					{isOn && (canSave ? t['quiz.rememberOn'] : t['quiz.rememberFailed'])}
					{!isOn && justForgot && t['quiz.forgotten']}
				</p>
			</div>
		);
	}
}
