import { isObject, strings } from './restore-helpers';
import type { ProgressByType, QuestionHandler, ScenarioQuestion } from '../types';

type Progress = ProgressByType['skenario'];

/** The scene on screen: the last one visited. */
export function currentScene(q: ScenarioQuestion, p: Progress) {
	return q.scenes.find((s) => s.id === p.path.at(-1)) ?? q.scenes[0]!;
}

/**
 * A branching story: a safe choice leads to the next scene; any other choice shows its reason and
 * the child chooses again. The question is done at an ending. There is no "game over".
 */
export const scenario: QuestionHandler<ScenarioQuestion, Progress> = {
	start: (q) => ({ type: 'skenario', path: [q.scenes[0]!.id], lastChoice: null }),
	apply(q, p, action) {
		if (action.type !== 'choose') return p;
		const scene = currentScene(q, p);
		const choice = scene.choices?.find((c) => c.id === action.choiceId);
		if (!choice) return p;
		const lastChoice = { scene: scene.id, choice: choice.id };
		const next = choice.next && q.scenes.some((s) => s.id === choice.next) ? choice.next : null;
		return { ...p, path: next ? [...p.path, next] : p.path, lastChoice };
	},
	isSolved: (q, p) => !currentScene(q, p).choices?.length,
	restore(q, saved) {
		const path = strings(saved.path);
		const valid =
			path[0] === q.scenes[0]?.id &&
			path.every(
				(id, i) =>
					i === 0 || q.scenes.find((s) => s.id === path[i - 1])?.choices?.some((c) => c.next === id)
			);
		const last = isObject(saved.lastChoice) ? saved.lastChoice : {};
		const lastScene = q.scenes.find((s) => s.id === last.scene);
		const lastChoice =
			valid &&
			path.includes(lastScene?.id ?? '') &&
			lastScene?.choices?.some((c) => c.id === last.choice)
				? { scene: lastScene.id, choice: last.choice as string }
				: null;
		return { type: 'skenario', path: valid ? path : [q.scenes[0]!.id], lastChoice };
	},
	feedback(q, p) {
		if (!p.lastChoice) return null;
		const scene = q.scenes.find((s) => s.id === p.lastChoice!.scene);
		const choice = scene?.choices?.find((c) => c.id === p.lastChoice!.choice);
		if (!choice) return null;
		return {
			verdict: choice.next ? 'tepat' : 'coba-lagi',
			text: choice.feedback,
			answer: choice.text,
			audio: choice.feedbackAudio,
		};
	},
};
