import type { Feeling } from '../../lib/pictures/feelings';

/** Texts of the feelings view (perasaan): imported only by it, so they download with it. */
export const quizFeelUi = {
	'quiz.feelHint': 'Pilih wajah yang sesuai dengan perasaanmu. Semua perasaan boleh.',
	'quiz.feelings': {
		senang: 'Senang',
		tenang: 'Tenang',
		sedih: 'Sedih',
		takut: 'Takut',
		marah: 'Marah',
		bingung: 'Bingung',
		malu: 'Malu',
		kaget: 'Kaget',
	} as Record<Feeling, string> & Record<string, string>,
} as const;
