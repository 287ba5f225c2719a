import { knownOr } from './restore-helpers';
import type { FeelingsQuestion, ProgressByType, QuestionHandler } from '../types';

type Progress = ProgressByType['perasaan'];

/** Feelings: every face is accepted; the child may pick another to hear its words too. */
export const feelings: QuestionHandler<FeelingsQuestion, Progress> = {
	start: () => ({ type: 'perasaan', picked: null }),
	apply(q, p, action) {
		if (action.type !== 'feel' || !q.feelings.some((f) => f.feeling === action.feeling)) return p;
		return { ...p, picked: action.feeling };
	},
	isSolved: (_q, p) => p.picked !== null,
	restore: (q, saved) => ({
		type: 'perasaan',
		picked: knownOr(
			saved.picked,
			q.feelings.map((f) => f.feeling)
		),
	}),
	feedback(q, p) {
		const option = q.feelings.find((f) => f.feeling === p.picked);
		if (!option) return null;
		return {
			verdict: 'diterima',
			text: option.feedback,
			answer: option.feeling,
			audio: option.feedbackAudio,
		};
	},
};
