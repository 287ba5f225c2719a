import { quizUi as t } from '../../i18n/id/quiz';
import type { Feedback } from '../../lib/quiz/feedback';

/** The visible feedback box: short praise or "think again", then the author's reason. */
export function FeedbackText({ feedback, id }: { feedback: Feedback; id?: string }) {
	const isRight = feedback.verdict === 'tepat';
	return (
		<div
			id={id}
			class={`quiz-feedback ${isRight ? 'quiz-feedback--right' : 'quiz-feedback--again'}`}
		>
			<strong>{isRight ? t['quiz.right'] : t['quiz.tryAgain']}</strong> {feedback.text}
		</div>
	);
}
