import { strings } from './restore-helpers';
import type { Feedback, MultiChoiceQuestion, ProgressByType, QuestionHandler } from '../types';

type Progress = ProgressByType['pilihan-ganda'];

/** Whether the selection is exactly the set of safe choices. */
export function isExactlyRight(q: MultiChoiceQuestion, selected: readonly string[]): boolean {
	return q.choices.every((c) => c.correct === selected.includes(c.id));
}

/**
 * Several right choices: the child ticks, then checks. After a check every choice's reason shows;
 * the child may change the ticks and check again until the selection is right.
 */
export const multiChoice: QuestionHandler<MultiChoiceQuestion, Progress> = {
	start: () => ({ type: 'pilihan-ganda', selected: [], checked: false }),
	apply(q, p, action) {
		if (this.isSolved(q, p)) return p;
		if (action.type === 'toggle') {
			if (!q.choices.some((c) => c.id === action.choiceId)) return p;
			const selected = p.selected.includes(action.choiceId)
				? p.selected.filter((id) => id !== action.choiceId)
				: [...p.selected, action.choiceId];
			return { ...p, selected, checked: false };
		}
		if (action.type === 'check' && p.selected.length > 0) return { ...p, checked: true };
		return p;
	},
	isSolved: (q, p) => p.checked && isExactlyRight(q, p.selected),
	restore(q, saved) {
		const selected = [
			...new Set(
				strings(
					saved.selected,
					q.choices.map((c) => c.id)
				)
			),
		];
		return {
			type: 'pilihan-ganda',
			selected,
			checked: saved.checked === true && selected.length > 0,
		};
	},
	feedback(q, p): Feedback | null {
		if (!p.checked) return null;
		const right = isExactlyRight(q, p.selected);
		const missed = q.choices.filter((c) => c.correct && !p.selected.includes(c.id)).length;
		const extra = p.selected.filter((id) => !q.choices.find((c) => c.id === id)?.correct).length;
		return {
			verdict: right ? 'tepat' : 'coba-lagi',
			text: '',
			missed,
			extra,
			answer: q.choices
				.filter((c) => p.selected.includes(c.id))
				.map((c) => c.text)
				.join(', '),
		};
	},
};
