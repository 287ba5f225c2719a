import { describe, expect, it } from 'vitest';
import { currentScene, scenario } from '../../../../../src/lib/quiz/handlers/scenario';
import type { AnswerAction, ScenarioQuestion } from '../../../../../src/lib/quiz/types';
import { makeScenarioQuestion } from '../../../../helpers/quiz-builders';

/*
 * mulai ──tolak──▶ pergi ──cerita──────▶ aman (ending)
 *                    └──cerita-teman──▶ teman ──ke-guru──▶ aman
 * Choices without an arrow (ikut, diam, tunggu) keep the child in the scene.
 */
const q = makeScenarioQuestion('sk', {
	mulai: { ikut: null, tolak: 'pergi' },
	pergi: { diam: null, cerita: 'aman', 'cerita-teman': 'teman' },
	teman: { tunggu: null, 'ke-guru': 'aman' },
	aman: {},
});
const choose = (choiceId: string): AnswerAction => ({ type: 'choose', choiceId });
const run = (...actions: AnswerAction[]) =>
	actions.reduce((p, action) => scenario.apply(q, p, action), scenario.start(q));

describe('scenario', () => {
	it('starts in the first scene, unsolved and silent', () => {
		const p = scenario.start(q);
		expect(p).toEqual({ type: 'skenario', path: ['mulai'], lastChoice: null });
		expect(currentScene(q, p).id).toBe('mulai');
		expect(scenario.isSolved(q, p)).toBe(false);
		expect(scenario.feedback(q, p)).toBeNull();
	});

	it('keeps the child in the scene after a choice without next, with "coba-lagi"', () => {
		const p = run(choose('ikut'));
		expect(p).toEqual({
			type: 'skenario',
			path: ['mulai'],
			lastChoice: { scene: 'mulai', choice: 'ikut' },
		});
		expect(scenario.feedback(q, p)).toEqual({
			verdict: 'coba-lagi',
			text: 'Alasan ikut.',
			answer: 'Pilihan ikut',
			audio: undefined,
		});
	});

	it('moves on along a safe choice, with "tepat"', () => {
		const p = run(choose('ikut'), choose('tolak'));
		expect(p.path).toEqual(['mulai', 'pergi']);
		expect(currentScene(q, p).id).toBe('pergi');
		expect(p.lastChoice).toEqual({ scene: 'mulai', choice: 'tolak' });
		expect(scenario.feedback(q, p)).toMatchObject({ verdict: 'tepat', text: 'Alasan tolak.' });
		expect(scenario.isSolved(q, p)).toBe(false);
	});

	it('only offers the choices of the current scene', () => {
		const inPergi = run(choose('tolak'));
		expect(scenario.apply(q, inPergi, choose('ikut'))).toBe(inPergi);
		expect(scenario.apply(q, inPergi, choose('tolak'))).toBe(inPergi);
		expect(scenario.apply(q, inPergi, choose('ke-guru'))).toBe(inPergi);
	});

	it('is solved at an ending, by either path, and then ignores choices', () => {
		const direct = run(choose('tolak'), choose('cerita'));
		expect(direct.path).toEqual(['mulai', 'pergi', 'aman']);
		expect(scenario.isSolved(q, direct)).toBe(true);
		expect(scenario.apply(q, direct, choose('cerita'))).toBe(direct);

		const viaFriend = run(
			choose('tolak'),
			choose('cerita-teman'),
			choose('tunggu'),
			choose('ke-guru')
		);
		expect(viaFriend.path).toEqual(['mulai', 'pergi', 'teman', 'aman']);
		expect(scenario.isSolved(q, viaFriend)).toBe(true);
	});

	it('ignores unknown choices and actions of other question types', () => {
		const p = run(choose('ikut'));
		const others: AnswerAction[] = [
			choose('lari'),
			{ type: 'toggle', choiceId: 'tolak' },
			{ type: 'pick-step', stepId: 'tolak' },
			{ type: 'feel', feeling: 'takut' },
		];
		for (const action of others) expect(scenario.apply(q, p, action), action.type).toBe(p);
	});

	it('falls back to the first scene when the path names no known scene', () => {
		expect(currentScene(q, { type: 'skenario', path: ['gone'], lastChoice: null }).id).toBe(
			'mulai'
		);
		expect(currentScene(q, { type: 'skenario', path: [], lastChoice: null }).id).toBe('mulai');
	});

	it('passes the recording of the reason along', () => {
		const withAudio: ScenarioQuestion = {
			...q,
			scenes: q.scenes.map((s) => ({
				...s,
				choices: s.choices?.map((c) => ({ ...c, feedbackAudio: `kuis/${c.id}.mp3` })),
			})),
		};
		const p = scenario.apply(withAudio, scenario.start(withAudio), choose('tolak'));
		expect(scenario.feedback(withAudio, p)?.audio).toBe('kuis/tolak.mp3');
	});

	describe('restore', () => {
		it('keeps a path that is a real walk from the first scene, and its last choice', () => {
			const saved = {
				type: 'skenario',
				path: ['mulai', 'pergi', 'teman'],
				lastChoice: { scene: 'pergi', choice: 'cerita-teman' },
			};
			expect(scenario.restore(q, saved)).toEqual(saved);
		});

		it('restores a walk to an ending as solved', () => {
			const p = scenario.restore(q, { path: ['mulai', 'pergi', 'aman'] });
			expect(scenario.isSolved(q, p!)).toBe(true);
		});

		it('goes back to the first scene when the path is not a valid walk', () => {
			const start = scenario.start(q);
			const bad = [
				['mulai', 'aman'], // skips a scene
				['pergi', 'aman'], // does not begin at the start
				['mulai', 'pergi', 'mulai'], // no choice leads back
				['mulai', 'gone'],
				[],
			];
			for (const path of bad) {
				expect(
					scenario.restore(q, { path, lastChoice: { scene: 'mulai', choice: 'tolak' } }),
					path.join('>')
				).toEqual(start);
			}
			expect(scenario.restore(q, { path: 'mulai' })).toEqual(start);
			expect(scenario.restore(q, {})).toEqual(start);
		});

		it('drops a last choice that does not exist in its scene or has the wrong shape', () => {
			const path = ['mulai', 'pergi'];
			for (const lastChoice of [
				{ scene: 'mulai', choice: 'cerita' },
				{ scene: 'gone', choice: 'tolak' },
				{ scene: 'aman', choice: 'tolak' },
				'mulai:tolak',
				['mulai', 'tolak'],
				null,
			]) {
				expect(scenario.restore(q, { path, lastChoice }), JSON.stringify(lastChoice)).toEqual({
					type: 'skenario',
					path,
					lastChoice: null,
				});
			}
		});
	});
});
