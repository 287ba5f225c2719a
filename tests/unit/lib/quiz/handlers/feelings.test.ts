import { describe, expect, it } from 'vitest';
import { feelings } from '../../../../../src/lib/quiz/handlers/feelings';
import type { AnswerAction, FeelingsQuestion } from '../../../../../src/lib/quiz/types';
import { makeFeelingsQuestion } from '../../../../helpers/quiz-builders';

const q = makeFeelingsQuestion('p', ['senang', 'takut', 'bingung']);
const feel = (feeling: string): AnswerAction => ({ type: 'feel', feeling });

describe('feelings', () => {
	it('starts with no face picked, unsolved and silent', () => {
		const p = feelings.start(q);
		expect(p).toEqual({ type: 'perasaan', picked: null });
		expect(feelings.isSolved(q, p)).toBe(false);
		expect(feelings.feedback(q, p)).toBeNull();
	});

	it('accepts any offered feeling with "diterima" and its words', () => {
		for (const feeling of ['senang', 'takut', 'bingung']) {
			const p = feelings.apply(q, feelings.start(q), feel(feeling));
			expect(p.picked).toBe(feeling);
			expect(feelings.isSolved(q, p)).toBe(true);
			expect(feelings.feedback(q, p)).toEqual({
				verdict: 'diterima',
				text: `Kata untuk ${feeling}.`,
				answer: feeling,
				audio: undefined,
			});
		}
	});

	it('lets the child pick another face after answering, to hear its words too', () => {
		const first = feelings.apply(q, feelings.start(q), feel('takut'));
		const second = feelings.apply(q, first, feel('bingung'));
		expect(second.picked).toBe('bingung');
		expect(feelings.feedback(q, second)?.text).toBe('Kata untuk bingung.');
	});

	it('ignores feelings the question does not offer and actions of other types', () => {
		const p = feelings.apply(q, feelings.start(q), feel('takut'));
		const others: AnswerAction[] = [
			feel('marah'),
			feel('gembira'),
			{ type: 'choose', choiceId: 'senang' },
			{ type: 'toggle', choiceId: 'senang' },
			{ type: 'hand-done' },
		];
		for (const action of others) expect(feelings.apply(q, p, action), action.type).toBe(p);
	});

	it('passes the recording of the words along', () => {
		const withAudio: FeelingsQuestion = {
			...q,
			feelings: q.feelings.map((f) => ({ ...f, feedbackAudio: `kuis/${f.feeling}.mp3` })),
		};
		const p = feelings.apply(withAudio, feelings.start(withAudio), feel('senang'));
		expect(feelings.feedback(withAudio, p)?.audio).toBe('kuis/senang.mp3');
	});

	describe('restore', () => {
		it('keeps a feeling the question still offers', () => {
			expect(feelings.restore(q, { type: 'perasaan', picked: 'takut' })).toEqual({
				type: 'perasaan',
				picked: 'takut',
			});
		});

		it('drops a feeling no longer offered, or a value of the wrong shape', () => {
			for (const picked of ['marah', 'zzz', 3, ['takut'], null, undefined]) {
				expect(feelings.restore(q, { picked }), String(picked)).toEqual(feelings.start(q));
			}
		});
	});
});
