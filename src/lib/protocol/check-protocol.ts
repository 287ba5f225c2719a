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
