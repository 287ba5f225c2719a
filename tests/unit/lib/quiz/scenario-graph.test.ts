import { describe, expect, it } from 'vitest';
import {
	isEnding,
	scenarioProblems,
	type SceneLinks,
} from '../../../../src/lib/quiz/scenario-graph';

/** Scenes as `{ sceneId: { choiceId: next | null } }`; `{}` is an ending. */
function scenes(links: Record<string, Record<string, string | null>>): SceneLinks[] {
	return Object.entries(links).map(([id, choices]) => {
		const list = Object.entries(choices).map(([choice, next]) =>
			next === null ? { id: choice } : { id: choice, next }
		);
		return list.length > 0 ? { id, choices: list } : { id };
	});
}

describe('scenarioProblems', () => {
	it('finds nothing wrong in a story with two endings and choices that stay put', () => {
		const story = scenes({
			mulai: { ikut: null, tolak: 'pergi', lari: 'akhir-lari' },
			pergi: { diam: null, cerita: 'akhir-cerita' },
			'akhir-lari': {},
			'akhir-cerita': {},
		});
		expect(scenarioProblems(story)).toEqual([]);
	});

	it('does not mistake two paths into the same scene for a loop', () => {
		const diamond = scenes({
			mulai: { kiri: 'a', kanan: 'b' },
			a: { terus: 'akhir' },
			b: { terus: 'akhir' },
			akhir: {},
		});
		expect(scenarioProblems(diamond)).toEqual([]);
	});

	it('reports a choice leading to a scene that does not exist', () => {
		const story = scenes({ mulai: { tolak: 'akhir', cerita: 'hilang' }, akhir: {} });
		expect(scenarioProblems(story)).toEqual([
			{ kind: 'unknown-next', scene: 'mulai', choice: 'cerita', next: 'hilang' },
		]);
	});

	it('reports a scene that cannot go on when its only way on leads nowhere', () => {
		const story = scenes({ mulai: { cerita: 'hilang' }, akhir: {} });
		expect(scenarioProblems(story)).toEqual(
			expect.arrayContaining([
				{ kind: 'unknown-next', scene: 'mulai', choice: 'cerita', next: 'hilang' },
				{ kind: 'no-way-on', scene: 'mulai' },
			])
		);
	});

	it('reports a scene nobody can reach from the first one', () => {
		const story = scenes({
			mulai: { tolak: 'akhir' },
			lain: { cerita: 'akhir' },
			akhir: {},
		});
		expect(scenarioProblems(story)).toEqual([{ kind: 'unreachable', scene: 'lain' }]);
	});

	it('reports a scene whose every choice stays put', () => {
		const story = scenes({
			mulai: { tolak: 'tengah', lari: 'akhir' },
			tengah: { diam: null, tunggu: null },
			akhir: {},
		});
		expect(scenarioProblems(story)).toEqual([{ kind: 'no-way-on', scene: 'tengah' }]);
	});

	it('reports a loop back to an earlier scene, and a scene leading to itself', () => {
		const back = scenes({
			mulai: { tolak: 'tengah' },
			tengah: { ulang: 'mulai', cerita: 'akhir' },
			akhir: {},
		});
		expect(scenarioProblems(back)).toEqual([{ kind: 'loop', scene: 'mulai' }]);
		const self = scenes({ mulai: { ulang: 'mulai', cerita: 'akhir' }, akhir: {} });
		expect(scenarioProblems(self)).toEqual([{ kind: 'loop', scene: 'mulai' }]);
	});

	it('has nothing to say about no scenes at all', () => {
		expect(scenarioProblems([])).toEqual([]);
	});
});

describe('isEnding', () => {
	it('is true for a scene without choices only', () => {
		expect(isEnding({ id: 'akhir' })).toBe(true);
		expect(isEnding({ id: 'akhir', choices: [] })).toBe(true);
		expect(isEnding({ id: 'mulai', choices: [{ id: 'diam' }] })).toBe(false);
	});
});
