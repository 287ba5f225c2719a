import { isEnding } from '../quiz/scenario-graph';

interface SceneLike {
	id: string;
	choices?: readonly { id: string; next?: string }[];
}

/** One scene on the printed story, with the ids of its safe choices (those that lead on). */
export interface PathScene<S extends SceneLike> {
	scene: S;
	safe: string[];
}

/**
 * The story a paper sheet tells: from the first scene, always along the first choice that leads on
 * (a choice with `next` is a safe one), up to an ending. Returns the scenes in reading order; the
 * last is the ending. Stops at a scene already told, so malformed data cannot loop.
 */
export function safePath<S extends SceneLike>(scenes: readonly S[]): PathScene<S>[] {
	const byId = new Map(scenes.map((s) => [s.id, s]));
	const path: PathScene<S>[] = [];
	const told = new Set<string>();
	let scene = scenes[0];
	while (scene && !told.has(scene.id)) {
		told.add(scene.id);
		const leading = (scene.choices ?? []).filter((c) => c.next && byId.has(c.next));
		path.push({ scene, safe: leading.map((c) => c.id) });
		if (isEnding(scene) || leading.length === 0) break;
		scene = byId.get(leading[0]!.next!);
	}
	return path;
}
