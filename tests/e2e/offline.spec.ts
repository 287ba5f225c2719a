import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, samplePerTemplate } from './helpers';
import { serveCopyOfDist } from './static-server';
import { finishQuizByTapping, readQuiz } from './quiz-data';

/* Service workers need a real, fresh context per test: Playwright gives one to every test. */
test.use({ serviceWorkers: 'allow' });

async function waitForControl(page: Page) {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise((resolve) =>
				navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
			);
		}
	});
}

test('after one visit, every page, search and a quiz work with the network off', async ({
	page,
	context,
}) => {
	// Pages of every template are opened offline (the precache is checked whole on /offline/).
	const sample = samplePerTemplate(builtPages());
	test.setTimeout(60_000 + sample.length * 1_000);
	await page.goto('/');
	await waitForControl(page);
	await page.goto('/offline/');
	await expect(page.getByRole('status').first()).toHaveText(
		/^Siap dipakai tanpa internet: \d+ berkas/,
		{
			timeout: 20_000,
		}
	);

	await context.setOffline(true);
	const failed: string[] = [];
	// A request cut short because the test moves on to the next page is not a failure.
	page.on('requestfailed', (r) => {
		if (r.failure()?.errorText === 'net::ERR_ABORTED') return;
		failed.push(r.url());
	});
	for (const path of sample) {
		const response = await page.goto(path);
		expect(response?.ok(), path).toBe(true);
		await expect(page.locator('h1'), path).toHaveCount(1);
	}

	await page.goto('/cari/?q=disentuh');
	await expect(page.getByRole('status')).toHaveText(/^\d+ hasil untuk "disentuh"$/);

	await page.goto('/kuis/bagian-pribadi/');
	await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
	await finishQuizByTapping(page, readQuiz('bagian-pribadi'));
	expect(failed).toEqual([]);

	// The network really is off: something never cached cannot load.
	const probe = await page.evaluate(() =>
		fetch('/tidak-pernah-ada.txt').then(
			(r) => r.status,
			() => 'gagal'
		)
	);
	expect(probe).not.toBe(200);
});

test('a new version is announced and, after "Muat ulang", only new files are served', async ({
	page,
}) => {
	test.setTimeout(60_000);
	const site = await serveCopyOfDist();
	try {
		await page.goto(`${site.url}/`);
		await waitForControl(page);
		await expect(page.getByText('Versi baru tersedia.')).toBeHidden();

		// Publish a new version: a changed home page, listed under a new revision in sw.js.
		const home = join(site.dir, 'index.html');
		writeFileSync(
			home,
			readFileSync(home, 'utf8').replace('</h1>', ' <span id="tanda-versi-baru">(baru)</span></h1>')
		);
		const swPath = join(site.dir, 'sw.js');
		const sw = readFileSync(swPath, 'utf8');
		const entry = sw.match(/url:"index\.html",revision:"[0-9a-f]+"/);
		expect(entry, 'sw.js lists index.html with a revision').not.toBeNull();
		writeFileSync(swPath, sw.replace(entry![0], 'url:"index.html",revision:"versi-baru-0001"'));

		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
		await expect(page.getByText('Versi baru tersedia.')).toBeVisible({ timeout: 20_000 });
		// Until the reader chooses, the page stays whole on the old version, even after reloading.
		await page.reload();
		await expect(page.locator('#tanda-versi-baru')).toHaveCount(0);
		await expect(page.getByText('Versi baru tersedia.')).toBeVisible({ timeout: 20_000 });

		await page.getByRole('button', { name: 'Muat ulang' }).click();
		await expect(page.locator('#tanda-versi-baru')).toBeVisible({ timeout: 20_000 });
	} finally {
		await site.close();
	}
});
