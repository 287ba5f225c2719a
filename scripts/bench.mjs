// Scale benchmark: builds copies of the site with 50, 200 and 1,000 synthetic lessons (each with its
// own quiz) and prints build time, peak memory, output size and search index size, so growth can be
// seen to be linear. Also times the real site, which must build in under 60 s on 2 cores, and
// measures the first search ("anak") on every site it builds: on the real site it must stay within
// 15 requests and 130 KB gzip before the first results show (scripts/first-search.mjs).
// Usage: npm run bench [-- 50 200]
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeFirstSearch, measureFirstSearch } from './first-search.mjs';
import { treeDifferences, treeHashes } from './reproducible.mjs';
import { makeTempSite } from './temp-site.mjs';

const SIZES = process.argv.slice(2).map(Number).filter(Boolean);
const RUNS = [0, ...(SIZES.length > 0 ? SIZES : [50, 200, 1000])];
const REAL_SITE_LIMIT_S = 60;

function folderBytes(dir) {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile())
		.reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
}

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
function treeRss(rootPid) {
	const parents = new Map();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
		} catch {
			/* the process ended while we looked */
		}
	}
	const inTree = (pid) =>
		pid === rootPid || (parents.has(pid) && pid !== 1 && inTree(parents.get(pid)));
	let total = 0;
	for (const pid of parents.keys()) {
		if (!inTree(pid)) continue;
		try {
			const rss = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
			if (rss) total += Number(rss[1]) * 1024;
		} catch {
			/* ended */
		}
	}
	return total;
}

/** Runs `npm run build` in `dir`; resolves with seconds and peak memory of the whole process tree. */
function timedBuild(dir) {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn('npm', ['run', 'build'], {
			cwd: dir,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
			stdio: ['ignore', 'ignore', 'pipe'],
		});
		let stderr = '';
		child.stderr.on('data', (d) => (stderr += d));
		let peak = 0;
		const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid))), 150);
		child.on('exit', (code) => {
			clearInterval(timer);
			if (code !== 0) reject(new Error(`build failed in ${dir}:\n${stderr}`));
			else resolve({ seconds: (performance.now() - started) / 1000, peak });
		});
	});
}

/**
 * Adds `count` lessons, copies of the real fase-a lesson with their own ids, each complete as a lesson
 * must be: its quiz and its handouts (worksheet and parent letter), pointing at the copy.
 */
function addSyntheticLessons(dir, count) {
	const source = 'bagian-pribadi';
	const lesson = readFileSync(join(dir, `content/lessons/${source}.mdx`), 'utf8');
	const quiz = readFileSync(join(dir, `content/quizzes/${source}.yaml`), 'utf8');
	const handoutDir = join(dir, 'content/handouts', source);
	const handouts = readdirSync(handoutDir).map((name) => ({
		name,
		text: readFileSync(join(handoutDir, name), 'utf8'),
	}));
	for (let i = 1; i <= count; i += 1) {
		const id = `contoh-${String(i).padStart(4, '0')}`;
		writeFileSync(
			join(dir, 'content/lessons', `${id}.mdx`),
			lesson
				.replace(/^title: .*$/m, `title: Pelajaran contoh ${i}`)
				.replace(/^order: .*$/m, `order: ${i + 10}`)
				.replace(/^quiz: .*$/m, `quiz: ${id}`)
		);
		writeFileSync(
			join(dir, 'content/quizzes', `${id}.yaml`),
			quiz.replace(/^title: .*$/m, `title: Kuis contoh ${i}`)
		);
		const copyDir = join(dir, 'content/handouts', id);
		mkdirSync(copyDir, { recursive: true });
		for (const { name, text } of handouts)
			writeFileSync(join(copyDir, name), text.replace(/^lesson: .*$/m, `lesson: ${id}`));
	}
}

const MB = 1024 * 1024;
console.log('lessons  pages  build s  s/100 pages  peak MB  dist MB  index KB');
let realSeconds = 0;
let realSummary = '';
let rebuildDifferences = [];
let realSearchOk = true;
const searchLines = [];
for (const extra of RUNS) {
	const site = makeTempSite('jaga-diri-bench-');
	try {
		addSyntheticLessons(site.dir, extra);
		const { seconds, peak } = await timedBuild(site.dir);
		if (extra === 0) {
			realSeconds = seconds;
			// What a reader waits for on the real site: the budget script's summary of the quiz page and CSS.
			const budget = spawnSync(process.execPath, ['scripts/budget.mjs'], {
				cwd: site.dir,
				encoding: 'utf8',
			});
			realSummary = budget.stdout
				.split('\n')
				.filter((line) => line.startsWith('summary: '))
				.map((line) => line.replace('summary: ', '  '))
				.join('\n');
			// The same content must build the same bytes: build the real site once more and compare.
			const firstBuild = treeHashes(join(site.dir, 'dist'));
			await timedBuild(site.dir);
			rebuildDifferences = treeDifferences(firstBuild, treeHashes(join(site.dir, 'dist')));
		}
		const dist = join(site.dir, 'dist');
		const search = describeFirstSearch(await measureFirstSearch(dist, 'anak'));
		searchLines.push(`  ${extra === 0 ? 'real site' : `${extra + 1} lessons`}: ${search.line}`);
		if (extra === 0) realSearchOk = search.ok;
		const pages = readdirSync(dist, { recursive: true }).filter((f) =>
			String(f).endsWith('.html')
		).length;
		console.log(
			String(extra + 1).padStart(7),
			String(pages).padStart(6),
			seconds.toFixed(1).padStart(8),
			((seconds / pages) * 100).toFixed(2).padStart(12),
			(peak / MB).toFixed(0).padStart(8),
			(folderBytes(dist) / MB).toFixed(1).padStart(8),
			(folderBytes(join(dist, 'pagefind')) / 1024).toFixed(0).padStart(9)
		);
	} finally {
		site.remove();
	}
}
console.log(`\nreal site: ${realSeconds.toFixed(1)} s (limit ${REAL_SITE_LIMIT_S} s on 2 cores)`);
console.log(realSummary);
console.log(`  rebuilt twice: ${rebuildDifferences.length} files differ (goal 0)`);
for (const path of rebuildDifferences.slice(0, 20)) console.log(`    differs: ${path}`);
console.log(searchLines.join('\n'));
if (realSeconds > REAL_SITE_LIMIT_S || rebuildDifferences.length > 0 || !realSearchOk)
	process.exitCode = 1;
