import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from '../../scripts/serve-static.mjs';

/**
 * Serves a private copy of dist/ (or of another build folder) on a free loopback port, so a test can
 * publish a "new version" by editing files in `dir`.
 */
export async function serveCopyOfDist(source = 'dist'): Promise<{
	dir: string;
	url: string;
	close: () => Promise<void>;
}> {
	const dir = mkdtempSync(join(tmpdir(), 'jaga-diri-site-'));
	cpSync(source, dir, { recursive: true });
	const server = await serveStatic(dir);
	return {
		dir,
		url: server.url,
		close: async () => {
			await server.close();
			rmSync(dir, { recursive: true, force: true });
		},
	};
}
