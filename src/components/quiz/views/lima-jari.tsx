export { fiveFingers as handler } from '../../../lib/quiz/handlers/five-fingers';
import { quizViewUi as t } from '../../../i18n/id/quiz-views';
import { HAND_PICTURE } from '../../../lib/quiz/pictures-used';
import { Pic } from '../Pic';
import type { ViewProps } from './view-props';

/**
 * A hand with one line per finger for a trusted adult's name. The names stay in this page (and on
 * this device only if the child turned "remember" on); the hand can be printed.
 */
export default function FiveFingersView({
	question,
	progress,
	disabled,
	dispatch,
}: ViewProps<'lima-jari'>) {
	return (
		<div class="quiz-hand">
			<Pic name={HAND_PICTURE} size="l" />
			<p class="quiz-hint">{t['quiz.handHint']}</p>
			<ol class="quiz-hand__fingers">
				{t['quiz.handFingers'].map((finger, i) => (
					<li key={finger}>
						<label>
							<span>{finger}</span>
							<input
								type="text"
								autocomplete="off"
								maxLength={40}
								value={progress.names[i] ?? ''}
								disabled={disabled}
								onInput={(e) =>
									dispatch({
										type: 'write-name',
										finger: i,
										name: (e.target as HTMLInputElement).value,
									})
								}
							/>
						</label>
					</li>
				))}
			</ol>
			<p class="quiz-hint" data-speak>
				{question.hint}
			</p>
			<p class="quiz-hint">{t['quiz.handPrivate']}</p>
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
