/**
 * Texts of the quiz island: part of the UI dictionary (`src/i18n/id.ts`), in its own module so that the
 * browser code needing these texts does not download the rest.
 */
export const quizUi = {
	'quiz.progress': ({ current, total }: { current: number; total: number }) =>
		`Soal ${current} dari ${total}`,
	'quiz.right': 'Tepat!',
	'quiz.tryAgain': 'Coba pikirkan lagi.',
	'quiz.next': 'Lanjut',
	'quiz.finish': 'Selesai',
	'quiz.sortHint': 'Untuk setiap kartu, pilih kelompoknya.',
	'quiz.done.title': 'Kamu sudah menyelesaikan kuis ini!',
	'quiz.done.text': 'Terima kasih sudah berlatih. Ingat aturan-aturannya, ya.',
	'quiz.restart': 'Ulangi kuis',
	'quiz.backToLesson': 'Kembali ke pelajaran',
} as const;
