import { quizUi as t } from '../../i18n/id/quiz';

interface Props {
	isOn: boolean;
	/** False when the device refused to save (storage missing, full or blocked). */
	canSave: boolean;
	justForgot: boolean;
	onToggle: (on: boolean) => void;
	onForget: () => void;
}

/** "Ingat di perangkat ini": off by default; while on, a "Hapus" button forgets everything. */
export function RememberSwitch({ isOn, canSave, justForgot, onToggle, onForget }: Props) {
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
			{isOn && (
				<button type="button" class="button button--quiet" onClick={onForget}>
					{t['quiz.forget']}
				</button>
			)}
			<p class="quiz-remember__status" aria-live="polite">
				{isOn && (canSave ? t['quiz.rememberOn'] : t['quiz.rememberFailed'])}
				{!isOn && justForgot && t['quiz.forgotten']}
			</p>
		</div>
	);
}
