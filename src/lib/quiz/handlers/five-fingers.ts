import type { FiveFingersQuestion, ProgressByType, QuestionHandler } from '../types';

type Progress = ProgressByType['lima-jari'];

export const FINGERS = 5;
/** Longest name kept for one finger, in characters. */
export const NAME_MAX = 40;

/** A name cut to NAME_MAX characters, never inside an emoji or other two-part character. */
const cut = (name: string) => Array.from(name).slice(0, NAME_MAX).join('');

/** Five trusted adults: any number of names may be written; "done" always moves on. */
export const fiveFingers: QuestionHandler<FiveFingersQuestion, Progress> = {
	start: () => ({ type: 'lima-jari', names: Array<string>(FINGERS).fill(''), done: false }),
	apply(_q, p, action) {
		if (action.type === 'write-name') {
			if (!Number.isInteger(action.finger) || action.finger < 0 || action.finger >= FINGERS) {
				return p;
			}
			const names = [...p.names];
			names[action.finger] = cut(action.name);
			return { ...p, names };
		}
		if (action.type === 'hand-done') return { ...p, done: true };
		return p;
	},
	isSolved: (_q, p) => p.done,
	restore: (_q, saved) => ({
		type: 'lima-jari',
		names: Array.from({ length: FINGERS }, (_, i) => {
			const name = Array.isArray(saved.names) ? saved.names[i] : undefined;
			return typeof name === 'string' ? cut(name) : '';
		}),
		done: saved.done === true,
	}),
	feedback: (q, p) =>
		p.done
			? {
					verdict: 'selesai',
					text: q.feedback,
					answer: p.names.filter((n) => n.trim()).join(', '),
					audio: q.feedbackAudio,
				}
			: null,
};
