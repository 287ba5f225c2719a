import type { ComponentChildren } from 'preact';
import { quizUi as t } from '../../i18n/id/quiz';
import type { Feedback } from '../../lib/quiz/types';

/** The lead words for a verdict: praise, "think again", "that feeling is okay" or thanks. Never "wrong". */
export const verdictLead = (feedback: Feedback) =>
	({
		tepat: t['quiz.right'],
		'coba-lagi': t['quiz.tryAgain'],
		diterima: t['quiz.accepted'],
		selesai: t['quiz.handThanks'],
	})[feedback.verdict];

/** The visible feedback box: the lead words, then the author's reason. */
export function FeedbackText({
	feedback,
	children,
}: {
	feedback: Feedback;
	children?: ComponentChildren;
}) {
	const tone = feedback.verdict === 'coba-lagi' ? 'again' : 'right';
	return (
		<div class={`quiz-feedback quiz-feedback--${tone}`}>
			<p data-speak data-audio={feedback.audio}>
				<strong>{verdictLead(feedback)}</strong> {feedback.text}
			</p>
			{children}
		</div>
	);
}
