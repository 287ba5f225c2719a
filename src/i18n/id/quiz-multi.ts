/** Texts of the pick-all view (pilihan-ganda): imported only by it, so they download with it. */
export const quizMultiUi = {
	'quiz.multiHint': 'Pilih semua jawaban yang cocok, lalu tekan Periksa.',
	'quiz.check': 'Periksa',
	'quiz.missed': ({ count }: { count: number }) =>
		`Masih ada ${count} jawaban cocok yang belum kamu pilih.`,
	'quiz.extra': ({ count }: { count: number }) =>
		`Ada ${count} pilihan yang belum tepat. Baca alasannya di bawah pilihan itu.`,
	'quiz.multiRight': 'Kamu menemukan semua jawabannya.',
} as const;
