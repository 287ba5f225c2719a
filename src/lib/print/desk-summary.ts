import { plainText } from '../curriculum/lesson-parts';

/**
 * The teacher's desk summary of a lesson, read from its MDX source without compiling it: each step
 * with its minutes, its activities, and the few lines the children see and hear (the first sentence
 * of each slide).
 */
export interface DeskStep {
	title: string;
	minutes: number;
	activities: string[];
	lines: string[];
}

/** Lines to say per step: enough to teach from, few enough for one sheet. */
export const LINES_PER_STEP = 3;

const attr = (tag: string, name: string) =>
	tag
		.match(new RegExp(`${name}=(?:"([^"]*)"|\\{(\\d+)\\})`))
		?.slice(1)
		.find((v) => v !== undefined);

function firstSentence(text: string): string {
	const line = text.split('\n').find((l) => l.trim()) ?? '';
	return (line.match(/^.*?[.!?](?=\s|$)/)?.[0] ?? line).trim();
}

export function deskSteps(source: string): DeskStep[] {
	const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
	return [...body.matchAll(/(<Langkah\b[^>]*>)([\s\S]*?)<\/Langkah>/g)].map(([, tag, inner]) => {
		const activities = [...inner!.matchAll(/\*\*(Kegiatan \d+: [^*]+?)\.?\*\*/g)].map((m) =>
			m[1]!.trim()
		);
		const lines = [...inner!.matchAll(/<Tayangan\b[^>]*>([\s\S]*?)<\/Tayangan>/g)]
			.map((m) => firstSentence(plainText(m[1]!.replace(/<Catatan>[\s\S]*?<\/Catatan>/g, ''))))
			.filter(Boolean)
			.slice(0, LINES_PER_STEP);
		return {
			title: attr(tag!, 'judul') ?? '',
			minutes: Number(attr(tag!, 'menit') ?? Number.NaN),
			activities,
			lines,
		};
	});
}

/** The teacher's notes of a handout (`<Catatan>` blocks), as plain text. */
export function teacherNotes(source: string): string[] {
	return [...source.matchAll(/<Catatan>([\s\S]*?)<\/Catatan>/g)]
		.map((m) => plainText(m[1]!).replace(/\s*\n\s*/g, ' '))
		.filter(Boolean);
}

/** The bold lead of each numbered step of the "Jika anak bercerita" card ("Tetap tenang."). */
export function disclosureSteps(source: string): string[] {
	return [...source.matchAll(/^\d+\.\s+\*\*([^*]+)\*\*/gm)].map((m) => m[1]!.trim());
}
