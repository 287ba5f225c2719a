/** Texts of the sorting view (kelompokkan): imported only by it, so they download with it. */
export const quizSortUi = {
	'quiz.sortHint': 'Untuk setiap kartu, pilih kelompoknya.',
} as const;
