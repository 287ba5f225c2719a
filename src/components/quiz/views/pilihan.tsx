export { singleChoice as handler } from '../../../lib/quiz/handlers/single-choice';
import { PicText } from '../Pic';
import type { ViewProps } from './view-props';

/** One big button per choice; tried choices stay marked, softly, never in red. */
export default function SingleChoiceView({
	question,
	progress,
	disabled,
	speaker,
	dispatch,
}: ViewProps<'pilihan'>) {
	const isAccepted = (c?: { correct: boolean; accepted?: boolean }) =>
		Boolean(c?.correct || c?.accepted);
	const isSolved = progress.picks.some((id) =>
		isAccepted(question.choices.find((c) => c.id === id))
	);
	return (
		<ul class="quiz-choices">
			{question.choices.map((choice) => {
				const isPicked = progress.picks.includes(choice.id);
				const state = isPicked ? (isAccepted(choice) ? 'right' : 'tried') : 'open';
				return (
					<li key={choice.id} class="quiz-line">
						<button
							type="button"
							class={`quiz-choice quiz-choice--${state}`}
							aria-pressed={isPicked}
							disabled={disabled || isSolved}
							onClick={() => dispatch({ type: 'choose', choiceId: choice.id })}
						>
							<span class="quiz-choice__mark" aria-hidden="true">
								{state === 'right' ? '✓' : state === 'tried' ? '•' : ''}
							</span>
							<PicText item={choice} />
						</button>
						{speaker(choice)}
					</li>
				);
			})}
		</ul>
	);
}
