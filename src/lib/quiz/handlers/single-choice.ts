import { strings } from './restore-helpers';
import type { Feedback, ProgressByType, QuestionHandler, SingleChoiceQuestion } from '../types';

type Progress = ProgressByType['pilihan'];

/** The safe answer, or an honest "not sure yet" (`accepted`), which is never "think again". */
const isRight = (q: SingleChoiceQuestion, id: string) =>
	q.choices.some((c) => c.id === id && (c.correct || c.accepted));

/** Single choice: the child may try again until the safe answer is found. */
export const singleChoice: QuestionHandler<SingleChoiceQuestion, Progress> = {
	start: () => ({ type: 'pilihan', picks: [] }),
	apply(q, p, action) {
		if (action.type !== 'choose' || this.isSolved(q, p)) return p;
		if (!q.choices.some((c) => c.id === action.choiceId)) return p;
		return { ...p, picks: [...p.picks.filter((id) => id !== action.choiceId), action.choiceId] };
	},
	isSolved: (q, p) => p.picks.some((id) => isRight(q, id)),
	restore(q, saved) {
		const picks = strings(
			saved.picks,
			q.choices.map((c) => c.id)
		);
		// Nothing is kept after the safe answer (a quiz edited since may have moved it).
		const right = picks.findIndex((id) => isRight(q, id));
		return { type: 'pilihan', picks: right < 0 ? picks : picks.slice(0, right + 1) };
	},
	feedback(q, p): Feedback | null {
		const choice = q.choices.find((c) => c.id === p.picks.at(-1));
		if (!choice) return null;
		return {
			verdict: choice.correct ? 'tepat' : choice.accepted ? 'diterima' : 'coba-lagi',
			text: choice.feedback,
			answer: choice.text,
			audio: choice.feedbackAudio,
		};
	},
};
