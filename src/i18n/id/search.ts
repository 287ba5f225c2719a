/**
 * Part of the UI dictionary (`src/i18n/id.ts`), in its own module so that the browser code that
 * needs these texts does not download the rest.
 */
/** Texts of the search page's script. */
export const searchScriptUi = {
	'search.loading': 'Sedang mencari…',
	'search.results': ({ count, query }: { count: number; query: string }) =>
		`${count} hasil untuk "${query}"`,
	'search.progress': ({ shown, total, query }: { shown: number; total: number; query: string }) =>
		`${shown} dari ${total} hasil untuk "${query}" sudah tampil`,
	'search.moreLeft': ({ count }: { count: number }) => `(${count} lagi)`,
	'search.none': ({ query }: { query: string }) =>
		`Tidak ada hasil untuk "${query}". Coba kata lain yang lebih pendek.`,
	'search.error': 'Pencarian belum bisa dipakai. Muat ulang halaman ini, lalu coba lagi.',
} as const;

/** Texts of the search form and page, and with them those of its script. */
export const searchUi = {
	'search.title': 'Cari',
	'search.label': 'Cari pelajaran dan panduan',
	'search.placeholder': 'Misalnya: rahasia, sentuhan',
	'search.submit': 'Cari',
	'search.intro': 'Cari di semua pelajaran dan panduan orang tua.',
	'search.more': 'Tampilkan lebih banyak',
	...searchScriptUi,
	'search.filterAudience': 'Untuk',
	'search.filterTrack': 'Jenjang',
	'search.all': 'Semua',
	'search.suggestions': 'Coba cari salah satu topik ini:',
	'search.help': 'Butuh bantuan sekarang? Buka halaman Bantuan.',
} as const;
