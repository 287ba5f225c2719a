export { feelings as handler } from '../../../lib/quiz/handlers/feelings';
import { quizFeelUi as t } from '../../../i18n/id/quiz-feel';
import { FEELING_PICTURES, type Feeling } from '../../../lib/pictures/feelings';
import { Pic } from '../Pic';
import type { ViewProps } from './view-props';

/** Faces to pick from; every feeling is accepted, and the child may pick another. */
export default function FeelingsView({
	question,
	progress,
	disabled,
	dispatch,
}: ViewProps<'perasaan'>) {
	return (
		<>
			<p class="quiz-hint">{t['quiz.feelHint']}</p>
			<ul class="quiz-faces">
				{question.feelings.map(({ feeling }) => (
					<li key={feeling}>
						<button
							type="button"
							class="quiz-face"
							aria-pressed={progress.picked === feeling}
							disabled={disabled}
							onClick={() => dispatch({ type: 'feel', feeling })}
						>
							<Pic name={FEELING_PICTURES[feeling as Feeling]} size="l" />
							<span data-speak>{t['quiz.feelings'][feeling]}</span>
						</button>
					</li>
				))}
			</ul>
		</>
	);
}
