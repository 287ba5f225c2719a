import type { Plugin } from 'vite';

/**
 * Vite wraps every dynamic `import()` in a helper that first preloads the imported chunk's
 * dependencies. With `build.modulePreload: false` and every stylesheet inlined, each call passes
 * none, yet the helper (about 0.7 KB gzip) still loads with every island page. This replaces it
 * with a helper that just runs the import. When a call does pass dependencies (Vite then writes
 * `__vite__mapDeps`), the build fails, so the original helper is never needed without notice.
 */
export function noPreloadHelper(): Plugin {
	return {
		name: 'jaga-diri:no-preload-helper',
		apply: 'build',
		generateBundle(_, bundle) {
			const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
			const withDeps = chunks.find((c) => c.code.includes('__vite__mapDeps'));
			if (withDeps) {
				this.error(`${withDeps.fileName} preloads dependencies: keep Vite's preload helper`);
			}
			for (const chunk of chunks) {
				if (chunk.name !== 'preload-helper') continue;
				const [name] = chunk.exports;
				if (chunk.exports.length !== 1 || !name) {
					this.error(`${chunk.fileName}: unexpected exports ${chunk.exports.join(', ')}`);
				}
				chunk.code = `const p=(f)=>f();export{p as ${name}};\n`;
			}
		},
	};
}
