// The browser every test and tool here drives: Debian's Chromium when installed (Playwright cannot
// download its own on every machine), with the flags that keep it from calling out to the network.
import { existsSync } from 'node:fs';

export const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) =>
	existsSync(p)
);

export const CHROMIUM_ARGS = [
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic',
];
