/** The shape of a story scene that the class view needs. */
export interface PathScene {
	id: string;
	choices?: readonly { id: string; next?: string }[];
}

/**
 * The scenes a class walks through in a `skenario`, one slide each: from the first scene, always
 * along the first choice that leads on (a safe choice; choices that are not safe have no `next`),
 * to an ending. Stops at a scene already visited, so a malformed story cannot loop forever (the
 * schema rejects loops anyway).
 */
export function safePath<S extends PathScene>(scenes: readonly S[]): S[] {
	const byId = new Map(scenes.map((s) => [s.id, s]));
	const path: S[] = [];
	const seen = new Set<string>();
	let scene = scenes[0];
	while (scene && !seen.has(scene.id)) {
		path.push(scene);
		seen.add(scene.id);
		const next = scene.choices?.find((c) => c.next && byId.has(c.next))?.next;
		scene = next ? byId.get(next) : undefined;
	}
	return path;
}

/** The choices of a scene that lead on along the story (the safe ones). */
export function safeChoiceIds(scene: PathScene): string[] {
	return (scene.choices ?? []).filter((c) => c.next).map((c) => c.id);
}
