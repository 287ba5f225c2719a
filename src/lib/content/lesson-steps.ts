import {
	activityId,
	parseTimedLead,
	partId,
	type StepActivity,
	type StepPart,
} from '../curriculum/step-outline';

/**
 * The Markdown tree as this step reads it: only the fields it needs, so no MDX typings are
 * required (`<Langkah>` arrives as an `mdxJsxFlowElement` with `attributes`).
 */
interface TreeNode {
	type: string;
	name?: string | null;
	value?: unknown;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: TreeNode[];
	data?: { hProperties?: Record<string, unknown> } & Record<string, unknown>;
}

interface StepFile {
	data: { astro?: { frontmatter?: Record<string, unknown> } } & Record<string, unknown>;
}

/**
 * Gives every timed activity of a lesson ("**Kegiatan 1: … (7 menit).**" opening a paragraph inside
 * a `<Langkah>`) an anchor, and hands the lesson page the outline of its parts and activities as
 * the rendered frontmatter's `steps` (see `readOutline`). Pages without `<Langkah>` are left alone.
 */
export function remarkLessonSteps() {
	return (tree: TreeNode, file: StepFile) => {
		const taken = new Set<string>();
		const parts: StepPart[] = [];
		for (const langkah of findAll(tree, isLangkah)) {
			const title = stringAttribute(langkah, 'judul') ?? '';
			const id = partId(title);
			taken.add(id);
			parts.push({ id, title, minutes: numberAttribute(langkah, 'menit'), activities: [] });
		}
		if (parts.length === 0) return;
		let index = 0;
		for (const langkah of findAll(tree, isLangkah)) {
			const part = parts[index++];
			if (!part) break;
			// Only the part's own paragraphs: a lead inside a note or a slide times nothing.
			for (const paragraph of langkah.children ?? []) {
				if (paragraph.type !== 'paragraph') continue;
				const activity = timedActivity(paragraph, taken);
				if (!activity) continue;
				paragraph.data = {
					...paragraph.data,
					hProperties: { ...paragraph.data?.hProperties, id: activity.id },
				};
				part.activities.push(activity);
			}
		}
		file.data.astro ??= {};
		file.data.astro.frontmatter = { ...file.data.astro.frontmatter, steps: parts };
	};
}

const isLangkah = (node: TreeNode) => node.type === 'mdxJsxFlowElement' && node.name === 'Langkah';

/** Every node under `root` (not `root` itself) that `test` picks, in document order. */
function findAll(root: TreeNode, test: (node: TreeNode) => boolean): TreeNode[] {
	const found: TreeNode[] = [];
	for (const child of root.children ?? []) {
		if (test(child)) found.push(child);
		else found.push(...findAll(child, test));
	}
	return found;
}

function timedActivity(paragraph: TreeNode, taken: Set<string>): StepActivity | undefined {
	const lead = paragraph.children?.[0];
	if (lead?.type !== 'strong') return undefined;
	const timed = parseTimedLead(plainText(lead));
	return timed ? { id: activityId(timed.title, taken), ...timed } : undefined;
}

function plainText(node: TreeNode): string {
	if (typeof node.value === 'string') return node.value;
	return (node.children ?? []).map(plainText).join('');
}

function stringAttribute(node: TreeNode, name: string): string | undefined {
	const value = node.attributes?.find((a) => a.name === name)?.value;
	return typeof value === 'string' ? value : undefined;
}

/** `menit={22}` arrives as an expression whose source text is "22". */
function numberAttribute(node: TreeNode, name: string): number {
	const value = node.attributes?.find((a) => a.name === name)?.value;
	if (typeof value === 'string') return Number(value);
	if (typeof value === 'object' && value !== null && 'value' in value)
		return Number((value as { value: unknown }).value);
	return Number.NaN;
}
