import type { Feeling } from '../lib/pictures/feelings';
import type { AgeBand } from '../lib/quiz/age-bands';
import type { Concept, Track } from '../schemas/curriculum';
import { bahanUi } from './id/bahan';
import { checklistUi } from './id/checklist';
import { kartuUi } from './id/kartu';
import { deckUi } from './id/deck';
import { offlineUi } from './id/offline';
import { quizUi } from './id/quiz';
import { quizViewUi } from './id/quiz-views';
import { searchUi } from './id/search';

import type { GuideTopic } from '../schemas/guide';
import type { CHANNEL_TYPES } from '../schemas/helpline';

/**
 * The one UI dictionary: every piece of interface text, in Indonesian. Lesson, quiz and guide
 * text lives in `content/`. Keys are `area.camelCase`; texts that need values are functions.
 */
export const ui = {
	...quizUi,
	...quizViewUi,
	...offlineUi,
	...checklistUi,
	...searchUi,
	...deckUi,
	...bahanUi,
	...kartuUi,

	// <QuizStatic>: the quiz as a page to read
	'quiz.static.show': 'Lihat jawaban dan alasannya',
	'quiz.noscript':
		'Kuis interaktif memerlukan JavaScript. Di bawah ini kuisnya dalam bentuk bacaan, dengan jawaban dan alasannya.',

	// <QuizClosingCard>: shown at the end of every quiz
	'quiz.end.next': 'Kuis berikutnya',
	'quiz.end.children': 'Kembali ke Ruang Anak',
	'quiz.end.wayOn': 'Setelah kuis',
	'quiz.closing.title': 'Ingat selalu',
	'quiz.closing.notYourFault': 'Kalau ada yang pernah membuatmu tidak nyaman, itu bukan salahmu.',
	'quiz.closing.tell':
		'Ceritakan kepada orang dewasa yang kamu percaya. Terus cerita sampai ada yang menolong.',
	'quiz.closing.helpline': 'Kamu dan orang dewasa yang kamu percaya bisa menghubungi',

	// Search page inside the ZIM file
	'search.zimHint':
		'Untuk mencari, pakai kotak pencarian Kiwix di bagian atas layar. Atau pilih dari daftar semua halaman di bawah ini.',
	'search.allPages': 'Semua halaman',

	// Search facets: who a page is for
	'audience.teachers': 'Guru & Ustadz',
	'audience.parents': 'Orang tua',
	'audience.schools': 'Sekolah & pesantren',

	// Site identity
	'site.name': 'Jaga Diri',
	'site.tagline': 'Belajar menjaga diri, bersama guru, ustadz dan orang tua',

	// <Header>, <SkipLink>
	'nav.skip': 'Langsung ke isi',
	'nav.label': 'Menu utama',
	'nav.home': 'Jaga Diri, ke beranda',
	'nav.children': 'Anak',
	'nav.teachers': 'Guru & Ustadz',
	/** The start of 'nav.teachers' kept on a phone's one-row menu. */
	'nav.teachersShort': 'Guru',
	'nav.parents': 'Orang Tua',
	'nav.help': 'Bantuan',
	'nav.search': 'Cari',

	// <QuickExit>
	'quickExit.label': 'Keluar cepat',
	'quickExit.hint': 'atau tekan Esc dua kali',
	'quickExit.touchNote': 'Kembali bisa membukanya lagi; pakai tab samaran.',
	'quickExit.description':
		'Membuka halaman cuaca dan menutup halaman ini. Riwayat penjelajahan tidak terhapus.',

	// <Footer>, <HelpBox>
	'help.box.title': 'Butuh bantuan sekarang?',
	'help.box.danger': 'Ada bahaya sekarang? Hubungi',
	'help.box.text': 'Untuk melapor dan meminta pendampingan:',
	'help.box.more': 'Semua layanan bantuan',
	'footer.about': 'Tentang Jaga Diri',
	'footer.offline': 'Pakai tanpa internet',
	'footer.privacy': 'Tidak ada akun, tidak ada pelacakan, tidak ada data yang dikirim.',
	'footer.license':
		'Kode program berlisensi MIT. Isi materi berlisensi CC BY 4.0: boleh disalin dan diubah dengan menyebut sumbernya.',

	// <CrisisEntry> on the home page and the parents' door
	'crisis.entry': 'Anak Anda baru saja bercerita? Ini yang perlu Anda lakukan sekarang',
	'crisis.call': 'Atau bicara dengan petugas sekarang:',

	// Help page and helpline cards
	'help.title': 'Bantuan',
	'help.services': 'Layanan bantuan',
	'help.guide.disclosure': 'Anak Anda baru bercerita? Langkah pertama untuk Anda',
	'help.guide.report': 'Cara melapor: apa yang disiapkan dan apa yang dikatakan',
	'help.questions.title': 'Sebelum Anda menghubungi',
	'help.questions.notKnown': 'Yang belum diketahui:',
	'help.urgent.title': 'Ada bahaya sekarang? Hubungi:',
	'help.hours': 'Jam layanan',
	'help.whatHappens': 'Apa yang terjadi saat Anda menghubungi',
	'help.sources': 'Sumber',
	'facts.gathered': ({ date }: { date: string }) =>
		`Sumber dikumpulkan ${date}; belum dicocokkan dengan situs resmi lembaga.`,
	'facts.verified': ({ date }: { date: string }) =>
		`Dicocokkan dengan situs resmi lembaga ${date}:`,
	'laws.revoked': ({ date }: { date: string }) => `Sudah dicabut sejak ${date}. Penggantinya:`,
	'laws.revokedShort': '(sudah dicabut)',

	// Home
	'home.doors': 'Mulai dari sini',
	'home.children.title': 'Anak',
	'home.children.text': 'Kuis dan permainan untuk berlatih menjaga diri.',
	'home.teachers.title': 'Guru & Ustadz',
	'home.teachers.text': 'Pelajaran siap ajar, lengkap dengan naskah dan kuis kelas.',
	'home.parents.title': 'Orang Tua',
	'home.parents.text': 'Panduan praktis: mencegah, mengenali tanda, dan menolong anak.',
	'home.schools.title': 'Sekolah & Pesantren',
	'home.schools.text': 'Aturan, kode etik, protokol penanganan, dan daftar periksa.',
	'home.rules': 'Enam aturan Jaga Diri',

	// Children's room
	'children.title': 'Ruang Anak',
	'children.intro': 'Berapa umurmu? Ketuk gambarnya.',
	'children.bandTitle': ({ label }: { label: string }) => `Kuis untuk umur ${label}`,
	'children.bandIntro': 'Pilih kuis. Ajak orang dewasa yang kamu percaya untuk menemanimu.',
	'children.emptyBand':
		'Kuis untuk umur ini belum ada. Ajak orang dewasa bermain kuis umur lain bersamamu.',
	'children.nearestBand': ({ label }: { label: string }) => `Lihat kuis umur ${label}`,
	'children.pesantren': 'Cerita di pesantren',
	'children.done': '✓ Sudah selesai',
	'children.otherAges': 'Pilih umur lain',
	'children.questions': ({ count }: { count: number }) => `${count} soal`,
	'children.play': 'Main kuis',

	// Lessons
	'lessons.title': 'Pelajaran',
	'lessons.intro':
		'Pelajaran siap ajar untuk kelas dan asrama. Setiap pelajaran memuat tujuan, langkah dengan naskah, kuis, dan kartu "Jika anak bercerita".',
	'lessons.filter': 'Saring menurut jenjang',
	'lessons.all': 'Semua',
	'lessons.empty': 'Belum ada pelajaran untuk jenjang ini.',
	'lessons.trackTitle': ({ track }: { track: string }) => `Pelajaran ${track}`,
	'lessons.filterConcept': 'Saring menurut konsep',
	'lessons.conceptTitle': ({ concept }: { concept: string }) =>
		`Pelajaran dengan konsep “${concept}”`,
	'lessons.conceptIntro': ({ count }: { count: number }) =>
		`${count} pelajaran mengajarkan konsep ini, diurutkan menurut jenjang.`,
	'lessons.trackLessons': 'Urutan pelajaran',
	'track.count': ({ count }: { count: number }) => `${count} pelajaran`,
	'track.minutes': ({ min, max }: { min: number; max: number }) =>
		min === max ? `${min} menit per pelajaran` : `${min}–${max} menit per pelajaran`,
	'track.grades': ({ min, max }: { min: number; max: number }) =>
		min === max ? `Kelas ${min}` : `Kelas ${min}–${max}`,
	'toc.label': 'Di halaman ini',
	'lesson.identity': 'Identitas pelajaran',
	'lesson.track': 'Jenjang',
	'lesson.gradesTerm': 'Kelas',
	'lesson.grades': ({ grades }: { grades: readonly number[] }) => `Kelas ${grades.join(' dan ')}`,
	'lesson.minutes': ({ minutes }: { minutes: number }) => `${minutes} menit`,
	'lesson.duration': 'Waktu',
	'lesson.concepts': 'Konsep',
	'lesson.subjects': 'Mata pelajaran',
	'lesson.profile': 'Dimensi Profil Lulusan',
	'lesson.objectives': 'Tujuan pembelajaran',
	'lesson.triggerQuestions': 'Pertanyaan pemantik',
	'lesson.materials': 'Alat dan bahan',
	'lesson.preparation': 'Persiapan guru',
	'lesson.cpElement': 'Kaitan dengan Capaian Pembelajaran',
	'lesson.meaningfulUnderstanding': 'Pemahaman bermakna',
	'lesson.deepLearning': 'Pengalaman belajar (Pembelajaran Mendalam)',
	'lesson.deepLearning.memahami': 'Memahami',
	'lesson.deepLearning.mengaplikasi': 'Mengaplikasi',
	'lesson.deepLearning.merefleksi': 'Merefleksi',
	'lesson.assessment': 'Asesmen: daftar periksa pengamatan',
	'lesson.assessmentNote':
		'Amati selama pelajaran, tanpa nilai angka dan tanpa menyebut nama anak di depan kelas. Tandai yang sudah terlihat; yang belum terlihat diulang pada pertemuan berikutnya.',
	'lesson.teacherReflection': 'Refleksi guru',
	'lesson.steps': 'Langkah pembelajaran',
	'lesson.stepNav': 'Lompat ke langkah',
	'lesson.readAloud': 'Bacakan',
	'lesson.teacherNote': 'Catatan untuk guru',
	'lesson.slide': 'Tayangan:',
	'lesson.quizOnScreen': 'Tayangkan kuis untuk satu kelas',
	'lesson.quiz': 'Kuis pelajaran ini',
	'lesson.quizText': 'Anak bisa bermain sendiri di perangkat, atau bersama di layar kelas.',
	'lesson.quizOpen': 'Buka kuis',
	'lesson.handouts': 'Bahan cetak',
	'lesson.handoutsText':
		'Lembar kerja untuk anak, surat untuk orang tua, kuis di kertas dengan kunci jawabannya, dan kartu “Jika anak bercerita”, siap dicetak di kertas A4 atau F4.',
	'lesson.handoutsOpen': 'Buka bahan cetak',
	'print.title': ({ lesson }: { lesson: string }) => `Bahan cetak: ${lesson}`,
	'print.intro':
		'Cetak halaman ini dengan Ctrl+P (atau menu Cetak di HP). Setiap bahan mulai di halaman kertas baru.',
	'print.helplines': 'Layanan bantuan',
	'print.backToLesson': 'Kembali ke pelajaran',
	'print.kitLink': 'Gambar lain untuk lembar kerja dan papan tulis',
	'print.parts': 'Isi bahan cetak',
	'print.paperTitle': 'Tentang kertas A4 atau F4',
	'print.paperNote':
		'Halaman ini pas di kertas A4 maupun F4 (folio). Di jendela cetak, pilih ukuran kertas yang ada di printer Bapak/Ibu, skala “Default” atau 100%, dan margin “Default”. Setiap bagian mulai di lembar baru, jadi Bapak/Ibu dapat memilih halaman yang dicetak: kuis untuk setiap anak, kunci jawaban cukup satu.',
	'print.quizPart': ({ quiz }: { quiz: string }) => `Kuis di kertas: ${quiz}`,

	// Per-part print pages (/pelajaran/<slug>/cetak/<part>/) and their list on the whole pack
	'print.part.lembar-kerja': 'Lembar kerja untuk anak',
	'print.part.surat': 'Surat untuk orang tua, dengan lembar balasan',
	'print.part.kuis': 'Kuis di kertas',
	'print.part.kunci': 'Kunci jawaban kuis',
	'print.part.ringkasan': 'Ringkasan untuk meja guru',
	'print.part.kartu': 'Kartu “Jika anak bercerita”',
	'print.part.materi-peserta': 'Handout untuk peserta',
	'print.part.ringkasan-fasilitator': 'Ringkasan untuk fasilitator',
	'print.sheets': ({ sheets }: { sheets: number }) => `${sheets} lembar`,
	'print.printThis': 'Cetak bagian ini',
	'print.partTitle': ({ part, lesson }: { part: string; lesson: string }) => `${part}: ${lesson}`,
	'print.partIntro':
		'Halaman ini mencetak satu bagian saja. Tekan Ctrl+P (atau menu Cetak di HP). Tombol dan tautan di layar tidak ikut tercetak.',
	'print.allParts': 'Semua bahan cetak pelajaran ini',
	'print.howMany': ({ count }: { count: number }) =>
		`${count} bagian, setiap bagian mulai di lembar baru.`,
	// The blanks a school fills in (by hand, or from "Sesuaikan untuk sekolah Anda")
	'fill.sekolah': 'Sekolah/madrasah/pondok',
	'fill.kelas': 'Kelas',
	'fill.guru': 'Wali kelas atau guru',
	'fill.kontak': 'Kontak (HP/WhatsApp)',
	'fill.penerimaLaporan': 'Penerima laporan di sekolah',
	'fill.uptdPpa': 'Nomor UPTD PPA setempat',
	'fill.tanggal': 'Tanggal',
	'letter.signed': 'Yang bertanda tangan',
	'letter.cut': 'Gunting di sini',
	'letter.replyTitle': 'Lembar balasan',
	'letter.replyText': 'Mohon gunting bagian ini dan kembalikan kepada wali kelas.',
	'letter.replyRead': ({ lesson }: { lesson: string }) =>
		`Saya sudah membaca surat tentang pelajaran “${lesson}”.`,
	'letter.replyTalk': 'Saya ingin berbicara dengan wali kelas sebelum pelajaran ini.',
	'letter.replyChild': 'Nama anak',
	'letter.replyNote': 'Pertanyaan atau catatan',
	'letter.replySign': 'Nama dan tanda tangan orang tua atau wali',
	'desk.title': ({ lesson }: { lesson: string }) => `Ringkasan meja guru: ${lesson}`,
	'desk.minutes': ({ minutes }: { minutes: number }) => `${minutes} menit`,
	'desk.steps': 'Langkah',
	'desk.say': 'Kalimat kunci di tayangan',
	'desk.materials': 'Siapkan',
	'desk.worksheet': 'Catatan lembar kerja',
	'desk.disclosure': 'Jika anak bercerita',
	'desk.report': 'Laporkan hari itu juga kepada',
	'desk.fullCard': 'Kartu lengkapnya ada di halaman ini dan di bahan cetak.',
	// "Sesuaikan untuk sekolah Anda": the island that fills the blanks
	'schoolForm.title': 'Sesuaikan untuk sekolah Anda',
	'schoolForm.intro':
		'Isi data sekolah Bapak/Ibu agar surat, kartu, dan ringkasan tercetak lengkap. Data hanya disimpan di peramban ini jika Bapak/Ibu menekan “Simpan”, dan tidak dikirim ke mana pun. Kolom yang kosong tercetak sebagai garis untuk diisi tangan.',
	'schoolForm.save': 'Simpan di perangkat ini',
	'schoolForm.clear': 'Hapus',
	'schoolForm.saved': 'Tersimpan di peramban ini. Halaman cetak sudah terisi.',
	'schoolForm.notSaved':
		'Tidak bisa disimpan di peramban ini. Data tetap terisi di halaman ini sampai halaman ditutup.',
	'schoolForm.cleared': 'Data sekolah sudah dihapus dari peramban ini.',
	'schoolForm.reporterHint':
		'Di sekolah: guru yang ditunjuk menerima pengaduan. Di madrasah dan pesantren: petugas sesuai prosedur lembaga.',

	// The drawing kit (src/components/kit) and its gallery at /guru/gambar/
	'kit.name': 'Nama:',
	'kit.class': 'Kelas:',
	'kit.galleryTitle': 'Gambar untuk lembar kerja',
	'kit.galleryDescription':
		'Gambar garis sederhana untuk lembar kerja, kartu, dan papan tulis: anak berpakaian dalam, tubuh dengan label, enam wajah perasaan, tangan Lima Jari, dan tempat-tempat dalam cerita.',
	'kit.galleryIntro':
		'Semua gambar ini dibuat khusus untuk Jaga Diri dengan garis hitam, agar tetap jelas saat difotokopi. Bapak/Ibu boleh mencetaknya, menjiplaknya di papan tulis, atau memakainya di lembar sendiri dengan lisensi yang sama dengan isi situs ini.',
	'kit.withLabels': 'Dengan label',
	'kit.withBlanks': 'Dengan garis isian bernomor',
	'kit.slots': ({ slots }: { slots: string }) => `Tempat label: ${slots}.`,

	// <QuizPaper>: any quiz on paper, with its answer key on a separate sheet
	'paper.title': ({ quiz }: { quiz: string }) => `Kuis di kertas: ${quiz}`,
	'paper.intro':
		'Kuis ini siap dicetak untuk satu kelas: bagian kuis untuk setiap anak, lalu kunci jawaban dengan alasan setiap jawaban di lembar terpisah, khusus untuk guru.',
	'paper.open': 'Cetak kuis ini di kertas, dengan kunci jawaban untuk guru',
	'paper.backToQuiz': 'Kembali ke kuis',
	'paper.notATest': 'Ini bukan ulangan. Tidak ada nilai.',
	'paper.how.pilihan': 'Beri tanda centang pada satu jawaban.',
	'paper.how.pilihanGanda': 'Beri tanda centang pada semua jawaban yang tepat.',
	'paper.how.kelompokkan': 'Tulis huruf kelompoknya di kotak. Boleh juga tarik garis.',
	'paper.how.urutkan': ({ count }: { count: number }) =>
		`Tulis nomor 1 sampai ${count} di kotak, sesuai urutannya.`,
	'paper.how.skenario': 'Dengarkan ceritanya. Lingkari pilihanmu di setiap bagian.',
	'paper.how.perasaan': 'Lingkari wajah yang cocok dengan perasaanmu. Semua perasaan boleh.',
	'paper.how.limaJari': 'Tulis satu nama di setiap jari.',
	'paper.groups': 'Kelompok',
	'paper.scene': ({ n }: { n: number }) => `Bagian ${n}`,
	'paper.ending': 'Akhir cerita',
	'paper.hand': 'Gambar tangan dengan lima jari, bernomor 1 sampai 5.',
	'paper.nameLine': ({ n }: { n: number }) => `Nama orang dewasa ke-${n}`,

	// <QuizAnswerKey>: for the teacher
	'key.title': ({ quiz }: { quiz: string }) => `Kunci jawaban untuk guru: ${quiz}`,
	'key.intro':
		'Untuk guru; jangan dibagikan kepada anak. Bahas setiap soal bersama kelas dengan tenang: bacakan alasannya, puji keberanian anak menjawab, dan jangan memberi nilai atau membandingkan anak.',
	'key.right': 'Jawaban tepat',
	'key.ticked': 'Dicentang',
	'key.notTicked': 'Tidak dicentang',
	'key.circled': 'Pilihan aman, dilingkari',
	'key.alsoGroup': ({ letter, label }: { letter: string; label: string }) =>
		`atau ${letter}, ${label}`,
	'key.alsoGroupText': ({ label }: { label: string }) => `juga tepat: ${label}`,
	'key.notCircled': 'Tidak dilingkari',
	'key.rightOrder': 'Urutan yang tepat',
	'key.sheetShows': 'Di lembar anak',
	'key.noWrong': 'Tidak ada jawaban yang salah. Terima setiap jawaban, lalu katakan:',
	'key.fiveFingers':
		'Tidak ada jawaban yang salah. Nama-nama di tangan itu milik anak: jangan dibacakan di depan kelas dan jangan disimpan; kembalikan lembarnya agar anak membawanya pulang.',
	'key.hint': 'Ingatkan anak',
	'key.afterwards': 'Setelah selesai, katakan',

	// <ShareControl>: on lessons, parent guides and school pages
	'share.title': 'Bagikan halaman ini',
	'share.native': 'Bagikan',
	'share.copy': 'Salin tautan',
	'share.whatsapp': 'Kirim lewat WhatsApp',
	'share.copied': 'Tautan disalin.',
	'share.failed': 'Tautan belum tersalin. Salin dari bilah alamat.',

	// /guru/: the door for teachers and ustadz
	'guru.plan.caption': ({ track, count }: { track: string; count: number }) =>
		`${track}: ${count} pelajaran dalam satu semester`,
	'guru.plan.week': 'Minggu',
	'guru.plan.activity': 'Kegiatan dan bahan',
	'guru.plan.prepare':
		'Persiapan: pelajari prosedur pelaporan sekolah, madrasah, atau pesantren, lalu bagikan surat untuk orang tua pelajaran pertama.',
	'guru.plan.protocol': 'Alur penanganan',
	'guru.plan.letter': 'Surat untuk orang tua',
	'guru.plan.letterWeek': ({ week }: { week: number }) => `(bagikan di minggu ${week})`,
	'guru.plan.review':
		'Ulangi enam aturan Jaga Diri. Ajak anak memainkan lagi kuis yang mereka pilih, di layar atau di kertas.',
	'guru.letterFor': ({ lesson }: { lesson: string }) => `Surat untuk orang tua: ${lesson}`,

	// Parents
	'guides.title': 'Orang Tua',
	'guides.intro':
		'Panduan singkat dan praktis. Pilih yang paling dekat dengan keadaan Anda sekarang.',
	'guides.updated': ({ date }: { date: string }) => `Diperbarui ${date}`,
	'guides.sources': 'Sumber',
	'guides.sourcesCount': ({ count }: { count: number }) => `Sumber (${count})`,
	'guides.summary': 'Ringkasan',
	'guides.contents': 'Isi halaman ini',
	'guides.sayThis': 'Anda bisa berkata',
	'guides.empty': 'Panduan untuk bagian ini sedang disiapkan.',

	// Laws page
	'laws.title': 'Aturan dan undang-undang',
	'laws.intro':
		'Aturan yang melindungi anak dari kekerasan seksual, dan artinya bagi orang tua, sekolah, madrasah dan pesantren. Periksa teks resminya sebelum mengutip.',
	'laws.meaning': 'Yang perlu Anda ketahui',

	// Schools and pesantren
	'school.title': 'Sekolah dan pesantren',
	'school.moved.title': 'Halaman TPPK sudah diganti',
	'school.moved.text':
		'Tim TPPK berasal dari aturan lama yang dicabut pada Januari 2026. Penjelasan tentang aturan yang berlaku sekarang, kanal pengaduan sekolah dan guru yang ditunjuk, ada di halaman berikut.',
	'school.intro':
		'Untuk kepala sekolah, kepala madrasah, pengasuh pesantren, dan tim perlindungan anak: aturan, kode etik, protokol, dan daftar periksa yang siap dipakai.',
	'school.pages': 'Panduan',
	'school.tools': 'Alat kerja',
	'school.checklist.title': 'Daftar periksa sekolah dan pesantren',
	'school.checklist.intro':
		'Isi bersama tim Anda. Jawaban hanya ada di perangkat ini dan tidak dikirim ke mana pun; hasilnya bisa dicetak sebagai laporan.',
	'school.laws': 'Aturan dan undang-undang',
	'school.lawsText': 'Ringkasan aturan yang berlaku, dengan sumbernya.',

	// The asrama poster (/sekolah/poster-asrama/): the adults' notes on screen, then the sheet for santri
	'poster.title': 'Poster asrama: aman di pondok kita',
	'poster.description':
		'Poster siap cetak untuk asrama pondok, di kertas A4 atau A3: enam aturan, pengingat kalimat sandi keluarga, tempat bercerita di dalam dan di luar pondok, dan nomor layanan bantuan.',
	'poster.intro':
		'Tempel poster ini di asrama putra dan asrama putri, di tempat yang dilewati santri setiap hari, misalnya dekat tempat wudu atau papan pengumuman.',
	'poster.beforeTitle': 'Sebelum menempelnya',
	'poster.before.code':
		'Tempel poster ini setelah pimpinan pondok menandatangani kode etik staf. Aturan di poster adalah aturan pondok yang sudah disepakati, bukan sekadar nasihat.',
	'poster.before.fill':
		'Tulis dengan tangan nama petugas penerima laporan dan petugas cadangan, tempat dan waktu mereka dapat ditemui, serta nomor UPTD PPA kabupaten/kota Anda.',
	'poster.before.backup':
		'Petugas cadangan berada di luar pimpinan: bukan kerabat pengasuh, tidak bekerja untuk keluarga ndalem, dikenal santri dan wali santri, dan dapat langsung menghubungi UPTD PPA atau polisi. Sedikitnya satu dari kedua petugas adalah perempuan.',
	'poster.before.phrase':
		'Poster ini sengaja tidak memuat kalimat sandi. Setiap keluarga menyepakati kalimatnya sendiri bersama anaknya, dan pondok tidak perlu mengetahuinya.',
	'poster.paperTitle': 'Mencetak di kertas A4 atau A3',
	'poster.paperNote':
		'Tekan Ctrl+P, lalu pilih kertas A4 atau A3 di jendela cetak, dengan skala “Default” atau 100%. Poster menyesuaikan diri dengan kertasnya dan selalu pas satu lembar. Cetakan hitam putih sudah jelas.',
	'poster.figureLegend': 'Gambar untuk aturan kedua',
	'poster.figure.both': 'Anak perempuan dan anak laki-laki',
	'poster.figure.putri': 'Anak perempuan saja, untuk asrama putri',
	'poster.figure.putra': 'Anak laki-laki saja, untuk asrama putra',
	'poster.kitLink': 'Gambar lain untuk lembar kerja dan papan tulis',
	'poster.back': 'Kembali ke Sekolah dan pesantren',
	'poster.heading': 'Di pondok kita, setiap santri berhak aman',
	'poster.pondok': 'Pondok/asrama',
	'poster.rulesHeading': 'Enam aturan kita',
	'poster.say': 'Tidak!',
	'poster.sayAlt': 'Balon kata bertuliskan “Tidak!”',
	'poster.linkTitle': 'Poster asrama',
	'poster.linkText':
		'Poster siap cetak A4 atau A3 untuk asrama: enam aturan, kalimat sandi keluarga, tempat bercerita di dalam dan di luar pondok, dan nomor layanan bantuan.',
	'poster.kitNote': 'Gambar-gambar ini juga dipakai di poster asrama untuk pondok.',
	'poster.code.heading': 'Kalimat sandi keluargamu',
	'poster.code.text':
		'Setiap keluarga menyepakati kalimat sandinya sendiri bersama anaknya. Jika kamu mengucapkannya di telepon atau saat sambangan, artinya “tolong jemput aku”. Kalimat itu tidak ditulis di sini. Belum punya? Sepakati bersama orang tuamu saat sambangan atau liburan.',
	'poster.inside.heading': 'Cerita di dalam pondok',
	'poster.inside.text':
		'Ceritakan kepada orang dewasa yang kamu percaya, atau langsung kepada petugas ini.',
	'poster.inside.officer': 'Petugas penerima laporan',
	'poster.inside.backup': 'Petugas cadangan, di luar pimpinan',
	'poster.inside.where': 'Tempat dan waktu',
	'poster.inside.bypass':
		'Orang yang menyakiti bisa saja kiai, pengasuh, pimpinan, pengurus, atau keluarga mereka. Jika begitu, cerita kepada petugas cadangan, orang tuamu, atau layanan di luar pondok.',
	'poster.outside.heading': 'Cerita ke luar pondok',
	'poster.outside.text':
		'Kamu, orang tuamu, atau orang dewasa mana pun boleh menghubungi layanan ini.',
	'poster.uptdNumber': 'nomor di daerah kita',
	'poster.closing':
		'Terus cerita sampai ada yang menolong. Jika ada yang marah atau tidak percaya, itu tetap bukan salahmu.',
	'poster.sources': ({ date }: { date: string }) =>
		`Nomor dari halaman Bantuan Jaga Diri, dengan sumbernya (dikumpulkan ${date}).`,

	// Response protocol
	'protocol.title': 'Alur penanganan',
	'protocol.step': ({ n }: { n: number }) => `Langkah ${n}`,
	'protocol.then': 'Lalu',
	'protocol.end': 'Langkah terakhir: lanjutkan pendampingan.',
	'protocol.goTo': ({ n, title }: { n: number; title: string }) => `ke langkah ${n}: ${title}`,

	// Slide decks: the lesson's presentation and a quiz played by a whole class on one screen
	'deck.presentation.title': ({ title }: { title: string }) => `Tayangan: ${title}`,
	'deck.classQuiz.title': ({ title }: { title: string }) => `Kuis di layar: ${title}`,
	'deck.listIntro':
		'Tayangan layar penuh memerlukan JavaScript. Di bawah ini semua tayangan, berurutan. Catatan untuk guru diberi tanda; saat tayangan berjalan, catatan itu tidak tampil di layar kelas.',
	'deck.keysHelp':
		'Pindah tayangan dengan tombol panah, Spasi, PageUp/PageDown atau clicker. B: layar gelap. F: layar penuh. S: tampilan guru di jendela kedua, dengan catatan dan waktu.',
	'guru.start.title': 'Mulai mengajar',
	'guru.start.lead': 'Pelajaran pertama setiap jalur, siap diajarkan:',
	'guru.start.plan': 'Rencana satu semester',
	'guru.start.reading': ({ minutes }: { minutes: number }) =>
		`Teks panduan di bawah ini sekitar ${minutes} menit dibaca, belum termasuk tabel rencana.`,
	'deck.teacherExtend':
		'Perluas layar agar murid tidak melihat catatan: tekan Windows + P, pilih Perluas, lalu geser jendela ini ke layar laptop.',
	'deck.hint': 'Tekan ? untuk melihat tombol-tombol tayangan.',
	'deck.keys.title': 'Tombol pada tayangan',
	'deck.keys.rows': [
		[
			'→ Spasi PageDown',
			'Tayangan berikutnya. Pada soal kuis, tekan sekali lagi untuk membuka jawaban. Clicker juga bisa.',
		],
		['← PageUp', 'Kembali satu langkah.'],
		['Home End', 'Ke tayangan pertama atau terakhir.'],
		['B', 'Layar gelap. Tekan B lagi untuk menampilkan tayangan.'],
		['F', 'Layar penuh. Tekan F atau Esc untuk keluar dari layar penuh.'],
		[
			'S',
			'Tampilan guru di jendela kedua: catatan, tayangan berikutnya dan waktu. Perluas layar lebih dulu (Windows + P → Perluas), lalu geser jendela itu ke layar laptop.',
		],
		['?', 'Panduan ini. Esc menutupnya.'],
	] as const,
	'deck.keys.esc':
		'Di halaman ini Esc hanya menutup layar penuh dan panduan ini. Untuk meninggalkan situs dengan cepat, pakai tombol Keluar cepat di bilah bawah. Nomor tayangan tersimpan di alamat halaman (misalnya #7): memuat ulang halaman membuka tayangan yang sama.',
	'deck.keys.close': 'Tutup',
	'deck.back.lesson': 'Kembali ke pelajaran',
	'deck.back.quiz': 'Kembali ke kuis',
	'lesson.present': 'Tayangkan di layar',
	'lesson.searchWords':
		'modul ajar, rencana pelaksanaan pembelajaran, RPP, presentasi, tayangan, lembar kerja',
	'quiz.classMode': 'Untuk guru: tayangkan kuis ini di layar kelas',

	// Quiz slides in class mode (<QuizClassSlides>)
	'quizClass.howToAnswer': 'Jawab bersama dengan kartu hijau atau merah, atau angkat tangan.',
	'quizClass.question': ({ n, total }: { n: number; total: number }) => `Soal ${n} dari ${total}`,
	'quizClass.answer': 'Jawaban',
	'quizClass.right': 'Tepat',
	'quizClass.safe': 'Aman',
	'quizClass.alsoGroup': ({ label }: { label: string }) => `Juga tepat: ${label}`,
	'quizClass.rightOrder': 'Urutan yang tepat',
	'quizClass.ending': 'Akhir cerita',
	'quizClass.feelingsOk': 'Setiap perasaan boleh dirasakan.',
	'quizClass.fiveFingers':
		'Pikirkan lima orang dewasa yang kamu percaya. Satu orang untuk satu jari.',
	'quizClass.notes.start':
		'Anak menjawab bersama dengan kartu hijau–merah atau dengan mengangkat tangan. Tidak ada nilai dan tidak ada yang dicatat. Tekan Berikutnya untuk menampilkan jawaban, lalu sekali lagi untuk soal berikutnya.',
	'quizClass.notes.pilihan':
		'Bacakan soal dan setiap pilihan. Untuk setiap pilihan, anak mengangkat kartu hijau jika menurutnya tepat dan kartu merah jika tidak. Lalu tampilkan jawabannya.',
	'quizClass.notes.pilihanGanda':
		'Bacakan soal dan setiap pilihan. Lebih dari satu pilihan bisa tepat: untuk setiap pilihan, anak mengangkat kartu hijau atau merah.',
	'quizClass.notes.kelompokkan':
		'Bacakan setiap kartu, lalu sebutkan kelompoknya satu per satu. Anak mengangkat tangan saat kelompok yang menurutnya tepat disebut.',
	'quizClass.notes.urutkan':
		'Bacakan semua langkah. Ajak anak menyebut huruf langkah yang pertama, lalu yang berikutnya. Lalu tampilkan urutan yang tepat.',
	'quizClass.notes.skenario':
		'Bacakan cerita dan pilihannya. Untuk setiap pilihan, anak mengangkat kartu hijau jika aman dan kartu merah jika tidak. Lalu tampilkan pilihan yang aman; ceritanya berlanjut di tayangan berikutnya.',
	'quizClass.notes.ending': 'Bacakan akhir ceritanya. Tanyakan: apa yang membuat pilihan ini aman?',
	'quizClass.notes.perasaan':
		'Tanyakan bagaimana perasaan anak. Anak boleh menunjuk wajah di layar, atau diam saja. Tidak ada jawaban yang salah.',
	'quizClass.notes.limaJari':
		'Ajak anak mengangkat satu tangan dan memikirkan satu orang dewasa tepercaya untuk setiap jari. Nama tidak perlu diucapkan keras-keras.',
	'quizClass.notes.reasons': 'Alasan setiap pilihan, untuk dibacakan bila perlu:',
	// Offline
	'offline.update': 'Versi baru tersedia.',
	'offline.reload': 'Muat ulang',
	'offline.status.title': 'Status perangkat ini',
	'offline.save.title': 'Simpan seluruh situs',
	'offline.link': 'Simpan untuk dipakai tanpa internet',

	// About
	'about.sourcesList': 'Daftar sumber',

	// 404
	'notFound.title': 'Halaman tidak ditemukan',
	'notFound.text':
		'Halaman yang Anda cari tidak ada atau sudah pindah. Silakan mulai lagi dari beranda atau gunakan pencarian.',
	'notFound.home': 'Ke beranda',
} as const;

export type UiKey = keyof typeof ui;

/** Track names as teachers know them. */
/** Age bands of the children's door (`src/lib/quiz/age-bands.ts`). */
export const ageBandLabels: Record<AgeBand, string> = {
	'4-6': '4–6 tahun',
	'7-8': '7–8 tahun',
	'9-10': '9–10 tahun',
	'11-12': '11–12 tahun',
	'13-15': '13–15 tahun',
};

export const trackLabels: Record<Track, string> = {
	paud: 'PAUD/TK',
	'fase-a': 'Fase A (SD/MI kelas 1–2)',
	'fase-b': 'Fase B (SD/MI kelas 3–4)',
	'fase-c': 'Fase C (SD/MI kelas 5–6)',
	'fase-d': 'Fase D (SMP/MTs)',
	pesantren: 'Pesantren',
	pendidik: 'Pendidik',
};

/** Concept names, short enough for a tag. */
export const conceptLabels: Record<Concept, string> = {
	tubuhku: 'Tubuhku milikku',
	'bagian-pribadi': 'Bagian pribadi',
	sentuhan: 'Sentuhan aman dan tidak aman',
	'tolak-pergi-cerita': 'Tolak, pergi, cerita',
	rahasia: 'Kejutan dan rahasia',
	'orang-terpercaya': 'Orang dewasa terpercaya',
	'bukan-salahku': 'Bukan salahku',
	perasaan: 'Perasaan',
	menghormati: 'Menghormati tubuh orang lain',
	'bujuk-rayu': 'Bujuk rayu',
	'membantu-teman': 'Membantu teman',
	daring: 'Aman di internet',
	pubertas: 'Pubertas',
	'hak-dan-lapor': 'Hak anak dan melapor',
	persetujuan: 'Persetujuan',
	asrama: 'Hidup di asrama',
};

/** Feelings a child may pick in a `perasaan` question. */
export const feelingLabels: Record<Feeling, string> = quizViewUi['quiz.feelings'];

/** The three doors of the parents' index. */
export const guideTopicLabels: Record<GuideTopic, string> = {
	khawatir: 'Saya khawatir tentang anak saya',
	'anak-bercerita': 'Anak saya bercerita',
	mencegah: 'Saya ingin mencegah',
};

/** How each kind of channel is introduced. */
export const channelLabels: Record<(typeof CHANNEL_TYPES)[number], string> = {
	telepon: 'Telepon',
	whatsapp: 'WhatsApp',
	formulir: 'Formulir daring',
	aplikasi: 'Aplikasi',
	datang: 'Datang langsung',
};
