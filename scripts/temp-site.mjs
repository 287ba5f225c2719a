// A throwaway copy of the site in the system temp folder (sources, content and config copied,
// node_modules linked), for tests and benchmarks that must change content without touching ours.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const ROOT = resolve(import.meta.dirname, '..');
const COPIED = [
	'src',
	'content',
	'public',
	'scripts',
	'astro.config.mjs',
	'tsconfig.json',
	'package.json',
];

/** Creates the copy; returns its folder, a runner for commands inside it, and a cleanup. */
export function makeTempSite(prefix = 'jaga-diri-') {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	for (const name of COPIED) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
	symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
	const exec = promisify(execFile);
	return {
		dir,
		/** Runs `node <args>` in the copy; resolves with exit code and output, never throws. */
		async run(args, options = {}) {
			try {
				const { stdout, stderr } = await exec(process.execPath, args, {
					cwd: dir,
					env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
					maxBuffer: 64 * 1024 * 1024,
					...options,
				});
				return { code: 0, output: stdout + stderr };
			} catch (error) {
				return { code: error.code ?? 1, output: `${error.stdout ?? ''}${error.stderr ?? ''}` };
			}
		},
		remove() {
			rmSync(dir, { recursive: true, force: true });
		},
	};
}
