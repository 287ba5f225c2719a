import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.webmanifest': 'application/manifest+json',
};

/**
 * Serves a private copy of dist/ (or of another build folder) on a free loopback port, reading files
 * on every request, so a test can publish a "new version" by editing files in `dir`.
 */
export async function serveCopyOfDist(source = 'dist'): Promise<{
	dir: string;
	url: string;
	close: () => Promise<void>;
}> {
	const dir = mkdtempSync(join(tmpdir(), 'jaga-diri-site-'));
	cpSync(source, dir, { recursive: true });
	const server: Server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		let file = join(dir, path);
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!file.startsWith(dir) || !existsSync(file)) {
			res
				.writeHead(404, { 'content-type': 'text/html; charset=utf-8' })
				.end(readFileSync(join(dir, '404.html')));
			return;
		}
		res.writeHead(200, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'cache-control': 'no-cache',
		});
		res.end(readFileSync(file));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		dir,
		url: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise((resolve) =>
				server.close(() => {
					rmSync(dir, { recursive: true, force: true });
					resolve();
				})
			),
	};
}
