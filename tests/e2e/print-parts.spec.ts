import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { countPdfPages } from '../../scripts/pdf-pages.mjs';
import {
	LETTER_ONE_SHEET_WORDS,
	PRINT_PARTS,
	lessonPrintParts,
	wordCount,
} from '../../src/lib/print/parts';
import { SCHOOL_STORAGE_KEY } from '../../src/lib/school-details';
import { builtPages, expectAxeClean, watchProblems } from './helpers';

/*
 * Each part of a lesson's print pack on its own address, printed on A4 and F4: the worksheet, the
 * desk summary and the disclosure card take one sheet each, and so does a letter short enough for one;
 * every worksheet has a drawing of real size; the school's details fill the blanks, and "Hapus" or
 * broken storage leaves blanks.
 */
const PAPERS = {
	A4: { width: '210mm', height: '297mm' },
	F4: { width: '215mm', height: '330mm' },
} as const;

const trackOf = (slug: string) =>
	readFileSync(`content/lessons/${slug}.mdx`, 'utf8').match(/^track: (\S+)$/m)?.[1] ?? '';
const allLessons = builtPages()
	.filter((p) => /^\/pelajaran\/[^/]+\/cetak\/$/.test(p))
	.map((p) => p.split('/')[2]!);
/* Lessons for children: staff sessions (pendidik) print a handout for adults and no parent letter. */
const lessons = allLessons.filter((slug) => trackOf(slug) !== 'pendidik');
const partPages = builtPages().filter((p) => /^\/pelajaran\/[^/]+\/cetak\/[^/]+\/$/.test(p));
const letterWords = (slug: string) =>
	wordCount(readFileSync(`content/handouts/${slug}/surat-orang-tua.mdx`, 'utf8'));

test.use({ serviceWorkers: 'block' });

test('every lesson has a print page for each of its six parts (a staff session: five, no letter)', () => {
	expect(lessons.length).toBeGreaterThanOrEqual(14);
	for (const slug of allLessons) {
		for (const part of lessonPrintParts(trackOf(slug)))
			expect(partPages, `${slug}/${part}`).toContain(`/pelajaran/${slug}/cetak/${part}/`);
		if (trackOf(slug) === 'pendidik')
			expect(partPages).not.toContain(`/pelajaran/${slug}/cetak/surat/`);
	}
});

async function sheets(page: Page, path: string, paper: keyof typeof PAPERS) {
	await page.goto(path);
	await page.emulateMedia({ media: 'print' });
	return countPdfPages(await page.pdf({ ...PAPERS[paper] }));
}

for (const paper of Object.keys(PAPERS) as (keyof typeof PAPERS)[]) {
	test(`on ${paper}: worksheet, desk summary and card take one sheet each; a short letter too`, async ({
		page,
	}) => {
		test.setTimeout(30_000 + lessons.length * 8_000);
		const found: string[] = [];
		for (const slug of lessons) {
			const parts = ['lembar-kerja', 'ringkasan', 'kartu'];
			if (letterWords(slug) <= LETTER_ONE_SHEET_WORDS) parts.push('surat');
			for (const part of parts) {
				const path = `/pelajaran/${slug}/cetak/${part}/`;
				const count = await sheets(page, path, paper);
				if (count !== 1) found.push(`${path}: ${count} sheets`);
			}
		}
		expect(found).toEqual([]);
	});
}

test('a letter prints its reply slip below a cut line, after the helplines and the signature blanks', async ({
	page,
}) => {
	await page.goto(`/pelajaran/${lessons[0]}/cetak/surat/`);
	await page.emulateMedia({ media: 'print' });
	const letter = page.locator('.letter');
	await expect(letter.getByText(/Lembar balasan/).first()).toBeVisible();
	const y = async (selector: string) => (await letter.locator(selector).first().boundingBox())!.y;
	const helplines = await y('.helplines');
	expect(await y('.letter__sign')).toBeLessThan(helplines);
	expect(await y('hr')).toBeGreaterThan(helplines);
	expect(await letter.locator('[data-sekolah]').count()).toBeGreaterThanOrEqual(5);
});

test('every worksheet shows a drawing of real size in print', async ({ page }) => {
	for (const slug of lessons) {
		await page.goto(`/pelajaran/${slug}/cetak/lembar-kerja/`);
		await page.emulateMedia({ media: 'print' });
		const tallest = await page
			.locator('.worksheet svg')
			.evaluateAll((svgs) => Math.max(0, ...svgs.map((s) => s.getBoundingClientRect().height)));
		// 25 mm at 96 px to the inch: the smallest drawing size of the kit.
		expect(tallest, slug).toBeGreaterThanOrEqual(90);
	}
});

for (const paper of Object.keys(PAPERS) as (keyof typeof PAPERS)[]) {
	test(`on ${paper}: every paper quiz takes at most two sides, and its key is on a sheet of its own`, async ({
		page,
	}) => {
		test.setTimeout(30_000 + lessons.length * 6_000);
		const found: string[] = [];
		for (const slug of lessons) {
			const path = `/pelajaran/${slug}/cetak/kuis/`;
			const count = await sheets(page, path, paper);
			if (count > 2) found.push(`${path}: ${count} sides`);
			// The children's sheets carry no answer; the key is its own part…
			expect(await page.locator('.paper-key').count(), path).toBe(0);
		}
		expect(found).toEqual([]);
		// …and in the whole pack it starts a new sheet.
		await page.goto(`/pelajaran/${lessons[0]}/cetak/`);
		await page.emulateMedia({ media: 'print' });
		const key = page.locator('.paper-key').first();
		await expect(key).toBeAttached();
		expect(await key.evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
	});
}

test('the pack lists its parts with a "Cetak bagian ini" link each; parts work without JavaScript', async ({
	browser,
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
	const page = await context.newPage();
	const slug = lessons[0]!;
	await page.goto(`/pelajaran/${slug}/cetak/`);
	const links = page.getByRole('link', { name: /^Cetak bagian ini/ });
	await expect(links).toHaveCount(PRINT_PARTS.length);
	for (const [i, part] of PRINT_PARTS.entries())
		await expect(links.nth(i)).toHaveAttribute('href', `/pelajaran/${slug}/cetak/${part}/`);
	await links.last().click();
	await expect(
		page.getByRole('heading', { level: 2, name: 'Jika anak bercerita', exact: true })
	).toBeVisible();
	await page.goto(`/pelajaran/${slug}/cetak/ringkasan/`);
	await expect(page.locator('.desk .desk__steps > li')).not.toHaveCount(0);
	await context.close();
});

test('the lesson page prints without its buttons', async ({ page }) => {
	await page.goto(`/pelajaran/${lessons[0]}/`);
	await page.emulateMedia({ media: 'print' });
	expect(await page.locator('main a.button').count()).toBeGreaterThanOrEqual(2);
	for (const button of await page.locator('main a.button').all()) await expect(button).toBeHidden();
});

test('school details fill the letter, the card and the desk summary; "Hapus" and broken storage leave blanks', async ({
	page,
}) => {
	const problems = await watchProblems(page);
	const slug = lessons[0]!;
	await page.goto(`/pelajaran/${slug}/cetak/surat/`);
	await page.getByText('Sesuaikan untuk sekolah Anda').click();
	await page.getByLabel('Sekolah/madrasah/pondok').fill('SD Negeri Contoh 1');
	await page.getByLabel('Kelas', { exact: true }).fill('2A');
	await page.getByLabel('Penerima laporan di sekolah').fill('Bu Sari, guru yang ditunjuk');
	await page.getByLabel('Nomor UPTD PPA setempat').fill('0800-000-000');
	await page.getByRole('button', { name: 'Simpan di perangkat ini' }).click();
	await expect(page.getByRole('status')).toContainText('Tersimpan');
	await expect(page.locator('[data-sekolah="sekolah"]').first()).toHaveText('SD Negeri Contoh 1');
	await expectAxeClean(page, 'surat with the form open');

	for (const part of ['kartu', 'ringkasan']) {
		await page.goto(`/pelajaran/${slug}/cetak/${part}/`);
		await expect(page.locator('[data-sekolah="uptdPpa"]').first()).toHaveText('0800-000-000');
		await expect(page.locator('[data-sekolah="penerimaLaporan"]').first()).toHaveText(
			'Bu Sari, guru yang ditunjuk'
		);
	}

	await page.getByText('Sesuaikan untuk sekolah Anda').click();
	await page.getByRole('button', { name: 'Hapus' }).click();
	await expect(page.locator('[data-sekolah="uptdPpa"]').first()).toBeEmpty();
	await page.reload();
	await expect(page.locator('[data-sekolah="uptdPpa"]').first()).toBeEmpty();
	expect(await page.evaluate((key) => localStorage.getItem(key), SCHOOL_STORAGE_KEY)).toBeNull();

	await page.evaluate((key) => localStorage.setItem(key, '{"sekolah": 5, "x"'), SCHOOL_STORAGE_KEY);
	await page.reload();
	await expect(page.locator('[data-sekolah="penerimaLaporan"]').first()).toBeEmpty();
	await expect(page.locator('.desk')).toBeVisible();
	// With service workers blocked in this file, the update notice cannot find a registration; that
	// is not this form's doing. Anything else (a storage or JSON error) fails.
	expect(problems.filter((p) => !p.includes("reading 'waiting'"))).toEqual([]);
});
