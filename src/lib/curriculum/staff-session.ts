import { lessonParts } from './lesson-parts';
import { lessonMinuteProblems } from './timing';

/**
 * A staff session (track `pendidik`) is training for adults, not a class: it has no worksheet,
 * parent letter or child differentiation. Its own parts are a facilitator script in every part, slides
 * with facilitator notes, a handout for participants and a short check of understanding.
 */
export const STAFF_SESSION_MINUTES = { min: 60, max: 90 } as const;
/** The check of understanding: scenario questions for adults, as many as a lesson quiz. */
export const STAFF_CHECK_QUESTIONS = { min: 5, max: 8 } as const;
export const STAFF_SLIDES = { min: 6, max: 14 } as const;

export interface StaffSession {
	/** The MDX source of the session. */
	source: string;
	/** The session's planned minutes (frontmatter `minutes`). */
	minutes: number;
	/** The kinds of the handouts found for the session. */
	handoutKinds: readonly string[];
	/** How many questions the session's check (its quiz) has; undefined when there is none. */
	checkQuestions: number | undefined;
}

const body = (source: string) => source.replace(/^---\n[\s\S]*?\n---\n/, '');

/** What a staff session lacks, in words the author reads in the test report. */
export function staffSessionProblems(session: StaffSession): string[] {
	const { source, minutes, handoutKinds, checkQuestions } = session;
	const problems: string[] = [];
	const parts = lessonParts(source);
	if (minutes < STAFF_SESSION_MINUTES.min || minutes > STAFF_SESSION_MINUTES.max)
		problems.push(
			`Sesi pendidik ${minutes} menit; seharusnya ${STAFF_SESSION_MINUTES.min}–${STAFF_SESSION_MINUTES.max} menit.`
		);
	const titles = parts.steps.map((s) => s.title).join(', ');
	if (titles !== 'Pembuka, Inti, Penutup')
		problems.push(
			`Sesi perlu bagian Pembuka, Inti, dan Penutup (sekarang: ${titles || 'tidak ada'}).`
		);
	problems.push(...lessonMinuteProblems(source, minutes));
	/* The facilitator script: something to read aloud in every part. */
	const steps = [...body(source).matchAll(/<Langkah judul="([^"]+)"[^>]*>([\s\S]*?)<\/Langkah>/g)];
	for (const [, title, inner] of steps)
		if (!/<Naskah\b/.test(inner ?? ''))
			problems.push(`Bagian ${title} belum punya naskah fasilitator (<Naskah>).`);
	if (parts.slides.length < STAFF_SLIDES.min || parts.slides.length > STAFF_SLIDES.max)
		problems.push(
			`Sesi punya ${parts.slides.length} tayangan; perlu ${STAFF_SLIDES.min}–${STAFF_SLIDES.max}.`
		);
	const slides = [
		...body(source).matchAll(/<Tayangan\b[^>]*judul="([^"]*)"[^>]*>([\s\S]*?)<\/Tayangan>/g),
	];
	for (const [, title, inner] of slides)
		if (!/<Catatan>/.test(inner ?? ''))
			problems.push(`Tayangan "${title}" belum punya catatan fasilitator (<Catatan>).`);
	if (!handoutKinds.includes('materi-peserta'))
		problems.push('Sesi belum punya handout peserta (content/handouts/<sesi>/materi-peserta.mdx).');
	if (checkQuestions === undefined)
		problems.push('Sesi belum punya cek pemahaman (kuis di content/quizzes/).');
	else if (checkQuestions < STAFF_CHECK_QUESTIONS.min || checkQuestions > STAFF_CHECK_QUESTIONS.max)
		problems.push(
			`Cek pemahaman punya ${checkQuestions} soal; perlu ${STAFF_CHECK_QUESTIONS.min}–${STAFF_CHECK_QUESTIONS.max}.`
		);
	if (parts.quizOnScreen !== 1)
		problems.push('Cek pemahaman perlu dimainkan sekali di layar (<KuisDiLayar />) dalam sesi.');
	return problems;
}
