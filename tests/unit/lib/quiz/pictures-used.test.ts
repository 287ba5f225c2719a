import { describe, expect, it } from 'vitest';
import {
	END_PICTURE,
	HAND_PICTURE,
	picturesUsed,
	quizPictures,
} from '../../../../src/lib/quiz/pictures-used';
import type { Question } from '../../../../src/lib/quiz/types';
import {
	makeChoiceQuestion,
	makeFeelingsQuestion,
	makeFiveFingersQuestion,
	makeMultiChoiceQuestion,
	makeOrderQuestion,
	makeScenarioQuestion,
	makeSortQuestion,
} from '../../../helpers/quiz-builders';

/** Gives the first item of `list` the picture `name`. */
function firstWith<T extends object>(list: readonly T[], name: string): T[] {
	return list.map((item, i) => (i === 0 ? { ...item, picture: name } : item));
}

describe('picturesUsed', () => {
	it('is empty for questions without pictures', () => {
		expect(picturesUsed([makeChoiceQuestion('q', ['a', 'b'], 'a')])).toEqual([]);
	});

	it('collects the pictures of every question type and their items, sorted, once each', () => {
		const choice = makeChoiceQuestion('q1', ['a', 'b'], 'a');
		const multi = makeMultiChoiceQuestion('q2', ['a', 'b', 'c'], ['a']);
		const sort = makeSortQuestion('q3', { tos: 'boleh', rahasia: 'tidak-boleh' });
		const order = makeOrderQuestion('q4', ['tolak', 'pergi']);
		const story = makeScenarioQuestion('q5', { mulai: { tolak: 'akhir' }, akhir: {} });
		const questions: Question[] = [
			{ ...choice, picture: 'raised-hand', choices: firstWith(choice.choices, 'door') },
			{ ...multi, choices: firstWith(multi.choices, 'mobile-phone') },
			{
				...sort,
				groups: firstWith(sort.groups, 'check-mark-button'),
				cards: firstWith(sort.cards, 'wrapped-gift'),
			},
			{ ...order, steps: firstWith(order.steps, 'anak-baju-renang') },
			{
				...story,
				scenes: story.scenes.map((scene) => ({
					...scene,
					picture: `scene-${scene.id}`,
					...(scene.choices ? { choices: firstWith(scene.choices, 'shower') } : {}),
				})),
			},
			{ ...makeFeelingsQuestion('q6', ['senang', 'sedih']), picture: 'thinking-face' },
			{ ...makeFiveFingersQuestion('q7'), picture: 'raised-hand' },
		];
		expect(picturesUsed(questions)).toEqual([
			'anak-baju-renang',
			'check-mark-button',
			'door',
			'mobile-phone',
			'raised-hand',
			'scene-akhir',
			'scene-mulai',
			'shower',
			'thinking-face',
			'wrapped-gift',
		]);
	});
});

describe('quizPictures', () => {
	it('adds the faces, the open hand and the end celebration to what the questions name', () => {
		const questions: Question[] = [
			{ ...makeChoiceQuestion('q1', ['a', 'b'], 'a'), picture: 'door' },
			makeFeelingsQuestion('q2', ['senang', 'sedih']),
			makeFiveFingersQuestion('q3'),
		];
		expect(quizPictures(questions)).toEqual([
			'beaming-face-with-smiling-eyes',
			'crying-face',
			'door',
			HAND_PICTURE,
			END_PICTURE,
		]);
	});

	it('has no face or hand when the quiz asks for none, only the end celebration', () => {
		expect(quizPictures([makeChoiceQuestion('q', ['a', 'b'], 'a')])).toEqual([END_PICTURE]);
	});
});
