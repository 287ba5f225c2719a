/**
 * Part of the UI dictionary (`src/i18n/id.ts`), in its own module so that the browser code that
 * needs these texts does not download the rest.
 */
/** Texts of the self-check island. */
export const checklistUi = {
	'checklist.name': 'Nama sekolah, madrasah atau pesantren (untuk laporan)',
	'checklist.answer.sudah': 'Sudah',
	'checklist.answer.belum': 'Belum',
	'checklist.answer.tidak-tahu': 'Tidak tahu',
	'checklist.remember': 'Ingat jawaban di perangkat ini',
	'checklist.rememberHint':
		'Mati: jawaban hilang saat halaman ditutup. Hidup: jawaban disimpan hanya di peramban ini. Tidak ada yang dikirim ke mana pun.',
	'checklist.remembered': 'Jawaban disimpan di perangkat ini.',
	'checklist.notSaved':
		'Perangkat ini tidak mengizinkan penyimpanan. Jawaban tetap ada selama halaman terbuka.',
	'checklist.clear': 'Hapus semua jawaban',
	'checklist.print': 'Cetak laporan',
	'checklist.result': 'Hasil',
	'checklist.reportFor': ({ name, date }: { name: string; date: string }) =>
		name ? `Laporan daftar periksa: ${name}, ${date}` : `Laporan daftar periksa, ${date}`,
	'checklist.score': ({ done, total }: { done: number; total: number }) =>
		`${done} dari ${total} hal sudah berjalan.`,
	'checklist.answered': ({ answered, total }: { answered: number; total: number }) =>
		`${answered} dari ${total} pernyataan sudah dijawab.`,
	'checklist.area': ({ title, done, total }: { title: string; done: number; total: number }) =>
		`${title}: ${done} dari ${total}`,
	'checklist.level.lengkap':
		'Semua hal sudah berjalan. Pertahankan: periksa lagi setiap tahun dan setiap ada staf baru.',
	'checklist.level.separuh':
		'Sebagian besar sudah berjalan. Selesaikan langkah berikut satu per satu, mulai dari yang paling atas.',
	'checklist.level.awal':
		'Banyak hal belum berjalan. Itu wajar di awal. Mulailah dari tiga langkah pertama di bawah ini bulan ini.',
	'checklist.next': 'Langkah berikutnya',
	'checklist.none': 'Tidak ada langkah yang tertinggal.',
	'checklist.yourAnswer': ({ answer }: { answer: string }) => `Jawaban: ${answer}`,
} as const;
