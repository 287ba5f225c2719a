/**
 * Texts of the slide-deck controls (presentation and class quiz): part of the UI dictionary
 * (`src/i18n/id.ts`), in its own module so the deck's browser code downloads only these.
 */
export const deckUi = {
	'deck.controls': 'Kontrol tayangan',
	'deck.prev': 'Sebelumnya',
	'deck.next': 'Berikutnya',
	'deck.blank': 'Layar gelap',
	'deck.fullscreen': 'Layar penuh',
	'deck.teacherView': 'Tampilan guru',
	'deck.hideControls': 'Sembunyikan kontrol',
	'deck.showControls': 'Tampilkan kontrol',
	'deck.keys': 'Panduan tombol',
	'deck.exit': 'Keluar cepat',
	'deck.position': ({ current, total }: { current: number; total: number }) =>
		`Tayangan ${current} dari ${total}`,
	'deck.unblank': 'Tampilkan tayangan lagi',
	'deck.announce.revealed': 'Jawaban ditampilkan.',
	'deck.announce.hidden': 'Jawaban disembunyikan lagi.',
	'deck.teacher.notes': 'Catatan untuk guru',
	'deck.teacher.noNotes': 'Tidak ada catatan untuk tayangan ini.',
	'deck.teacher.nextReveal': 'Tekan Berikutnya untuk menampilkan jawaban.',
	'deck.teacher.nextSlide': ({ title }: { title: string }) => `Berikutnya: ${title}`,
	'deck.teacher.lastSlide': 'Ini tayangan terakhir.',
	'deck.teacher.blank': 'Layar kelas sedang gelap.',
	'deck.teacher.time': 'Waktu',
	'deck.teacher.planned': ({ minutes }: { minutes: number }) => `dari ${minutes} menit`,
} as const;
