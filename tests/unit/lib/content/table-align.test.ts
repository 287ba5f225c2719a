import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { rehypeTableAlign } from '../../../../src/lib/content/table-align';

const cell = (tagName: string, properties: Element['properties']): Element => ({
	type: 'element',
	tagName,
	properties,
	children: [],
});

function run(children: Element[]): [Element, Element] {
	const tree: Root = {
		type: 'root',
		children: [{ type: 'element', tagName: 'table', properties: {}, children }],
	};
	rehypeTableAlign()(tree);
	const cells = (tree.children[0] as Element).children as Element[];
	return [cells[0]!, cells[1] ?? cells[0]!];
}

describe('rehypeTableAlign', () => {
	it('turns a cell alignment into a class and drops the attribute', () => {
		const [th, td] = run([cell('th', { align: 'center' }), cell('td', { align: 'left' })]);
		expect(th.properties).toEqual({ className: ['align-center'] });
		expect(td.properties).toEqual({ className: ['align-left'] });
	});

	it('keeps classes the cell already has', () => {
		const [td] = run([cell('td', { align: 'right', className: ['wide'] })]);
		expect(td.properties.className).toEqual(['wide', 'align-right']);
	});

	it('leaves cells without alignment and other elements alone', () => {
		const [td, p] = run([cell('td', {}), cell('p', { align: 'center' })]);
		expect(td.properties).toEqual({});
		expect(p.properties).toEqual({ align: 'center' });
	});

	it('drops an alignment it does not know without adding a class', () => {
		const [td] = run([cell('td', { align: 'justify' })]);
		expect(td.properties).toEqual({});
	});
});
