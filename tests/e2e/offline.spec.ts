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

/** Presses "Simpan seluruh situs" on /offline/ and waits until the whole site is saved. */
async function saveEverything(page: Page) {
	await page.goto('/offline/');
	await page.getByRole('button', { name: /^Simpan seluruh situs \(/ }).click();
	await expect(page.locator('#simpan-pesan')).toHaveText(/^Selesai\./, { timeout: 60_000 });
	await expect(page.locator('#status-siap')).toHaveText(/^Siap dipakai tanpa internet: \d+ berkas/);
}

/** Paths (without query) held in any of this origin's caches. */
async function cachedPaths(page: Page): Promise<string[]> {
	return page.evaluate(async () => {
		const paths: string[] = [];
		for (const name of await caches.keys()) {
			for (const r of await (await caches.open(name)).keys()) paths.push(new URL(r.url).pathname);
		}
		return paths;
	});
}

const LESSON = '/pelajaran/bagian-pribadi/';

test('the first visit saves the core only; "Simpan seluruh situs" saves a lesson, "Hapus salinan" removes it', async ({
	page,
	context,
}) => {
	test.setTimeout(120_000);
	await page.goto('/orang-tua/cara-melapor/');
	await waitForControl(page);
	await page.goto('/offline/');
	await expect(page.locator('#status-siap')).toHaveText(/^Bagian utama sudah tersimpan/, {
		timeout: 20_000,
	});
	// The button says how much the whole site weighs before anything is downloaded.
	await expect(page.locator('#simpan-isi')).toHaveText(/\d+ berkas, sekitar [\d,]+ MB/);

	const first = await cachedPaths(page);
	expect(first).toContain('/orang-tua/jika-anak-bercerita/index.html');
	expect(first).toContain('/pagefind/pagefind.js');
	expect(first.filter((p) => p.startsWith('/pelajaran/'))).toEqual([]);
	expect(first.filter((p) => /\/(presentasi|cetak)\//.test(p))).toEqual([]);

	// Offline, the core opens and a lesson not saved yet says so, with what is saved.
	await context.setOffline(true);
	await page.goto('/bantuan/');
	await expect(page.locator('h1')).toHaveCount(1);
	await page.goto(LESSON);
	await expect(page.getByRole('heading', { name: 'Halaman ini belum tersimpan' })).toBeVisible();
	await expect(
		page.locator('#halaman-tersimpan').getByRole('link', { name: /./ }).first()
	).toBeVisible();

	await context.setOffline(false);
	await saveEverything(page);
	await context.setOffline(true);
	await page.goto(LESSON);
	await expect(page.getByRole('heading', { name: 'Halaman ini belum tersimpan' })).toBeHidden();
	await expect(page.locator('h1')).not.toHaveText('Memakai Jaga Diri tanpa internet');
	await page.goto(`${LESSON}presentasi/`);
	await expect(page.locator('h1').first()).toBeAttached();

	await context.setOffline(false);
	await page.goto('/offline/');
	await page.getByRole('button', { name: 'Hapus salinan' }).click();
	await expect(page.locator('#simpan-pesan')).toHaveText(/^Salinan sudah dihapus/);
	await expect(page.locator('#status-siap')).toHaveText(/^Bagian utama sudah tersimpan/);
	await context.setOffline(true);
	await page.goto(LESSON);
	await expect(page.getByRole('heading', { name: 'Halaman ini belum tersimpan' })).toBeVisible();
});

test('a download cut halfway completes with a second press', async ({ page, context }) => {
	test.setTimeout(120_000);
	await page.goto('/');
	await waitForControl(page);
	// The connection drops for every lesson page during the first press.
	await context.route(/\/pelajaran\/[^?]*index\.html/, (route) =>
		route.abort('internetdisconnected')
	);
	await page.goto('/offline/');
	const button = page.getByRole('button', { name: /^Simpan seluruh situs \(/ });
	await button.click();
	await expect(page.locator('#simpan-pesan')).toHaveText(/^\d+ berkas belum berhasil diunduh/, {
		timeout: 60_000,
	});
	await expect(page.locator('#status-siap')).not.toHaveText(/^Siap dipakai/);

	await context.unrouteAll();
	await button.click();
	await expect(page.locator('#simpan-pesan')).toHaveText(/^Selesai\./, { timeout: 60_000 });
	await expect(page.locator('#status-siap')).toHaveText(/^Siap dipakai tanpa internet/);
});

test('after "Simpan seluruh situs", every page, search and a quiz work with the network off', async ({
	page,
	context,
}) => {
	// Pages of every template are opened offline (the whole list is checked on /offline/).
	const sample = samplePerTemplate(builtPages());
	test.setTimeout(90_000 + sample.length * 1_000);
	await page.goto('/');
	await waitForControl(page);
	await saveEverything(page);
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
