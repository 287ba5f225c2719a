/**
 * Part of the UI dictionary (`src/i18n/id.ts`), in its own module so that the browser code that
 * needs these texts does not download the rest.
 */
/** Texts of the /offline/ page's status script. */
export const offlineUi = {
	'offline.status.checking': 'Memeriksa perangkat ini…',
	'offline.status.unsupported':
		'Peramban ini tidak bisa menyimpan situs untuk dibuka tanpa internet. Coba Chrome, Firefox atau Edge versi terbaru.',
	'offline.status.notYet':
		'Perangkat ini belum siap. Biarkan halaman ini terbuka sebentar selagi tersambung ke internet, lalu muat ulang.',
	'offline.status.core': ({ cached, total }: { cached: number; total: number }) =>
		`Bagian utama sudah tersimpan (${cached} dari ${total} berkas): beranda, bantuan, panduan orang tua, halaman anak dan pencarian. Halaman lain tersimpan saat dibuka, atau simpan semuanya dengan tombol di bawah.`,
	'offline.status.partly': ({ cached, total }: { cached: number; total: number }) =>
		`Sedang menyimpan: ${cached} dari ${total} berkas. Biarkan halaman ini terbuka selagi tersambung ke internet.`,
	'offline.status.ready': ({ total }: { total: number }) =>
		`Siap dipakai tanpa internet: ${total} berkas tersimpan di perangkat ini.`,
	'offline.status.space': ({ used }: { used: string }) => `Ruang yang dipakai situs ini: ${used}.`,
	'offline.save.intro': ({ files, size }: { files: number; size: string }) =>
		`Semua pelajaran, kuis, tayangan, lembar cetak dan panduan: ${files} berkas, sekitar ${size} di perangkat. Unduhan lewat internet biasanya lebih kecil dari angka ini.`,
	'offline.save.button': ({ size }: { size: string }) => `Simpan seluruh situs (${size})`,
	'offline.save.progress': ({
		done,
		total,
		percent,
	}: {
		done: string;
		total: string;
		percent: number;
	}) => `Menyimpan… ${done} dari ${total} (${percent}%)`,
	'offline.save.done':
		'Selesai. Seluruh situs sudah tersimpan, dan perangkat ini siap dipakai tanpa internet.',
	'offline.save.retry': ({ files }: { files: number }) =>
		`${files} berkas belum berhasil diunduh, mungkin karena sambungan terputus. Tekan tombol simpan sekali lagi: yang sudah tersimpan tidak diunduh ulang.`,
	'offline.save.noNetwork':
		'Perangkat ini sedang tidak tersambung ke internet. Sambungkan dulu, lalu tekan tombol simpan lagi.',
	'offline.save.saveData': ({ size }: { size: string }) =>
		`Peramban ini sedang memakai mode hemat data. Unduhan ini paling banyak sekitar ${size}. Sebaiknya tunggu sampai tersambung ke Wi-Fi.`,
	'offline.save.lowStorage': ({ free }: { free: string }) =>
		`Ruang yang masih bisa dipakai situs ini tinggal sekitar ${free}. Kosongkan sebagian ruang di perangkat dulu, supaya penyimpanan tidak berhenti di tengah jalan.`,
	'offline.save.clear': 'Hapus salinan',
	'offline.save.cleared':
		'Salinan sudah dihapus. Bagian utama tetap tersimpan; halaman lain tersimpan lagi saat dibuka dengan internet.',
	'offline.missing.title': 'Halaman ini belum tersimpan',
	'offline.missing.text':
		'Halaman yang Anda buka belum tersimpan di perangkat ini, dan sekarang tidak ada sambungan internet. Halaman berikut sudah tersimpan dan bisa dibuka:',
} as const;
