import type { Feeling } from '../../lib/pictures/feelings';

/**
 * Texts of the quiz's question views (part of the UI dictionary, `src/i18n/id.ts`). A separate module
 * so they download with the views that need them, not with every quiz.
 */
export const quizViewUi = {
	'quiz.sortHint': 'Untuk setiap kartu, pilih kelompoknya.',
	'quiz.multiHint': 'Pilih semua jawaban yang cocok, lalu tekan Periksa.',
	'quiz.check': 'Periksa',
	'quiz.missed': ({ count }: { count: number }) =>
		`Masih ada ${count} jawaban cocok yang belum kamu pilih.`,
	'quiz.extra': ({ count }: { count: number }) =>
		`Ada ${count} pilihan yang belum tepat. Baca alasannya di bawah pilihan itu.`,
	'quiz.multiRight': 'Kamu menemukan semua jawabannya.',
	'quiz.orderHint': 'Pilih langkah yang terjadi lebih dulu, satu per satu.',
	'quiz.orderSoFar': 'Urutanmu',
	'quiz.orderNext': 'Langkah berikutnya',
	'quiz.orderEmpty': 'Belum ada langkah. Pilih langkah pertama di bawah.',
	'quiz.feelHint': 'Pilih wajah yang sesuai dengan perasaanmu. Semua perasaan boleh.',
	'quiz.handFingers': ['Ibu jari', 'Jari telunjuk', 'Jari tengah', 'Jari manis', 'Jari kelingking'],
	'quiz.handHint': 'Ketuk satu jari, lalu tulis satu nama. Kamu juga boleh hanya memikirkannya.',
	/** One idea of whom to think of, per finger; shown shuffled (see `handPromptOrder`). */
	'quiz.handPrompts': [
		'Orang dewasa di rumahmu',
		'Orang dewasa di sekolah, madrasah, atau pondok',
		'Keluarga yang tinggal di rumah lain',
		'Orang dewasa yang bisa kamu telepon',
		'Orang dewasa lain yang kamu percaya',
	],
	'quiz.handFinger': ({ finger, name }: { finger: string; name: string }) =>
		name ? `${finger}: ${name}` : `${finger}, belum ada nama`,
	'quiz.handDone': 'Selesai menulis',
	'quiz.handPrint': 'Cetak tanganku',
	'quiz.handNotKept':
		'Nama-nama ini tidak dikirim dan tidak disimpan. Saat halaman ditutup, nama-nama ini hilang.',
	'quiz.handKept':
		'Nama-nama ini disimpan di perangkat ini saja, karena “Ingat di perangkat ini” menyala. Tekan “Hapus” untuk menghapusnya.',
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
