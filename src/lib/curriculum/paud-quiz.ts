import { audioLines } from '../quiz/audio-lines.mjs';
import { missingPictures, questionTexts } from '../quiz/child-text';
import type { Question } from '../quiz/types';
import { wordCount } from './sentences';

/**
 * The question types a child of 4–6 can play without reading or writing: one picture to tap, or a
 * feelings face. Sorting, ordering, several answers and typed names all need reading.
 */
export const PAUD_QUESTION_TYPES = ['pilihan', 'perasaan'] as const;

/** The most words one answer may have: a short line a child hears once and remembers. */
export const PAUD_ANSWER_MAX_WORDS = 6;

/**
 * What keeps a PAUD quiz from being played by a child who cannot read: a question type that needs
 * reading, a question or answer with no picture, an answer too long to hear and remember, a reason
 * that repeats the quiz's own “Coba pikirkan lagi”, or a line the child sees that has no sound (no
 * place in the list of lines to record and read aloud).
 */
export function paudQuizProblems(quizId: string, questions: readonly Question[]): string[] {
	const problems: string[] = [];
	const heard = new Set(audioLines(quizId, questions).map((line) => line.text));
	for (const q of questions) {
		if (!(PAUD_QUESTION_TYPES as readonly string[]).includes(q.type)) {
			problems.push(
				`${q.id}: jenis "${q.type}" perlu membaca; pakai ${PAUD_QUESTION_TYPES.join(' atau ')}.`
			);
		}
		for (const where of missingPictures(q)) problems.push(`${q.id}: ${where} belum bergambar.`);
		if (q.type === 'pilihan' || q.type === 'pilihan-ganda') {
			for (const c of q.choices) {
				if (!c.correct && /^coba pikirkan lagi/i.test(c.feedback.trim())) {
					problems.push(
						`${q.id}: alasan pilihan "${c.id}" diawali “Coba pikirkan lagi”, yang sudah diucapkan kuis.`
					);
				}
				if (wordCount(c.text) > PAUD_ANSWER_MAX_WORDS) {
					problems.push(
						`${q.id}: pilihan "${c.id}" ${wordCount(c.text)} kata (paling banyak ${PAUD_ANSWER_MAX_WORDS}).`
					);
				}
			}
		}
		for (const text of questionTexts(q)) {
			if (!heard.has(text)) problems.push(`${q.id}: "${text.slice(0, 40)}" tidak bisa didengar.`);
		}
	}
	return problems;
}
