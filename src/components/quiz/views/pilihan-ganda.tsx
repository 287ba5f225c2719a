export { multiChoice as handler } from '../../../lib/quiz/handlers/multi-choice';
import type { Feedback } from '../../../lib/quiz/types';
import { quizMultiUi as t } from '../../../i18n/id/quiz-multi';
import { PicText } from '../Pic';
import type { ViewProps } from './view-props';

/** Tick every safe choice, then check; after a check each ticked choice shows its reason. */
export default function MultiChoiceView({
	question,
	progress,
	disabled,
	speaker,
	dispatch,
}: ViewProps<'pilihan-ganda'>) {
	const { selected, checked } = progress;
	const isSolved = checked && question.choices.every((c) => c.correct === selected.includes(c.id));
	return (
		<>
			<p class="quiz-hint">{t['quiz.multiHint']}</p>
			<ul class="quiz-choices">
				{question.choices.map((choice) => {
					const isOn = selected.includes(choice.id);
					const showReason = checked && (isOn || (isSolved && choice.correct));
					const state =
						checked && isOn ? (choice.correct ? 'right' : 'tried') : isOn ? 'on' : 'open';
					return (
						<li key={choice.id} class="quiz-line">
							<button
								type="button"
								role="checkbox"
								aria-checked={isOn}
								class={`quiz-choice quiz-choice--${state}`}
								disabled={disabled || isSolved}
								onClick={() => dispatch({ type: 'toggle', choiceId: choice.id })}
							>
								<span class="quiz-choice__box" aria-hidden="true">
									{isOn ? '✓' : ''}
								</span>
								<PicText item={choice} />
							</button>
							{speaker(choice)}
							{showReason && (
								<p class={`quiz-reason${choice.correct ? '' : ' quiz-reason--again'}`}>
									{choice.feedback}
								</p>
							)}
						</li>
					);
				})}
			</ul>
			{!isSolved && (
				<button
					type="button"
					class="button"
					disabled={disabled || selected.length === 0}
					onClick={() => dispatch({ type: 'check' })}
				>
					{t['quiz.check']}
				</button>
			)}
		</>
	);
}

/** The words under a check: all found, or how many are missing or not safe. */
export function words(feedback: Feedback): string {
	if (feedback.verdict === 'tepat') return t['quiz.multiRight'];
	return [
		feedback.missed ? t['quiz.missed']({ count: feedback.missed }) : '',
		feedback.extra ? t['quiz.extra']({ count: feedback.extra }) : '',
	]
		.filter(Boolean)
		.join(' ');
}
