import { copyFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempSite } from '../../scripts/temp-site.mjs';
import { serveCopyOfDist } from './static-server';

/** The fixture lesson and quiz (every question type, slides with notes) in tests/fixtures/deck/. */
export const FIXTURE = {
	presentation: '/pelajaran/uji-tayangan/presentasi/',
	classQuiz: '/kuis/uji-tayangan/kelas/',
	quiz: 'tests/fixtures/deck/uji-tayangan.yaml',
};

/** The two deck pages, and the 404 page the static server answers with. */
const KEPT_PAGES = ['presentasi.astro', 'kelas.astro', '404.astro'];

function removeOtherPages(dir: string) {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) removeOtherPages(path);
		else if (!KEPT_PAGES.includes(entry.name)) rmSync(path);
	}
}

/**
 * Builds a copy of the site with the fixture lesson and quiz added and only the deck pages kept
 * (which also keeps the build short), and serves it on a free port. The real content has no
 * lesson with every question type and slide notes yet; this checks the deck on all of them.
 */
export async function serveDeckFixture(): Promise<{ url: string; close: () => Promise<void> }> {
	const site = makeTempSite('jaga-diri-tayangan-');
	copyFileSync(FIXTURE.quiz, join(site.dir, 'content/quizzes/uji-tayangan.yaml'));
	copyFileSync(
		'tests/fixtures/deck/uji-tayangan.mdx',
		join(site.dir, 'content/lessons/uji-tayangan.mdx')
	);
	removeOtherPages(join(site.dir, 'src/pages'));
	const build = await site.run(['node_modules/astro/astro.js', 'build']);
	if (build.code !== 0) {
		site.remove();
		throw new Error(`fixture build failed:\n${build.output}`);
	}
	const server = await serveCopyOfDist(join(site.dir, 'dist'));
	return {
		url: server.url,
		close: async () => {
			await server.close();
			site.remove();
		},
	};
}
