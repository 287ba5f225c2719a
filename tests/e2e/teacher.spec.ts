import { expect, test, type Page } from '@playwright/test';

/* The teachers' side: the door (/guru/), the lesson index and its filters, track overviews. */
test.use({ serviceWorkers: 'block' });

/** Lessons as the index lists them: title and address, in curriculum order. */
async function lessonIndex(page: Page, path: string) {
	await page.goto(path);
	return page
		.locator('main .lesson-card h3 a')
		.evaluateAll((links) =>
			links.map((a) => ({ title: a.textContent!.trim(), href: a.getAttribute('href')! }))
		);
}

test('"Guru & Ustadz" in the header and on the home page opens /guru/', async ({ page }) => {
	await page.goto('/');
	await page
		.getByRole('navigation', { name: 'Menu utama' })
		.getByRole('link', { name: 'Guru & Ustadz' })
		.click();
	await expect(page).toHaveURL(/\/guru\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Guru & Ustadz');
	await page.goto('/');
	await expect(page.locator('a.door', { hasText: 'Guru & Ustadz' })).toHaveAttribute(
		'href',
		'/guru/'
	);
	await page.goto('/pelajaran/');
	await expect(
		page
			.getByRole('navigation', { name: 'Menu utama' })
			.getByRole('link', { name: 'Guru & Ustadz' })
	).toHaveAttribute('aria-current', 'page');
});

test('/guru/: semester plan, parent letters and reporting links built from the lessons', async ({
	page,
}) => {
	const all = await lessonIndex(page, '/pelajaran/');
	const tracks = await page
		.getByRole('navigation', { name: 'Saring menurut jenjang' })
		.getByRole('link')
		.evaluateAll((links) =>
			links.map((a) => a.getAttribute('href')!).filter((h) => h.includes('/jalur/'))
		);
	const byTrack = [];
	for (const href of tracks) byTrack.push({ href, lessons: await lessonIndex(page, href) });

	await page.goto('/guru/');
	for (const section of [
		'Memilih jalur',
		'Rencana satu semester',
		'Memberi tahu orang tua lebih dulu',
		'Menyiapkan diri',
		'Jika anak bercerita saat pelajaran',
	]) {
		await expect(page.getByRole('heading', { level: 2, name: section })).toBeVisible();
	}
	for (const { href } of byTrack)
		await expect(page.locator(`main a[href="${href}"]`)).toBeVisible();

	/* Staff training (pendidik) has no semester table and no parent letters. */
	const isStaff = (href: string) => href.includes('/jalur/pendidik/');
	const childTracks = byTrack.filter(({ href }) => !isStaff(href));
	const staffLessons = new Set(
		byTrack.filter(({ href }) => isStaff(href)).flatMap(({ lessons }) => lessons.map((l) => l.href))
	);
	const tables = page.locator('main table');
	await expect(tables).toHaveCount(childTracks.length);
	for (const [i, { lessons }] of childTracks.entries()) {
		const table = tables.nth(i);
		const planned = await table
			.locator('tbody td a[href^="/pelajaran/"]:not([href*="/cetak/"])')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		expect(planned).toEqual(lessons.map((l) => l.href));
		const weeks = await table.locator('tbody th').allInnerTexts();
		expect(weeks.map(Number)).toEqual([...weeks.map(Number)].sort((a, b) => a - b));
		expect(Number(weeks.at(-1))).toBeLessThanOrEqual(18);
	}
	for (const lesson of all.filter((l) => !staffLessons.has(l.href))) {
		const letter = `${lesson.href}cetak/#surat-orang-tua`;
		await expect(page.locator(`main a[href="${letter}"]`).first()).toBeVisible();
	}
	await expect(page.locator('main a[href="/sekolah/protokol/"]').first()).toBeVisible();
	await expect(page.locator('main a[href="/sekolah/"]').first()).toBeVisible();
	await expect(page.getByRole('heading', { level: 3, name: 'Jika anak bercerita' })).toBeVisible();
	await expect(page.locator('main a[href^="/hukum/#"]')).toHaveCount(2);
});

test('the lesson index filters by concept, without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
	const page = await context.newPage();
	const all = await lessonIndex(page, '/pelajaran/');
	const filter = page.getByRole('navigation', { name: 'Saring menurut konsep' });
	const concepts = await filter
		.locator('a')
		.evaluateAll((links) =>
			links.map((a) => ({ name: a.textContent!.trim(), href: a.getAttribute('href')! }))
		);
	expect(concepts.length).toBeGreaterThan(0);
	for (const [i, concept] of concepts.entries()) {
		if (i === 0) {
			// A long list: behind its toggle, which works without JavaScript.
			await page.goto('/pelajaran/');
			await page.getByText('Saring menurut konsep').click();
			await page
				.getByRole('navigation', { name: 'Saring menurut konsep' })
				.getByRole('link', { name: concept.name, exact: true })
				.click();
			await expect(page).toHaveURL(new RegExp(`${concept.href}$`));
		} else await page.goto(concept.href);
		await expect(
			page
				.getByRole('navigation', { name: 'Saring menurut konsep' })
				.getByRole('link', { name: concept.name, exact: true })
		).toHaveAttribute('aria-current', 'page');
		const shown = await page.locator('main .lesson-card').evaluateAll(
			(cards, name) =>
				cards.map((c) => ({
					href: c.querySelector('h3 a')!.getAttribute('href'),
					hasConcept: [...c.querySelectorAll('.tags li')].some(
						(li) => li.textContent!.trim() === name
					),
				})),
			concept.name
		);
		expect(shown.length).toBeGreaterThan(0);
		expect(shown.every((s) => s.hasConcept)).toBe(true);
		// In the same order as the full index.
		const order = shown.map((s) => all.findIndex((l) => l.href === s.href));
		expect(order).toEqual([...order].sort((a, b) => a - b));
	}
	await context.close();
});

test('a lesson card shows track, grades, minutes and concepts', async ({ page }) => {
	await page.goto('/pelajaran/');
	const card = page.locator('main .lesson-card').first();
	await expect(card.locator('.lesson-card__track')).toHaveText(/\S/);
	await expect(card.locator('.lesson-card__meta')).toContainText(/menit/);
	await expect(card.locator('.tags li').first()).toBeVisible();
});

test('a track overview introduces the track and lists its lessons in order', async ({ page }) => {
	await page.goto('/pelajaran/');
	const tracks = await page
		.getByRole('navigation', { name: 'Saring menurut jenjang' })
		.getByRole('link')
		.evaluateAll((links) =>
			links.map((a) => a.getAttribute('href')!).filter((h) => h.includes('/jalur/'))
		);
	for (const href of tracks) {
		await page.goto(href);
		await expect(page.locator('main .prose p').first()).toContainText('Jalur ini untuk');
		const facts = page.locator('main [data-track-facts]');
		await expect(facts).toContainText(/\d+ pelajaran/);
		await expect(facts).toContainText(/menit per pelajaran/);
		const list = page.locator('main ol.card-grid');
		const numbers = await list.locator('.lesson-card__n').allInnerTexts();
		expect(numbers).toEqual(numbers.map((_, i) => `${i + 1}.`));
	}
});
