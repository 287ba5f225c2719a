/** The shape of a branching story that the checks need: scenes and where their choices lead. */
export interface SceneLinks {
	id: string;
	choices?: readonly { id: string; next?: string }[];
}

export type ScenarioProblem =
	| { kind: 'unknown-next'; scene: string; choice: string; next: string }
	| { kind: 'unreachable'; scene: string }
	| { kind: 'no-way-on'; scene: string }
	| { kind: 'loop'; scene: string };

/**
 * Everything that would trap a child in a story: a choice leading nowhere, a scene nobody can
 * reach, a scene whose every choice stays put (no way on), and a loop (a path that never ends).
 * With none of these, every path from the first scene reaches an ending.
 */
export function scenarioProblems(scenes: readonly SceneLinks[]): ScenarioProblem[] {
	const problems: ScenarioProblem[] = [];
	const byId = new Map(scenes.map((s) => [s.id, s]));
	const edges = (scene: SceneLinks) =>
		(scene.choices ?? []).flatMap((c) => (c.next && byId.has(c.next) ? [c.next] : []));

	for (const scene of scenes) {
		for (const choice of scene.choices ?? []) {
			if (choice.next && !byId.has(choice.next)) {
				problems.push({
					kind: 'unknown-next',
					scene: scene.id,
					choice: choice.id,
					next: choice.next,
				});
			}
		}
		if (scene.choices && scene.choices.length > 0 && edges(scene).length === 0) {
			problems.push({ kind: 'no-way-on', scene: scene.id });
		}
	}

	const start = scenes[0];
	if (!start) return problems;
	const reached = new Set<string>();
	const onPath = new Set<string>();
	const looped = new Set<string>();
	const visit = (id: string) => {
		if (onPath.has(id)) {
			looped.add(id);
			return;
		}
		if (reached.has(id)) return;
		reached.add(id);
		onPath.add(id);
		const scene = byId.get(id);
		if (scene) edges(scene).forEach(visit);
		onPath.delete(id);
	};
	visit(start.id);
	for (const scene of scenes) {
		if (!reached.has(scene.id)) problems.push({ kind: 'unreachable', scene: scene.id });
	}
	for (const id of looped) problems.push({ kind: 'loop', scene: id });
	return problems;
}

/** Whether a scene ends the story. */
export const isEnding = (scene: SceneLinks) => !scene.choices || scene.choices.length === 0;
