/** Texts of the ordering view (urutkan): imported only by it, so they download with it. */
export const quizOrderUi = {
	'quiz.orderHint': 'Pilih langkah yang terjadi lebih dulu, satu per satu.',
	'quiz.orderSoFar': 'Urutanmu',
	'quiz.orderNext': 'Langkah berikutnya',
	'quiz.orderEmpty': 'Belum ada langkah. Pilih langkah pertama di bawah.',
} as const;
