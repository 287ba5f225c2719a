/**
 * Part of the UI dictionary (`src/i18n/id.ts`): the class kits (`src/components/bahan`) at
 * `/guru/bahan/` and `/guru/bahan/<kit>/`.
 */
import type { ClassKit } from '../../lib/print/class-kits';

export const bahanUi = {
	'bahan.title': 'Bahan kelas siap cetak',
	'bahan.description':
		'Kartu, wajah perasaan, templat, dan poster yang diminta pelajaran Jaga Diri, siap dicetak hitam putih di kertas A4.',
	'bahan.intro':
		'Setiap bahan di sini digambar khusus untuk Jaga Diri dan dicetak dengan garis hitam, jadi tetap jelas jika difotokopi. Buka bahan yang diperlukan, lalu cetak halamannya (Ctrl+P). Pada kartu berwarna, anak dapat mewarnai sendiri dengan krayon jika printer Bapak/Ibu hitam putih.',
	'bahan.sheets': ({ sheets }: { sheets: number }) => `${sheets} lembar A4`,
	'bahan.usedIn': 'Dipakai di pelajaran:',
	'bahan.printThis':
		'Cetak halaman ini dengan Ctrl+P. Tombol dan petunjuk ini tidak ikut tercetak.',
	'bahan.all': 'Semua bahan kelas',
	'bahan.common':
		'Bahan lain yang disebut pelajaran sudah ada di setiap kelas (papan tulis, kapur atau spidol, pensil, krayon, kertas bekas) atau ada di bahan cetak pelajaran itu sendiri (lembar kerja dan surat untuk orang tua).',
	'bahan.forLesson': 'Bahan kelas siap cetak untuk pelajaran ini:',
	'bahan.link': 'Bahan kelas siap cetak (kartu, wajah perasaan, poster)',
	'bahan.cut': 'Gunting di garis putus-putus.',
	'bahan.green': 'HIJAU',
	'bahan.greenText': 'Aman. Boleh.',
	'bahan.red': 'MERAH',
	'bahan.redText': 'Tidak aman. Tidak boleh.',
	'bahan.yellow': 'KUNING',
	'bahan.yellowText': 'Bingung. Tanya orang dewasa.',
	'bahan.tolongTitle': 'Tolong, aku mau cerita.',
	'bahan.tolongText': 'Aku perlu bicara dengan orang dewasa yang aku percaya.',
	'bahan.tolongAdult':
		'Untuk orang dewasa: anak yang memberikan kartu ini ingin bercerita atau perlu bantuan. Ajak ia ke tempat yang tenang tetapi tetap terlihat orang lain, dengarkan dengan sabar, dan biarkan ia menunjuk atau menggambar. Jika ia menceritakan sentuhan atau rahasia yang tidak aman, ikuti kartu “Jika anak bercerita”.',
	'bahan.tolongName': 'Nama anak:',
	'bahan.limaJariTitle': 'Lima Jari Kepercayaanku',
	'bahan.limaJariTask':
		'Tulis atau gambar satu orang dewasa yang kamu percaya di setiap jari. Paling sedikit satu orang tinggal di luar rumahmu.',
	'bahan.posterTitle': 'Aturan Jaga Diri',
	'bahan.feelingWords': [
		'malu',
		'risih',
		'bingung',
		'takut',
		'marah',
		'kaget',
		'sedih',
		'tenang',
		'senang',
	],
	'bahan.trickWords': [
		'HADIAH “KHUSUS UNTUKMU”',
		'PERHATIAN KHUSUS',
		'“PERMAINAN” RAHASIA',
		'RAHASIA',
		'ANCAMAN',
	],
	'bahan.helpTitle': 'Kalau ada yang membuatmu takut, sedih, atau bingung, ceritakan.',
	'bahan.helpText': 'Cerita kepada orang dewasa yang kamu percaya, atau hubungi:',
	'bahan.helpLocal': 'UPTD PPA di daerah kita:',
	'bahan.helpSchool': 'Di sekolah atau pondok kita, yang menerima laporan:',
	'bahan.star': 'Kalian hebat!',
	'bahan.kits': {
		'wajah-perasaan': {
			title: 'Wajah perasaan',
			text: 'Tujuh wajah besar dan bernama: senang, sedih, marah, takut, bingung, kaget, dan malu, dua di setiap lembar. Tempel di papan atau angkat satu per satu.',
		},
		'kartu-hijau-merah': {
			title: 'Kartu hijau dan merah',
			text: 'Empat pasang kartu jawaban di satu lembar: hijau bertanda lingkaran dan centang, merah bertanda kotak dan silang, jadi tetap bisa dibedakan walau dicetak hitam putih.',
		},
		'kartu-lampu': {
			title: 'Kartu lampu lalu lintas',
			text: 'Dua set kartu hijau, kuning, dan merah untuk permainan lampu sentuhan, masing-masing dengan gambar lampu dan bentuk yang berbeda.',
		},
		'kartu-tolong': {
			title: 'Kartu tolong',
			text: 'Kartu bergambar untuk anak yang belum atau tidak berbicara. Anak menyerahkannya kepada orang dewasa tepercaya saat ingin bercerita. Di baliknya ada petunjuk singkat untuk orang dewasa.',
		},
		'lima-jari': {
			title: 'Templat Lima Jari',
			text: 'Gambar telapak tangan besar dengan garis isian di setiap jari, untuk anak yang tidak menjiplak tangannya sendiri.',
		},
		'poster-aturan': {
			title: 'Poster enam aturan',
			text: 'Enam aturan Jaga Diri dengan kalimat untuk anak, satu lembar untuk ditempel di kelas. Cetak di kertas A4 atau F4; di kertas A3 huruf dan gambarnya ikut membesar agar terbaca dari belakang kelas.',
		},
		'kata-perasaan': {
			title: 'Kartu kata perasaan',
			text: 'Sembilan kata perasaan dengan huruf besar, tiga di setiap lembar: malu, risih, bingung, takut, marah, kaget, sedih, tenang, dan senang.',
		},
		'kartu-trik': {
			title: 'Kartu trik bujuk rayu',
			text: 'Lima kartu nama trik dengan huruf besar, dua di setiap lembar, agar terbaca dari belakang kelas.',
		},
		'gambar-tubuh': {
			title: 'Gambar garis tubuh besar',
			text: 'Garis tubuh seorang anak setinggi satu lembar A4, untuk ditempel di papan saat kegiatan alarm tubuh.',
		},
		'poster-bantuan': {
			title: 'Kartu layanan bantuan',
			text: 'Nomor layanan bantuan dalam satu lembar untuk papan pengumuman, dengan tempat menulis UPTD PPA daerah Bapak/Ibu dan orang yang menerima laporan di sekolah atau pondok.',
		},
		'kotak-kejutan': {
			title: 'Isi kotak kejutan',
			text: 'Lembar bergambar bintang besar bertuliskan “Kalian hebat!” untuk dimasukkan ke kotak kecil berbungkus kertas kado.',
		},
		'kartu-keadaan-fase-a': {
			title: 'Kartu keadaan Fase A (kelas 1–2)',
			text: 'Keadaan yang dibacakan di permainan kartu hijau–merah dan lampu sentuhan, satu keadaan di setiap kartu dengan gambarnya. Di bawah garis, alasan singkat untuk Bapak/Ibu.',
		},
		'kartu-keadaan-fase-b': {
			title: 'Kartu keadaan Fase B (kelas 3–4)',
			text: 'Keadaan untuk latihan Tolak – Pergi – Cerita dan pemeriksaan kartu hijau–merah, satu keadaan di setiap kartu dengan gambarnya dan alasan singkat untuk Bapak/Ibu.',
		},
		'kartu-keadaan-pesantren': {
			title: 'Kartu keadaan pesantren',
			text: 'Keadaan di asrama untuk kegiatan menamai perasaan dan permainan kejutan atau rahasia buruk, satu keadaan di setiap kartu dengan gambarnya dan alasan singkat untuk Bapak/Ibu.',
		},
		'kartu-peran-fase-b': {
			title: 'Kartu bermain peran Fase B',
			text: 'Kartu latihan bercerita sampai didengar, dengan peran dan kalimatnya, serta delapan kartu kalimat trik dengan tempat menulis kalimat berani.',
		},
		'kartu-peran-pesantren': {
			title: 'Kartu permintaan untuk latihan menolak',
			text: 'Empat kartu permintaan yang dibacakan Bapak/Ibu, masing-masing dengan jawaban santri dan gerakan Tolak – Pergi – Cerita.',
		},
	},
} satisfies Record<string, unknown> & {
	'bahan.kits': Record<ClassKit, { title: string; text: string }>;
};
