// The whole test suite, stage by stage, stopping at the first stage that fails; prints how long each
// stage took at the end, so that a slower stage shows. The type check and the lint read the sources
// only and run side by side.
import { spawn } from 'node:child_process';

const STAGES = [
	[
		['type check', 'check'],
		['lint', 'lint'],
	],
	[['unit', 'test:unit']],
	[['build', 'build']],
	[['ZIM', 'zim']],
	[['HTML', 'check:html']],
	[['budget', 'budget']],
	[['browser', 'test:e2e']],
	[['Lighthouse', 'lighthouse']],
];

/** Runs `npm run <script>`; with `quiet`, its output is kept and printed when it ends. */
function run(script, quiet) {
	return new Promise((resolve) => {
		const child = spawn('npm', ['run', '--silent', script], {
			stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
		});
		const output = [];
		child.stdout?.on('data', (chunk) => output.push(chunk));
		child.stderr?.on('data', (chunk) => output.push(chunk));
		child.on('close', (code) => {
			if (quiet) process.stdout.write(Buffer.concat(output));
			resolve(code ?? 1);
		});
	});
}

const times = [];
const started = Date.now();
let failed;
for (const group of STAGES) {
	const results = await Promise.all(
		group.map(async ([name, script], i) => {
			const from = Date.now();
			const code = await run(script, i > 0);
			times.push([name, (Date.now() - from) / 1000]);
			return [name, code];
		})
	);
	failed = results.find(([, code]) => code !== 0)?.[0];
	if (failed) break;
}

console.log('\nstage times');
for (const [name, seconds] of times)
	console.log(`  ${name.padEnd(12)} ${seconds.toFixed(1).padStart(6)} s`);
console.log(`  ${'all'.padEnd(12)} ${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s`);
if (failed) {
	console.error(`\nnpm test: the ${failed} stage failed`);
	process.exit(1);
}
