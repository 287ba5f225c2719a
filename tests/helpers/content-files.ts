import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';

export const CONTENT = join(import.meta.dirname, '..', '..', 'content');

/** Every published file of a content folder (drafts start with "_"), as [name, text]. */
export function readContentFiles(dir: string, ext: string): [string, string][] {
	return readdirSync(join(CONTENT, dir))
		.filter((name) => name.endsWith(ext) && !name.startsWith('_'))
		.sort()
		.map((name) => [`content/${dir}/${name}`, readFileSync(join(CONTENT, dir, name), 'utf8')]);
}

/** The YAML frontmatter of an MDX file. */
export function frontmatter(text: string): unknown {
	const match = text.match(/^---\n([\s\S]*?)\n---/);
	if (!match) throw new Error('no frontmatter');
	return load(match[1]!);
}

/** Every text file under content/, recursively, as [path, text]. */
export function readAllContent(dir = CONTENT, prefix = 'content'): [string, string][] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory()
			? readAllContent(join(dir, entry.name), `${prefix}/${entry.name}`)
			: [
					[`${prefix}/${entry.name}`, readFileSync(join(dir, entry.name), 'utf8')] as [
						string,
						string,
					],
				]
	);
}
