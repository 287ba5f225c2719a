import type { Quiz } from '../../schemas/quiz';
import { classQuestions } from '../quiz/class-set';

/** A fase-a class quiz: at most this many questions ... */
export const FASE_A_CLASS_QUIZ_MAX = 3;
/** ... in at least this many minutes. */
export const FASE_A_CLASS_QUIZ_MINUTES = 4;
/** Fase-a sorting: at most two groups, so a seven-year-old holds one idea per card. */
export const FASE_A_MAX_GROUPS = 2;
/**
 * A fase-a lesson with more activities than this in its Inti needs marked "jika waktu terbatas"
 * cuts: four activities and a class quiz in 35 minutes do not fit a slow kelas-1 class either.
 */
export const FASE_A_MAX_ACTIVITIES_WITHOUT_CUTS = 3;

/** The minutes a lesson gives to its "Kuis bersama", from "**Kuis bersama (5 menit).**". */
export function classQuizMinutes(lessonSource: string): number | undefined {
	const match = lessonSource.match(/\*\*Kuis bersama \((\d+) menit\)/);
	return match ? Number(match[1]) : undefined;
}

/** How many numbered activities ("**Kegiatan 3: …**") a lesson has. */
export function activityCount(lessonSource: string): number {
	return new Set([...lessonSource.matchAll(/\*\*Kegiatan (\d+):/g)].map((m) => m[1])).size;
}

/** What makes a fase-a lesson and its quiz impossible to teach in a real kelas 1–2 class. */
export function faseATimingProblems(
	lessonSource: string,
	quiz: Pick<Quiz, 'questions' | 'classQuestions'>
): string[] {
	const problems: string[] = [];
	const inClass = classQuestions(quiz);
	const minutes = classQuizMinutes(lessonSource);
	if (inClass.length > FASE_A_CLASS_QUIZ_MAX) {
		problems.push(
			`Kuis bersama punya ${inClass.length} soal; paling banyak ${FASE_A_CLASS_QUIZ_MAX} (isi "classQuestions").`
		);
	}
	if (minutes === undefined || minutes < FASE_A_CLASS_QUIZ_MINUTES) {
		problems.push(
			`Kuis bersama perlu minimal ${FASE_A_CLASS_QUIZ_MINUTES} menit di naskah pelajaran.`
		);
	}
	for (const q of quiz.questions) {
		if (q.type === 'kelompokkan' && q.groups.length > FASE_A_MAX_GROUPS) {
			problems.push(
				`Soal "${q.id}" punya ${q.groups.length} kelompok; Fase A paling banyak ${FASE_A_MAX_GROUPS}.`
			);
		}
	}
	if (
		activityCount(lessonSource) > FASE_A_MAX_ACTIVITIES_WITHOUT_CUTS &&
		!/Jika waktu terbatas/i.test(lessonSource)
	) {
		problems.push(
			`Pelajaran punya ${activityCount(lessonSource)} kegiatan tanpa catatan “Jika waktu terbatas”.`
		);
	}
	return problems;
}

/** A lesson longer than this, or with more activities than the next constant, needs marked cuts. */
export const LONG_LESSON_MINUTES = 60;
export const MAX_ACTIVITIES_WITHOUT_CUTS = 5;

/**
 * Where a lesson's minutes do not add up: its `<Langkah menit={…}>` parts must sum to the lesson's
 * `minutes`, and the timed activities inside a part ("**Kegiatan 1: … (8 menit).**") to that part's
 * minutes. A long or crowded lesson needs a "Jika waktu terbatas" note.
 */
export function lessonMinuteProblems(lessonSource: string, minutes: number): string[] {
	const problems: string[] = [];
	const parts = [
		...lessonSource.matchAll(/<Langkah judul="([^"]+)" menit=\{(\d+)\}>([\s\S]*?)<\/Langkah>/g),
	];
	const total = parts.reduce((sum, p) => sum + Number(p[2]), 0);
	if (total !== minutes)
		problems.push(`Bagian pelajaran berjumlah ${total} menit, padahal pelajaran ${minutes} menit.`);
	for (const [, title, partMinutes, body] of parts) {
		const timed = [...(body ?? '').matchAll(/^\*\*[^\n]*?\((\d+) menit\)\.\*\*/gm)].map((m) =>
			Number(m[1])
		);
		const sum = timed.reduce((a, b) => a + b, 0);
		if (timed.length > 0 && sum !== Number(partMinutes))
			problems.push(
				`Kegiatan di bagian ${title} berjumlah ${sum} menit, padahal bagian itu ${partMinutes} menit.`
			);
	}
	if (
		(minutes > LONG_LESSON_MINUTES || activityCount(lessonSource) > MAX_ACTIVITIES_WITHOUT_CUTS) &&
		!/Jika waktu terbatas/i.test(lessonSource)
	)
		problems.push(
			`Pelajaran ${minutes} menit dengan ${activityCount(lessonSource)} kegiatan perlu catatan “Jika waktu terbatas”.`
		);
	return problems;
}
