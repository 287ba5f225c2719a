import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { finishQuizByTapping, readQuiz } from './quiz-data';

/*
 * The ZIM file (built by `npm run zim` before the browser tests) served by Kiwix's own server: the
 * lesson renders and its quiz can be finished, as a school without internet would use it.
 */
const ZIM = 'build/jaga-diri_id_all.zim';
const PORT = 4331;
const BOOK = `http://127.0.0.1:${PORT}/jaga-diri_id_all`;
let server: ChildProcess | undefined;

// One Kiwix server on one port for the file: its tests run in order in one worker.
test.describe.configure({ mode: 'default' });

test.beforeAll(async () => {
	expect(existsSync(ZIM), `${ZIM} exists (npm run zim)`).toBe(true);
	server = spawn('kiwix-serve', ['--port', String(PORT), '--address', '127.0.0.1', ZIM], {
		stdio: 'ignore',
	});
	for (let i = 0; i < 50; i += 1) {
		try {
			if ((await fetch(`${BOOK}/index.html`)).ok) return;
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error('kiwix-serve did not start');
});

test.afterAll(() => {
	server?.kill();
});

test('inside Kiwix, the lesson renders and its quiz can be finished', async ({ page }) => {
	const missing: string[] = [];
	page.on('response', (r) => {
		if (r.status() >= 400 && r.url().startsWith(BOOK)) missing.push(`${r.status()} ${r.url()}`);
	});
	await page.goto(`${BOOK}/index.html`);
	await page
		.getByRole('link', { name: /Guru & Ustadz/ })
		.first()
		.click();
	await page.getByRole('link', { name: 'Bagian Pribadi Itu Pribadi', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bagian Pribadi Itu Pribadi');
	await page.getByRole('link', { name: 'Buka kuis' }).click();
	await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
	// The readable fallback steps aside once the interactive quiz runs.
	await expect(page.locator('.quiz-fallback')).toBeHidden();
	await finishQuizByTapping(page, readQuiz('bagian-pribadi'));
	expect(missing).toEqual([]);
});

test('inside Kiwix, the search page lists every page and points to Kiwix search', async ({
	page,
}) => {
	await page.goto(`${BOOK}/cari/index.html`);
	await expect(page.getByText('kotak pencarian Kiwix')).toBeVisible();
	await page.getByRole('link', { name: 'Cara Melapor Kekerasan Seksual terhadap Anak' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Cara Melapor Kekerasan Seksual terhadap Anak'
	);
});
