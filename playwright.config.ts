import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from './scripts/chromium.mjs';

/* Its own port, so a running `npm start` (4321) is never tested by mistake. */
const PORT = Number(process.env.E2E_PORT ?? 4329);

export default defineConfig({
	testDir: './tests/e2e',
	timeout: 30_000,
	// Two tests at a time (the CI machine has two cores). Files that share a server keep their tests together.
	fullyParallel: true,
	workers: Number(process.env.E2E_WORKERS ?? 2),
	retries: process.env.CI ? 1 : 0,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		locale: 'id-ID',
		// A trace costs time on every step of every test: record one only when a test is retried.
		trace: 'on-first-retry',
		launchOptions: {
			...(systemChromium ? { executablePath: systemChromium } : {}),
			args: CHROMIUM_ARGS,
		},
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	webServer: {
		command: `node node_modules/astro/astro.js preview --host 127.0.0.1 --port ${PORT}`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false,
		timeout: 60_000,
		env: { ASTRO_TELEMETRY_DISABLED: '1' },
	},
});
