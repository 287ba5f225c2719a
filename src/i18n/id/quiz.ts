/**
 * Texts of the quiz island: part of the UI dictionary (`src/i18n/id.ts`), in its own module so that the
 * browser code needing these texts does not download the rest.
 */
export const quizUi = {
	'quiz.intro': ({ total }: { total: number }) =>
		`Ada ${total} soal. Tidak ada nilai. Kamu boleh mencoba lagi sampai menemukan jawaban yang aman.`,
	'quiz.start': 'Mulai',
	'quiz.resume': 'Lanjutkan',
	'quiz.loading': 'Sebentar, soal sedang disiapkan…',
	'quiz.progress': ({ current, total }: { current: number; total: number }) =>
		`Soal ${current} dari ${total}`,
	'quiz.right': 'Tepat!',
	'quiz.tryAgain': 'Coba pikirkan lagi.',
	'quiz.accepted': 'Perasaan itu boleh.',
	'quiz.handThanks': 'Bagus!',
	'quiz.next': 'Lanjut',
	'quiz.back': 'Kembali',
	'quiz.finish': 'Selesai',
	'quiz.listen': 'Dengarkan',
	'quiz.stop': 'Berhenti',
	'quiz.listenTo': ({ text }: { text: string }) => `Dengarkan: ${text}`,
	'quiz.remember': 'Ingat di perangkat ini',
	'quiz.rememberOn': 'Kemajuanmu disimpan di perangkat ini saja.',
	'quiz.rememberFailed':
		'Perangkat ini tidak bisa menyimpan. Kuis tetap bisa dimainkan sampai selesai.',
	'quiz.forget': 'Hapus',
	'quiz.forgetAsk': 'Hapus semua jawabanmu dari perangkat ini? Kuis akan mulai dari awal.',
	'quiz.forgetYes': 'Ya, hapus',
	'quiz.forgetNo': 'Tidak jadi',
	'quiz.forgotten': 'Sudah dihapus dari perangkat ini.',
	'quiz.done.title': 'Kamu sudah menyelesaikan kuis ini!',
	'quiz.done.text': 'Terima kasih sudah berlatih. Ingat aturan-aturannya, ya.',
	'quiz.restart': 'Ulangi kuis',
	'quiz.backToLesson': 'Kembali ke pelajaran',
} as const;
