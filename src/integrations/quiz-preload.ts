import { access, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import {
	quizPageModules,
	withModulePreloads,
	type ChunkGraph,
} from '../lib/preload/module-preload';

async function htmlFiles(dir: string): Promise<string[]> {
	const out: string[] = [];
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) out.push(...(await htmlFiles(path)));
		else if (entry.name.endsWith('.html')) out.push(path);
	}
	return out;
}

/**
 * Without Vite's preload helper (./no-preload-helper.ts) a quiz page would find its code one level
 * at a time: the island, then its chunks, then what they import, then the first question's view.
 * This lists all of them in each quiz page's head as `<link rel="modulepreload">`, read from the
 * client build's own chunk graph, so they download together while the page shows.
 */
export function quizPreload(): AstroIntegration {
	const imports = new Map<string, string[]>();
	const facades = new Map<string, string>();
	const plugin: Plugin = {
		name: 'jaga-diri:quiz-preload-graph',
		apply: 'build',
		// Once every plugin has had its say (Vite drops chunks that only carried CSS).
		writeBundle(_, bundle) {
			for (const chunk of Object.values(bundle)) {
				// Only the client build writes its chunks to /_astro/.
				if (chunk.type !== 'chunk' || !chunk.fileName.startsWith('_astro/')) continue;
				const url = `/${chunk.fileName}`;
				imports.set(
					url,
					chunk.imports.map((f) => `/${f}`)
				);
				if (chunk.facadeModuleId) facades.set(chunk.facadeModuleId.replace(/\\/g, '/'), url);
			}
		},
	};
	const graph: ChunkGraph = {
		imports,
		chunkOf: (end) => [...facades].find(([id]) => id.endsWith(end))?.[1],
	};
	return {
		name: 'jaga-diri:quiz-preload',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ vite: { plugins: [plugin] } });
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (imports.size === 0) throw new Error('quiz-preload: no client chunks were seen');
				const root = fileURLToPath(dir);
				let pages = 0;
				for (const file of await htmlFiles(root)) {
					const html = await readFile(file, 'utf8');
					const modules = quizPageModules(html, graph);
					if (modules.length === 0) continue;
					// A link to a file the build did not write would be a failed request on every visit.
					await Promise.all(modules.map((url) => access(join(root, url))));
					await writeFile(file, withModulePreloads(html, modules));
					pages++;
				}
				logger.info(`quiz code preloaded together on ${pages} quiz pages`);
			},
		},
	};
}
