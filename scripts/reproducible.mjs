// Builds the site twice and compares the two dist/ trees file by file (paths and SHA-256 of contents).
// The same commit must build the same bytes: otherwise the service worker's file list changes with no
// change in content, and every reader is offered "Versi baru tersedia" for nothing.
// Usage: npm run check:reproducible   (about two builds' time; the bench runs it too)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Path → content hash of every file under `dir`. */
export function treeHashes(dir) {
	const hashes = new Map();
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		hashes.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
	}
	return hashes;
}

/** Files only in one tree, or in both with different contents, sorted. */
export function treeDifferences(first, second) {
	const paths = new Set([...first.keys(), ...second.keys()]);
	return [...paths].filter((p) => first.get(p) !== second.get(p)).sort();
}

function build() {
	const run = spawnSync('npm', ['run', 'build'], {
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	if (run.status !== 0) throw new Error('reproducible: the build failed');
	return treeHashes('dist');
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const started = performance.now();
	const first = build();
	const second = build();
	const differing = treeDifferences(first, second);
	const seconds = ((performance.now() - started) / 1000).toFixed(0);
	console.log(
		`reproducible: ${first.size} files built twice in ${seconds} s; ${differing.length} differ`
	);
	for (const path of differing.slice(0, 20)) console.log(`  differs: ${path}`);
	if (differing.length > 0) process.exit(1);
}
