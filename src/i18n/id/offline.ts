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
	'offline.status.partly': ({ cached, total }: { cached: number; total: number }) =>
		`Sedang menyimpan: ${cached} dari ${total} berkas. Biarkan halaman ini terbuka selagi tersambung ke internet.`,
	'offline.status.ready': ({ total }: { total: number }) =>
		`Siap dipakai tanpa internet: ${total} berkas tersimpan di perangkat ini.`,
	'offline.status.space': ({ used }: { used: string }) => `Ruang yang dipakai situs ini: ${used}.`,
} as const;
