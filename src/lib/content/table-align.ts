import type { Element, Root, RootContent } from 'hast';

/**
 * A Markdown table's column alignment (`| :--: |`) would reach the page as `style="text-align:…"`,
 * which the site's Content-Security-Policy blocks. This rehype step turns it into a class
 * (`align-left`, `align-center`, `align-right`) that the site's stylesheet styles instead.
 */
export function rehypeTableAlign() {
	return (tree: Root) => {
		visit(tree);
	};
}

const CELLS = new Set(['td', 'th']);
const ALIGNMENTS = new Set(['left', 'center', 'right']);

function visit(node: Root | RootContent): void {
	if (node.type === 'element') moveAlign(node);
	if ('children' in node) for (const child of node.children) visit(child);
}

function moveAlign(el: Element): void {
	if (!CELLS.has(el.tagName)) return;
	const align = el.properties.align;
	if (align === undefined || align === null) return;
	delete el.properties.align;
	if (typeof align !== 'string' || !ALIGNMENTS.has(align)) return;
	const existing = el.properties.className;
	const classes = Array.isArray(existing) ? existing.map(String) : existing ? [String(existing)] : [];
	el.properties.className = [...classes, `align-${align}`];
}
