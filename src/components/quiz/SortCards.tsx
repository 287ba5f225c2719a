import { quizUi as t } from '../../i18n/id/quiz';
import { checkPlacement } from '../../lib/quiz/check-answer';
import { cardFeedback } from '../../lib/quiz/feedback';
import type { SortQuestion } from '../../lib/quiz/types';
import { FeedbackText } from './FeedbackText';

interface Props {
	question: SortQuestion;
	/** Group id per card id, for the cards placed so far. */
	placements: Readonly<Record<string, string>>;
	disabled: boolean;
	onPlace: (cardId: string, groupId: string) => void;
}

/**
 * Sorting by tapping: every card carries one button per group, so it works by touch, mouse and
 * keyboard alike, with no dragging.
 */
export function SortCards({ question, placements, disabled, onPlace }: Props) {
	const progress = { type: 'kelompokkan' as const, placements: { ...placements }, lastCard: null };
	return (
		<>
			<p class="quiz-hint">{t['quiz.sortHint']}</p>
			<ul class="quiz-cards">
				{question.cards.map((card) => {
					const placed = placements[card.id];
					const isDone =
						placed !== undefined && checkPlacement(question, card.id, placed) === 'tepat';
					const feedback = cardFeedback(question, progress, card.id);
					const labelId = `kartu-${question.id}-${card.id}`;
					return (
						<li key={card.id} class={`quiz-card${isDone ? ' quiz-card--done' : ''}`}>
							<p id={labelId} class="quiz-card__text">
								{card.text}
							</p>
							<div class="quiz-card__groups" role="group" aria-labelledby={labelId}>
								{question.groups.map((group) => (
									<button
										key={group.id}
										type="button"
										class="quiz-choice quiz-choice--group"
										aria-pressed={placed === group.id}
										disabled={disabled || isDone}
										onClick={() => onPlace(card.id, group.id)}
									>
										{group.label}
									</button>
								))}
							</div>
							{feedback && <FeedbackText feedback={feedback} />}
						</li>
					);
				})}
			</ul>
		</>
	);
}
