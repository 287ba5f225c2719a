import { render } from 'astro:content';
import { getHelplines } from './helplines';
import { getHandouts, getLessonQuiz, getLessons, type Lesson } from './lessons';
import { getPage } from './pages';

/** Everything a lesson's print pack prints, loaded once for the whole pack or one of its parts. */
export async function getPrintPack(lesson: Lesson) {
	const handouts = await Promise.all(
		(await getHandouts(lesson)).map(async (h) => ({ ...h, Content: (await render(h)).Content }))
	);
	const staff = lesson.data.track === 'pendidik';
	/* A staff session prints its participants' handout where a lesson prints its worksheet. */
	const worksheet = handouts.find(
		(h) => h.data.kind === (staff ? 'materi-peserta' : 'lembar-kerja')
	);
	const letter = handouts.find((h) => h.data.kind === 'surat-orang-tua');
	if (staff && !worksheet)
		throw new Error(`Sesi pendidik "${lesson.id}" perlu handout peserta (materi-peserta.mdx).`);
	if (!staff && (!worksheet || !letter))
		throw new Error(`Pelajaran "${lesson.id}" perlu lembar kerja dan surat untuk orang tua.`);
	if (!worksheet) throw new Error(`Pelajaran "${lesson.id}" perlu lembar kerja.`);
	return {
		worksheet,
		letter,
		quiz: await getLessonQuiz(lesson),
		disclosure: await getPage('jika-anak-bercerita'),
		/* Under the parent letter: the numbers a family may need, read from the helplines data. */
		helplines: (await getHelplines()).filter(
			(h) => h.data.featured || h.data.urgent || h.id === 'uptd-ppa'
		),
	};
}

export type PrintPack = Awaited<ReturnType<typeof getPrintPack>>;

/** The paths of a print part's own page: one per lesson (src/pages/pelajaran/[slug]/cetak/*.astro). */
export async function printPartPaths() {
	return (await getLessons()).map((lesson) => ({ params: { slug: lesson.id }, props: { lesson } }));
}

/** The paths of the parent letter's page: lessons for children only (staff sessions have none). */
export async function letterPartPaths() {
	return (await printPartPaths()).filter((p) => p.props.lesson.data.track !== 'pendidik');
}
