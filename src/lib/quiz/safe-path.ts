/** The shape of a story scene that the safe path needs. */
export interface StoryScene {
	id: string;
	choices?: readonly { id: string; next?: string }[];
}

/** The choices of a scene that lead on along the story: the safe ones (a choice that is not safe has no `next`). */
export function safeChoices<C extends { next?: string }>(scene: { choices?: readonly C[] }): C[] {
	return (scene.choices ?? []).filter((c) => c.next);
}

/** The ids of a scene's safe choices. */
export const safeChoiceIds = (scene: StoryScene): string[] => safeChoices(scene).map((c) => c.id);

/**
 * The story as it goes when every choice is safe: from the first scene, always along the first
 * choice that leads on, to an ending. The class screen shows it one slide a scene, paper prints it,
 * and the answer key reads it. Stops at a scene already told, so a malformed story cannot loop (the
 * schema rejects loops anyway).
 */
export function safePath<S extends StoryScene>(scenes: readonly S[]): S[] {
	const byId = new Map(scenes.map((s) => [s.id, s]));
	const path: S[] = [];
	const told = new Set<string>();
	let scene = scenes[0];
	while (scene && !told.has(scene.id)) {
		path.push(scene);
		told.add(scene.id);
		const next = safeChoices(scene).find((c) => byId.has(c.next!))?.next;
		scene = next ? byId.get(next) : undefined;
	}
	return path;
}
