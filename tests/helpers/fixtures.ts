import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';

const ROOT = join(import.meta.dirname, '..', 'fixtures');

export interface Fixture {
	/** Path shown in messages, e.g. `tests/fixtures/quiz/invalid-no-correct.yaml`. */
	file: string;
	data: unknown;
	/** From the fixture's first line `# expect: <path> | <message fragment>`. */
	expect?: { path: string; message: string };
}

function read(dir: string, name: string): Fixture {
	const text = readFileSync(join(ROOT, dir, name), 'utf8');
	const match = text.match(/^# expect: (.+?) \| (.+)$/m);
	return {
		file: `tests/fixtures/${dir}/${name}`,
		data: load(text),
		expect: match ? { path: match[1]!, message: match[2]! } : undefined,
	};
}

/** The valid fixture of a schema folder. */
export function validFixture(dir: string): Fixture {
	return read(dir, 'valid.yaml');
}

/** Every `invalid-*.yaml` of a schema folder; each must declare what it expects. */
export function invalidFixtures(dir: string): Fixture[] {
	return readdirSync(join(ROOT, dir))
		.filter((name) => name.startsWith('invalid-'))
		.sort()
		.map((name) => read(dir, name));
}
