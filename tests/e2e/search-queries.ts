/**
 * Real queries teachers, parents and older children type, each with the page that must appear in
 * the top three results (or one of the pages, where several answer the query equally well). When one fails, improve the page's title, description or headings (what
 * Pagefind weighs), never special-case the query.
 */
export const SEARCH_QUERIES: readonly { query: string; expect: string | readonly string[] }[] = [
	{ query: 'disentuh', expect: '/pelajaran/bagian-pribadi/' },
	{ query: 'sentuhan', expect: '/pelajaran/bagian-pribadi/' },
	{ query: 'bagian pribadi', expect: '/pelajaran/bagian-pribadi/' },
	{
		query: 'sentuhan tidak aman',
		expect: ['/pelajaran/bagian-pribadi/', '/pelajaran/sentuhan-membingungkan/'],
	},
	{
		query: 'rahasia',
		expect: ['/orang-tua/bicara-tentang-tubuh/', '/pelajaran/kejutan-atau-rahasia/'],
	},
	{ query: 'melapor', expect: '/orang-tua/cara-melapor/' },
	{ query: 'cara melapor', expect: '/orang-tua/cara-melapor/' },
	{ query: 'bagaimana melapor', expect: '/orang-tua/cara-melapor/' },
	{ query: 'sapa 129', expect: '/orang-tua/cara-melapor/' },
	{ query: 'anak bercerita', expect: '/orang-tua/jika-anak-bercerita/' },
	{ query: 'anak saya dilecehkan', expect: '/orang-tua/jika-anak-bercerita/' },
	{ query: 'pelecehan', expect: '/orang-tua/hukum-dalam-bahasa-sederhana/' },
	{ query: 'pencabulan', expect: '/orang-tua/hukum-dalam-bahasa-sederhana/' },
	{ query: 'damai', expect: '/orang-tua/hukum-dalam-bahasa-sederhana/' },
	{ query: 'undang-undang', expect: '/orang-tua/hukum-dalam-bahasa-sederhana/' },
	{ query: 'bujuk rayu', expect: '/orang-tua/bujuk-rayu/' },
	{ query: 'grooming', expect: '/orang-tua/bujuk-rayu/' },
	{ query: 'tanda anak', expect: '/orang-tua/tanda-peringatan/' },
	{ query: 'nama alat kelamin', expect: '/orang-tua/nama-bagian-tubuh/' },
	{ query: 'penis', expect: '/orang-tua/nama-bagian-tubuh/' },
	{ query: 'foto telanjang', expect: '/orang-tua/aman-di-internet/' },
	{ query: 'sextortion', expect: '/orang-tua/aman-di-internet/' },
	{ query: 'perilaku seksual', expect: '/orang-tua/perilaku-seksual-anak/' },
	{ query: 'mitos', expect: '/orang-tua/mitos-dan-fakta/' },
	{ query: 'trauma', expect: '/orang-tua/merawat-setelah-kekerasan/' },
	{ query: 'pemulihan', expect: '/orang-tua/merawat-setelah-kekerasan/' },
	{ query: 'disabilitas', expect: '/orang-tua/anak-disabilitas/' },
	{ query: 'pesantren', expect: '/sekolah/madrasah-dan-pesantren/' },
	{ query: 'memilih pesantren', expect: '/orang-tua/memilih-sekolah-pesantren/' },
	{
		query: 'ustadz menyentuh santri',
		// The pesantren lesson whose story is exactly this answers it as well as the page for pondok leaders.
		expect: ['/sekolah/madrasah-dan-pesantren/', '/pelajaran/bukan-rahasia-bukan-salahmu/'],
	},
	{ query: 'kode etik', expect: '/sekolah/kode-etik/' },
	{ query: 'TPPK', expect: '/sekolah/kanal-pengaduan/' },
	{ query: 'protokol', expect: '/sekolah/protokol/' },
];
