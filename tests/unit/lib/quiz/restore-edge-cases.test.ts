import { describe, expect, it } from 'vitest';
import { getPicture } from '../../../../src/lib/pictures/registry';
import { fiveFingers } from '../../../../src/lib/quiz/handlers/five-fingers';
import { multiChoice } from '../../../../src/lib/quiz/handlers/multi-choice';
import { scenario } from '../../../../src/lib/quiz/handlers/scenario';
import { singleChoice } from '../../../../src/lib/quiz/handlers/single-choice';
import { isIndonesian } from '../../../../src/lib/speech/pick-voice';
import {
	makeChoiceQuestion,
	makeFiveFingersQuestion,
	makeMultiChoiceQuestion,
	makeScenarioQuestion,
} from '../../../helpers/quiz-builders';

describe('saved progress edited or damaged since', () => {
	it('keeps no pick after the safe answer, so a solved question never shows "try again"', () => {
		const q = makeChoiceQuestion('q', ['a', 'b'], 'b');
		const p = singleChoice.restore(q, { type: 'pilihan', picks: ['a', 'b', 'a'] })!;
		expect(p.picks).toEqual(['a', 'b']);
		expect(singleChoice.feedback(q, p)?.verdict).toBe('tepat');
	});

	it('shows no check when none of the ticked choices exists any more', () => {
		const q = makeMultiChoiceQuestion('q', ['a', 'b', 'c'], ['a']);
		const p = multiChoice.restore(q, { type: 'pilihan-ganda', selected: ['zzz'], checked: true })!;
		expect(p).toEqual({ type: 'pilihan-ganda', selected: [], checked: false });
		expect(multiChoice.feedback(q, p)).toBeNull();
	});

	it('drops a story choice from a scene the child never reached', () => {
		const q = makeScenarioQuestion('s', {
			mulai: { pergi: 'jalan', diam: null },
			jalan: { cerita: 'akhir' },
			akhir: {},
		});
		const saved = {
			type: 'skenario',
			path: ['mulai'],
			lastChoice: { scene: 'jalan', choice: 'cerita' },
		};
		expect(scenario.restore(q, saved)!.lastChoice).toBeNull();
		const reached = { ...saved, path: ['mulai', 'jalan'] };
		expect(scenario.restore(q, reached)!.lastChoice).toEqual({ scene: 'jalan', choice: 'cerita' });
	});

	it('cuts a long name between characters, never inside an emoji', () => {
		const q = makeFiveFingersQuestion('h');
		const name = `${'a'.repeat(39)}😀😀`;
		const p = fiveFingers.apply(q, fiveFingers.start(q), { type: 'write-name', finger: 0, name });
		expect(p.names[0]).toBe(`${'a'.repeat(39)}😀`);
		expect(p.names[0]!.isWellFormed()).toBe(true);
	});
});

describe('pictures and voices', () => {
	it('draws a mirrored icon mirrored, not as its original', () => {
		const right = getPicture('backhand-index-pointing-right')!;
		const left = getPicture('backhand-index-pointing-left')!;
		expect(right.body).not.toBe(left.body);
		expect(right.body).toContain('scale(-1 1)');
		expect(right.body).toContain(left.body);
	});

	it('accepts the three-letter code for Indonesian', () => {
		expect(isIndonesian({ lang: 'ind', name: 'x' })).toBe(true);
		expect(isIndonesian({ lang: 'ind-IDN', name: 'x' })).toBe(true);
	});
});
