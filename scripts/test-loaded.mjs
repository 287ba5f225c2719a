// `npm test` on a busy machine: two processes keep two cores busy the whole time (as a browser, a build
// or a video call would), to show that the suite stays green when the machine is slow.
import { spawn } from 'node:child_process';

const BURNERS = Number(process.env.BURNERS ?? 2);
const burners = Array.from({ length: BURNERS }, () =>
	spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' })
);
console.log(`test:loaded: ${BURNERS} busy processes running beside the suite`);
const stopBurners = () => burners.forEach((burner) => burner.kill());
process.on('SIGINT', stopBurners);
process.on('SIGTERM', stopBurners);
const suite = spawn('npm', ['test'], { stdio: 'inherit' });
const code = await new Promise((resolve) => suite.on('close', (c) => resolve(c ?? 1)));
stopBurners();
process.exit(code);
