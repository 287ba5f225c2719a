import { describe, expect, it } from 'vitest';
import { checkProtocol, nextIds } from '../../../src/lib/protocol/check-protocol';
import type { ProtocolStep } from '../../../src/schemas/protocol';

const step = (id: string, next?: string): ProtocolStep => ({
	id,
	kind: 'langkah',
	title: id,
	text: id,
	next,
});
const ask = (id: string, yes: string, no: string): ProtocolStep => ({
	id,
	kind: 'keputusan',
	title: `${id}?`,
	text: id,
	yes: { label: 'Ya', next: yes },
	no: { label: 'Tidak', next: no },
});

describe('checkProtocol', () => {
	it('accepts a protocol whose every path ends', () => {
		const steps = [step('a', 'b'), ask('b', 'c', 'd'), step('c', 'd'), step('d')];
		expect(checkProtocol(steps)).toEqual([]);
		expect(nextIds(steps[1]!)).toEqual(['c', 'd']);
	});

	it('finds arrows to missing steps', () => {
		expect(checkProtocol([step('a', 'x')])).toEqual([
			'Langkah "a" menunjuk ke "x", yang tidak ada.',
		]);
	});

	it('finds loops and unreachable steps', () => {
		const problems = checkProtocol([step('a', 'b'), ask('b', 'a', 'c'), step('c'), step('d')]);
		expect(problems).toContain('Alur berputar kembali: a → b → a.');
		expect(problems).toContain('Langkah "d" tidak bisa dicapai dari langkah pertama.');
	});

	it('finds duplicate ids and a protocol with no end', () => {
		expect(checkProtocol([step('a', 'b'), step('a', 'b'), step('b', 'a')])).toContain(
			'Ada id langkah yang dipakai lebih dari sekali.'
		);
		expect(checkProtocol([step('a', 'b'), step('b', 'a')])).toContain(
			'Tidak ada langkah terakhir.'
		);
	});
});
