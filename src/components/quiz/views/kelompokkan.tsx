export { sortCards as handler } from '../../../lib/quiz/handlers/sort';
import { quizSortUi as t } from '../../../i18n/id/quiz-sort';
import { cardFeedback, isCardDone } from '../../../lib/quiz/handlers/sort';
import { FeedbackText } from '../FeedbackText';
import { Pic, PicText } from '../Pic';
import type { ViewProps } from './view-props';

/**
 * Sorting by tapping: every card carries one button per group, so it works by touch, mouse and
 * keyboard alike, with no dragging.
 */
export default function SortView({
	question,
	progress,
	disabled,
	speaker,
	dispatch,
}: ViewProps<'kelompokkan'>) {
	return (
		<>
			<p class="quiz-hint">{t['quiz.sortHint']}</p>
			<ul class="quiz-cards">
				{question.cards.map((card) => {
					const placed = progress.placements[card.id];
					const isDone = isCardDone(question, progress, card.id);
					const feedback = cardFeedback(question, progress, card.id);
					const labelId = `kartu-${question.id}-${card.id}`;
					return (
						<li
							key={card.id}
							class={`quiz-card${isDone ? ' quiz-card--done' : ''}`}
							data-card={card.id}
						>
							<div class="quiz-card__head">
								<p id={labelId} class="quiz-card__text">
									<PicText item={card} />
								</p>
								{speaker(card)}
							</div>
							<div class="quiz-card__groups" role="group" aria-labelledby={labelId}>
								{question.groups.map((group) => (
									<button
										key={group.id}
										type="button"
										class="quiz-choice quiz-choice--group"
										aria-pressed={placed === group.id}
										disabled={disabled || isDone}
										onClick={() => dispatch({ type: 'place', cardId: card.id, groupId: group.id })}
									>
										<Pic name={group.picture} size="s" />
										<span>{group.label}</span>
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
