import { checkChoice } from '../../lib/quiz/check-answer';
import type { SingleChoiceQuestion } from '../../lib/quiz/types';

interface Props {
	question: SingleChoiceQuestion;
	/** Choice ids the child has tried, in order. */
	picks: readonly string[];
	disabled: boolean;
	onChoose: (choiceId: string) => void;
}

/** One big button per choice; tried choices stay marked, softly, never in red. */
export function SingleChoice({ question, picks, disabled, onChoose }: Props) {
	const isSolved = picks.some((id) => checkChoice(question, id) === 'tepat');
	return (
		<ul class="quiz-choices">
			{question.choices.map((choice) => {
				const isPicked = picks.includes(choice.id);
				const state = isPicked ? (choice.correct ? 'right' : 'tried') : 'open';
				return (
					<li key={choice.id}>
						<button
							type="button"
							class={`quiz-choice quiz-choice--${state}`}
							aria-pressed={isPicked}
							disabled={disabled || isSolved}
							onClick={() => onChoose(choice.id)}
						>
							<span class="quiz-choice__mark" aria-hidden="true">
								{state === 'right' ? '✓' : state === 'tried' ? '•' : ''}
							</span>
							{choice.text}
						</button>
					</li>
				);
			})}
		</ul>
	);
}
