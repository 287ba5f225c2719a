import type { ProtocolStep } from '../../schemas/protocol';

/** The ids a step leads to: its `next`, or both branches of a decision. */
export function nextIds(step: ProtocolStep): string[] {
	return step.kind === 'keputusan' ? [step.yes.next, step.no.next] : step.next ? [step.next] : [];
}

/**
 * Problems that make a protocol unsafe to follow, as Indonesian sentences for authors: duplicate
 * ids, arrows to missing steps, steps nobody reaches, loops, and paths that never end.
 */
export function checkProtocol(steps: readonly ProtocolStep[]): string[] {
	const problems: string[] = [];
	const byId = new Map(steps.map((s) => [s.id, s]));
	if (byId.size !== steps.length) problems.push('Ada id langkah yang dipakai lebih dari sekali.');
	for (const step of steps) {
		for (const id of nextIds(step)) {
			if (!byId.has(id)) problems.push(`Langkah "${step.id}" menunjuk ke "${id}", yang tidak ada.`);
		}
	}
	if (problems.length > 0 || steps.length === 0) return problems;

	const reached = new Set<string>();
	const visit = (id: string, path: string[]) => {
		if (path.includes(id)) {
			problems.push(`Alur berputar kembali: ${[...path, id].join(' → ')}.`);
			return;
		}
		if (reached.has(id)) return;
		reached.add(id);
		for (const next of nextIds(byId.get(id)!)) visit(next, [...path, id]);
	};
	visit(steps[0]!.id, []);
	for (const step of steps) {
		if (!reached.has(step.id))
			problems.push(`Langkah "${step.id}" tidak bisa dicapai dari langkah pertama.`);
	}
	if (!steps.some((s) => nextIds(s).length === 0)) problems.push('Tidak ada langkah terakhir.');
	return problems;
}

/**
 * Paths from the first step to a final step that never pass a step for which `passes` holds, e.g.
 * a disclosure path with no medical-care step. Each path is the list of its step ids; none means
 * every way through the protocol meets such a step. Assumes a protocol `checkProtocol` accepts.
 */
export function pathsWithout(
	steps: readonly ProtocolStep[],
	passes: (step: ProtocolStep) => boolean
): string[][] {
	const byId = new Map(steps.map((s) => [s.id, s]));
	const found: string[][] = [];
	const walk = (id: string, path: string[]) => {
		const step = byId.get(id);
		if (!step || path.includes(id) || passes(step)) return;
		const next = nextIds(step);
		if (next.length === 0) found.push([...path, id]);
		for (const n of next) walk(n, [...path, id]);
	};
	if (steps[0]) walk(steps[0].id, []);
	return found;
}
