import { knownOr, strings } from './restore-helpers';
import type { OrderQuestion, ProgressByType, QuestionHandler } from '../types';

type Progress = ProgressByType['urutkan'];

/**
 * Ordering by tapping: the child taps the step that comes next. The right step moves into place;
 * another step gets "think again" and its reason, and stays where it was.
 */
export const orderSteps: QuestionHandler<OrderQuestion, Progress> = {
	start: () => ({ type: 'urutkan', placed: [], lastTry: null }),
	apply(q, p, action) {
		if (action.type !== 'pick-step' || this.isSolved(q, p)) return p;
		if (!q.steps.some((s) => s.id === action.stepId) || p.placed.includes(action.stepId)) return p;
		const expected = q.steps[p.placed.length];
		const placed = expected?.id === action.stepId ? [...p.placed, action.stepId] : p.placed;
		return { ...p, placed, lastTry: action.stepId };
	},
	isSolved: (q, p) => p.placed.length === q.steps.length,
	restore(q, saved) {
		const ids = q.steps.map((s) => s.id);
		const placed = strings(saved.placed);
		return {
			type: 'urutkan',
			placed: placed.every((id, i) => ids[i] === id) ? placed : [],
			lastTry: knownOr(saved.lastTry, ids),
		};
	},
	feedback(q, p) {
		const step = q.steps.find((s) => s.id === p.lastTry);
		if (!step) return null;
		return {
			verdict: p.placed.includes(step.id) ? 'tepat' : 'coba-lagi',
			text: step.feedback,
			answer: step.text,
			audio: step.feedbackAudio,
		};
	},
};
