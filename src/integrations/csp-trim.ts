import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { trimCspHashes } from '../lib/csp/trim';

async function htmlFiles(dir: string): Promise<string[]> {
	const out: string[] = [];
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) out.push(...(await htmlFiles(path)));
		else if (entry.name.endsWith('.html')) out.push(path);
	}
	return out;
}

/** After the build, each page's CSP <meta> keeps only the hashes of its own inline code. */
export function cspTrim(): AstroIntegration {
	return {
		name: 'jaga-diri:csp-trim',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const files = await htmlFiles(fileURLToPath(dir));
				let changed = 0;
				for (const file of files) {
					const html = await readFile(file, 'utf8');
					const trimmed = trimCspHashes(html);
					if (trimmed === html) continue;
					await writeFile(file, trimmed);
					changed++;
				}
				logger.info(`CSP hashes trimmed to each page's own on ${changed} of ${files.length} pages`);
			},
		},
	};
}
