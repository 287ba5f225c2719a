/** Texts of the five-fingers hand: imported only by its view, so they download with the hand. */
export const quizHandUi = {
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
} as const;
