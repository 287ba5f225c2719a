import type { Cast } from '../../schemas/cast';
import type { PerpetratorRole } from '../../schemas/perpetrator';

/** Roles of known and respected adults: each track must show at least one of each group hurting. */
export const RESPECTED_GROUPS: readonly (readonly PerpetratorRole[])[] = [
	['keluarga'],
	['guru', 'guru-ngaji'],
];

/** How many stories of a track may show the same child being hurt. */
export const MAX_STORIES_PER_CHILD = 2;

/**
 * What a track's cast gets wrong: respected adults never shown hurting, no character with a
 * disability, stories naming people who are not in the cast or not in that role, a child who is
 * always the one hurt. `quizRoles` are the `pelaku` tags of the track's quiz questions and scenes.
 */
export function castProblems(cast: Cast, quizRoles: readonly PerpetratorRole[] = []): string[] {
	const problems: string[] = [];
	const byName = new Map(cast.tokoh.map((t) => [t.nama, t]));
	const roles = new Set<PerpetratorRole>([
		...quizRoles,
		...cast.tokoh.flatMap((t) => (t.pelaku ? [t.pelaku] : [])),
	]);
	for (const group of RESPECTED_GROUPS) {
		if (!group.some((role) => roles.has(role))) {
			problems.push(`${cast.track}: tidak ada pelaku ${group.join(' atau ')} di cerita atau kuis.`);
		}
	}
	if (!cast.tokoh.some((t) => t.disabilitas)) {
		problems.push(`${cast.track}: belum ada tokoh dengan disabilitas.`);
	}
	const seen = new Set<string>();
	for (const t of cast.tokoh) {
		if (seen.has(t.nama)) problems.push(`${cast.track}: "${t.nama}" tertulis dua kali.`);
		seen.add(t.nama);
	}
	const victims = new Map<string, number>();
	for (const story of cast.cerita) {
		if (byName.get(story.pelaku)?.peran !== 'menyakiti') {
			problems.push(`${cast.track}, ${story.di}: "${story.pelaku}" bukan tokoh yang menyakiti.`);
		}
		if (byName.get(story.korban)?.peran !== 'anak') {
			problems.push(`${cast.track}, ${story.di}: "${story.korban}" bukan tokoh anak.`);
		}
		victims.set(story.korban, (victims.get(story.korban) ?? 0) + 1);
	}
	for (const [name, count] of victims) {
		if (count > MAX_STORIES_PER_CHILD) {
			problems.push(
				`${cast.track}: ${name} disakiti di ${count} cerita (paling banyak ${MAX_STORIES_PER_CHILD}); gilir tokohnya.`
			);
		}
	}
	return problems;
}

/** Names used for a trusted adult in one place and for someone who hurts in another, across casts. */
export function conflictingNames(casts: readonly Cast[]): string[] {
	const roles = new Map<string, Set<string>>();
	for (const cast of casts) {
		for (const t of cast.tokoh) {
			// "Om Joko" and "Pak Joko" are the same name to a child: compare the name without the title.
			const name = t.nama.split(' ').at(-1)!;
			roles.set(name, new Set([...(roles.get(name) ?? []), t.peran]));
		}
	}
	return [...roles.entries()]
		.filter(([, set]) => set.has('menyakiti') && set.size > 1)
		.map(([name, set]) => `"${name}" dipakai sebagai ${[...set].sort().join(' dan ')}.`)
		.sort();
}
