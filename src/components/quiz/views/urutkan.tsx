export { orderSteps as handler } from '../../../lib/quiz/handlers/order';
import { quizOrderUi as t } from '../../../i18n/id/quiz-order';
import { shuffledSteps } from '../../../lib/quiz/shuffled-steps';
import { Pic, PicText } from '../Pic';
import type { ViewProps } from './view-props';

/** Ordering by tapping the next step; placed steps build up the child's list above. */
export default function OrderView({
	question,
	progress,
	seed,
	disabled,
	speaker,
	dispatch,
}: ViewProps<'urutkan'>) {
	const byId = new Map(question.steps.map((s) => [s.id, s]));
	const open = shuffledSteps(question, seed).filter((s) => !progress.placed.includes(s.id));
	return (
		<>
			<p class="quiz-hint">{t['quiz.orderHint']}</p>
			<h3 class="quiz-subhead">{t['quiz.orderSoFar']}</h3>
			{progress.placed.length === 0 ? (
				<p class="quiz-order-empty">{t['quiz.orderEmpty']}</p>
			) : (
				<ol class="quiz-order">
					{progress.placed.map((id, i) => (
						<li key={id}>
							<span class="quiz-order__n" aria-hidden="true">
								{i + 1}
							</span>
							<Pic name={byId.get(id)?.picture} size="s" />
							<span>{byId.get(id)?.text}</span>
						</li>
					))}
				</ol>
			)}
			{open.length > 0 && (
				<>
					<h3 class="quiz-subhead">{t['quiz.orderNext']}</h3>
					<ul class="quiz-choices">
						{open.map((step) => (
							<li key={step.id} class="quiz-line">
								<button
									type="button"
									class={`quiz-choice quiz-choice--${progress.lastTry === step.id ? 'tried' : 'open'}`}
									disabled={disabled}
									onClick={() => dispatch({ type: 'pick-step', stepId: step.id })}
								>
									<PicText item={step} />
								</button>
								{speaker(step)}
							</li>
						))}
					</ul>
				</>
			)}
		</>
	);
}
