/**
 * Reads the parts of a lesson from its MDX source, without compiling it: the steps with their
 * minutes, the slides, the in-class quiz marker, the differentiation section and the child-facing
 * text (scripts read aloud and slides, teacher notes left out).
 */

export interface LessonParts {
	steps: { title: string; minutes: number }[];
	slides: { title: string; picture?: string; text: string }[];
	quizOnScreen: number;
	/** The `###` headings under `## Diferensiasi`. */
	differentiation: string[];
	/** Every script (`<Naskah>`) and slide body, teacher notes removed: what children hear and see. */
	childText: string[];
}

const attr = (tag: string, name: string) =>
	tag
		.match(new RegExp(`${name}=(?:"([^"]*)"|\\{(\\d+)\\})`))
		?.slice(1)
		.find((v) => v !== undefined);

/** The body of every `<Name …>…</Name>` block (not nested in itself), with its opening tag. */
function blocks(source: string, name: string): { tag: string; body: string }[] {
	const re = new RegExp(`(<${name}\\b[^>]*>)([\\s\\S]*?)</${name}>`, 'g');
	return [...source.matchAll(re)].map((m) => ({ tag: m[1]!, body: m[2]! }));
}

const withoutNotes = (text: string) => text.replace(/<Catatan>[\s\S]*?<\/Catatan>/g, '');

/** Markdown and MDX reduced to plain sentences. */
export function plainText(mdx: string): string {
	return mdx
		.replace(/<[^>]+>/g, ' ')
		.replace(/\*\*|__|`/g, '')
		.replace(/^\s*[-*]\s+/gm, '')
		.replace(/^#+\s+/gm, '')
		.replace(/\s+\n/g, '\n')
		.trim();
}

export function lessonParts(source: string): LessonParts {
	const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
	const steps = blocks(body, 'Langkah').map(({ tag }) => ({
		title: attr(tag, 'judul') ?? '',
		minutes: Number(attr(tag, 'menit') ?? Number.NaN),
	}));
	const slides = blocks(body, 'Tayangan').map(({ tag, body: inner }) => ({
		title: attr(tag, 'judul') ?? '',
		picture: attr(tag, 'gambar'),
		text: plainText(withoutNotes(inner)),
	}));
	const diff = body.split(/^## Diferensiasi\s*$/m)[1]?.split(/^## /m)[0] ?? '';
	return {
		steps,
		slides,
		quizOnScreen: (body.match(/<KuisDiLayar\b/g) ?? []).length,
		differentiation: [...diff.matchAll(/^### (.+)$/gm)].map((m) => m[1]!.trim()),
		childText: [
			...blocks(body, 'Naskah').map((b) => plainText(b.body)),
			...slides.flatMap((s) => [s.title, s.text]),
		].filter(Boolean),
	};
}
