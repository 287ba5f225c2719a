// Serves a folder of built files (dist/) on a free loopback port: enough for scripts and tests that
// drive a browser over the site (PDFs, a second copy of the site), with no other server to start and
// stop. Files are read on every request, so a test can publish a new version by editing them.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.webmanifest': 'application/manifest+json',
};

/** Starts serving `dir`; resolves with its base URL and a `close()`. */
export async function serveStatic(dir) {
	const root = resolve(dir);
	const server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		let file = join(root, path);
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!file.startsWith(root) || !existsSync(file)) {
			const page = join(root, '404.html');
			if (existsSync(page))
				res.writeHead(404, { 'content-type': TYPES['.html'] }).end(readFileSync(page));
			else res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404');
			return;
		}
		res.writeHead(200, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'cache-control': 'no-cache',
		});
		res.end(readFileSync(file));
	});
	await new Promise((done) => server.listen(0, '127.0.0.1', done));
	const address = server.address();
	return {
		url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
		close: () => new Promise((done) => server.close(() => done())),
	};
}
