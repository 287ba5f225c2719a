/**
 * Part of the UI dictionary: the situation cards (kartu keadaan) and role-play cards (kartu bermain
 * peran) of the class kits. Each card's text is the lesson script's own sentence (checked by
 * tests/content/class-kit-cards.test.ts); `after` is what the teacher says once the cards are up.
 */
import type { KitName } from '../../lib/pictures/kit';
import type { PerpetratorRole } from '../../schemas/perpetrator';

/** The safe answer: a card colour, a feeling to name (no wrong answer), or a scene to act out. */
export type CardAnswer = 'hijau' | 'kuning' | 'merah' | 'perasaan' | 'peragakan';

export interface SituationCard {
	/** The situation as the lesson's script reads it, without the question after it. */
	text: string;
	picture: KitName;
	answer: CardAnswer;
	/** The reason, in one or two short sentences; an unsafe case ends with telling an adult. */
	after: string;
	/** Who hurts, where the script names the role. */
	pelaku?: PerpetratorRole;
}

export interface CardSet {
	/** The lesson slug whose script the cards come from. */
	lesson: string;
	activity: string;
	/** The question read after each card. */
	ask: string;
	cards: SituationCard[];
}

export interface RoleLine {
	who: string;
	says: string;
}

export interface RoleCard {
	/** The situation or the request, from the script. */
	text: string;
	/** The answer the group says together (a request card). */
	reply?: string;
	picture: KitName;
	pelaku?: PerpetratorRole;
}

export interface RoleSet {
	lesson: string;
	activity: string;
	/** How the cards are used, for the teacher. */
	how: string;
	/** The lines every card of the set carries (the script's own). */
	lines: RoleLine[];
	/** Blank lines for the group to write on, with their labels. */
	blanks?: string[];
	/** A closing line on every card. */
	end: string;
	cards: RoleCard[];
}

const ANSWER_WORDS: Record<CardAnswer, string> = {
	hijau: 'Jawaban aman: HIJAU.',
	kuning: 'Jawaban aman: KUNING.',
	merah: 'Jawaban aman: MERAH.',
	perasaan: 'Semua jawaban diterima.',
	peragakan: 'Yang bisa dilakukan:',
};

export const kartuUi = {
	'kartu.answer': (answer: CardAnswer) => ANSWER_WORDS[answer],
	'kartu.forTeacher': 'Untuk Bapak/Ibu',
	'kartu.card': ({ n, total }: { n: number; total: number }) => `Kartu ${n} dari ${total}`,
	'kartu.keadaan': {
		'fase-a': [
			{
				lesson: 'bagian-pribadi',
				activity: 'Kegiatan 5: Kartu hijau–merah',
				ask: 'Hijau atau merah?',
				cards: [
					{
						text: 'Teman menggandeng tanganmu saat berbaris.',
						picture: 'adegan-kelas',
						answer: 'hijau',
						after: 'Bergandengan saat berbaris itu sentuhan yang aman.',
					},
					{
						text: 'Ayah membantu adik yang masih kecil mandi.',
						picture: 'adegan-rumah',
						answer: 'hijau',
						after:
							'Keluarga yang merawat anak kecil boleh membantunya mandi. Tetap tidak ada rahasia.',
					},
					{
						text: 'Seseorang meminta foto bagian pribadi Sinta.',
						picture: 'adegan-chat',
						answer: 'merah',
						after:
							'Bagian pribadi tidak boleh difoto. Sinta menolak, pergi, lalu cerita kepada orang dewasa tepercaya.',
					},
					{
						text: 'Dokter menjelaskan dulu, lalu memeriksamu. Ibumu ada di sampingmu.',
						picture: 'stetoskop',
						answer: 'hijau',
						after: 'Dokter boleh memeriksa. Ibu ada di samping, dan dokter menjelaskan dulu.',
					},
					{
						text: 'Kakak kelas meminta Dewi menyentuh bagian pribadi kakak itu.',
						picture: 'adegan-pintu',
						answer: 'merah',
						pelaku: 'kakak-kelas',
						after:
							'Tidak ada yang boleh meminta itu. Dewi menolak, pergi, lalu cerita kepada orang dewasa tepercaya.',
					},
					{
						text: 'Orang yang dikenal seorang anak menyentuh bagian pribadinya, lalu bilang “rahasia”.',
						picture: 'adegan-pintu',
						answer: 'merah',
						pelaku: 'orang-dikenal',
						after:
							'Sentuhan di bagian pribadi tidak boleh dirahasiakan. Anak itu boleh cerita kepada orang dewasa tepercaya. Itu bukan salahnya.',
					},
					{
						text: 'Kakak sepupu menunjukkan gambar bagian pribadi di HP kepada Sinta.',
						picture: 'adegan-chat',
						answer: 'merah',
						pelaku: 'keluarga',
						after:
							'Melihat gambar bagian pribadi juga tidak boleh. Sinta bilang, “Tidak mau lihat!” Lalu ia pergi dan cerita kepada orang dewasa tepercaya.',
					},
				],
			},
			{
				lesson: 'dengarkan-perasaanmu',
				activity: 'Kegiatan 3: Lampu sentuhan',
				ask: 'Hijau, kuning, atau merah?',
				cards: [
					{
						text: 'Teman mengajakmu tos.',
						picture: 'adegan-kelas',
						answer: 'hijau',
						after: 'Tos yang kamu mau itu sentuhan yang aman.',
					},
					{
						text: 'Teman mendorong Dimas sampai jatuh.',
						picture: 'adegan-kelas',
						answer: 'merah',
						pelaku: 'teman',
						after:
							'Mendorong itu menyakiti. Dimas boleh bilang “Berhenti!” lalu cerita kepada orang dewasa tepercaya.',
					},
					{
						text: 'Ayah membantu adik yang masih kecil mandi.',
						picture: 'adegan-rumah',
						answer: 'hijau',
						after:
							'Keluarga yang merawat anak kecil boleh membantunya mandi. Tetap tidak ada rahasia.',
					},
					{
						text: 'Tamu yang belum Sinta kenal ingin memangku Sinta. Sinta ragu.',
						picture: 'adegan-rumah',
						answer: 'kuning',
						after:
							'Saat ragu, Sinta boleh bilang “tidak”. Lalu ia bertanya kepada orang dewasa tepercaya.',
					},
					{
						text: 'Seseorang menyentuh bagian pribadi seorang anak. Ia bilang, “Jangan bilang siapa-siapa.”',
						picture: 'adegan-pintu',
						answer: 'merah',
						after:
							'Sentuhan di bagian pribadi tidak boleh dirahasiakan. Anak itu boleh cerita kepada orang dewasa tepercaya. Itu bukan salahnya.',
					},
					{
						text: 'Seseorang memeluk Ayu lama sekali. Ayu merasa aneh.',
						picture: 'adegan-rumah',
						answer: 'kuning',
						after:
							'Rasa aneh itu tanda. Ayu boleh bilang “tidak”, lalu bertanya kepada orang dewasa tepercaya.',
					},
				],
			},
		],
		'fase-b': [
			{
				lesson: 'sentuhan-membingungkan',
				activity: 'Kegiatan 4, bagian 3: kartu keadaan',
				ask: 'Peragakan: apa yang bisa ia katakan dan lakukan?',
				cards: [
					{
						text: 'Kakak kelas terus mencubit lengan Fajar, walaupun Fajar sudah minta berhenti.',
						picture: 'adegan-kelas',
						answer: 'peragakan',
						pelaku: 'kakak-kelas',
						after:
							'Fajar bilang “Berhenti!” dengan tegas, pergi ke tempat yang ada orang dewasa, lalu cerita kepada guru.',
					},
					{
						text: 'Orang yang Dinda kenal meminta Dinda duduk di pangkuannya. Dinda merasa aneh.',
						picture: 'adegan-rumah',
						answer: 'peragakan',
						pelaku: 'orang-dikenal',
						after:
							'Dinda boleh menolak walaupun ia kenal orang itu. Ia pergi, lalu cerita kepada orang dewasa tepercaya.',
					},
					{
						text: 'Seseorang meminta Rizal menyentuh bagian pribadi orang itu.',
						picture: 'adegan-pintu',
						answer: 'peragakan',
						after:
							'Rizal bilang “Tidak!”, pergi ke tempat yang ada orang dewasa, lalu cerita. Itu bukan salahnya.',
					},
					{
						text: 'Putri mau bercerita kepada guru, tetapi guru itu sedang terburu-buru.',
						picture: 'adegan-kelas',
						answer: 'peragakan',
						after:
							'Putri bilang, “Ini penting. Aku butuh bantuan sekarang.” Kalau belum didengar, ia cerita kepada orang dewasa lain.',
					},
				],
			},
			{
				lesson: 'tubuhku-batasku',
				activity: 'Kegiatan 3: Pemeriksaan kartu hijau–merah',
				ask: 'Hijau atau merah?',
				cards: [
					{
						text: 'Seorang ibu membantu anak balitanya mandi.',
						picture: 'adegan-rumah',
						answer: 'hijau',
						after: 'Orang tua boleh membantu anak kecil mandi. Tetap tidak ada rahasia.',
					},
					{
						text: 'Dokter memeriksa Fajar. Nenek ada di sampingnya, dan dokter menjelaskan dulu.',
						picture: 'stetoskop',
						answer: 'hijau',
						after: 'Pemeriksaan dokter boleh, dengan pendamping dan penjelasan lebih dulu.',
					},
					{
						text: 'Kakak sepupu Dinda ingin memotretnya saat ia berganti baju.',
						picture: 'adegan-chat',
						answer: 'merah',
						pelaku: 'keluarga',
						after:
							'Tidak ada yang boleh memotret anak yang sedang berganti baju. Dinda menolak, pergi, lalu cerita kepada orang dewasa tepercaya.',
					},
					{
						text: 'Teman sekelas mengajakmu tos setelah menang lomba.',
						picture: 'adegan-kelas',
						answer: 'hijau',
						after: 'Tos yang kamu mau itu sentuhan yang aman.',
					},
					{
						text: 'Beberapa kakak kelas bersiul dan mengomentari tubuh Putri.',
						picture: 'adegan-kelas',
						answer: 'merah',
						pelaku: 'kakak-kelas',
						after:
							'Siulan dan komentar tentang tubuh melanggar aturan. Putri boleh bilang “Berhenti!”, pergi, lalu cerita kepada orang dewasa tepercaya.',
					},
					{
						text: 'Seseorang mengintip ke kamar mandi sekolah saat Bagas di dalam.',
						picture: 'adegan-pintu',
						answer: 'merah',
						after:
							'Mengintip melanggar aturan, walaupun tidak ada yang menyentuh. Bagas boleh cerita kepada orang dewasa tepercaya.',
					},
					{
						text: 'Kakak sepupu yang sudah SMP mengajak Wayan main dokter-dokteran dan menyuruhnya membuka celana.',
						picture: 'adegan-rumah',
						answer: 'merah',
						pelaku: 'keluarga',
						after:
							'Beda usia dan perintah membuka pakaian adalah tanda bahaya. Wayan menolak, pergi, lalu cerita kepada orang dewasa tepercaya.',
					},
					{
						text: 'Seorang guru meminta murid tinggal sendirian di kelas. Ia menutup pintu dan mengelus paha murid itu. “Ini rahasia kita,” katanya.',
						picture: 'adegan-pintu',
						answer: 'merah',
						pelaku: 'guru',
						after:
							'Guru juga harus menaati aturan bagian pribadi. Rahasia tentang tubuh selalu boleh diceritakan kepada orang dewasa tepercaya.',
					},
				],
			},
		],
		pesantren: [
			{
				lesson: 'tubuh-adalah-amanah',
				activity: 'Kegiatan 4: Perasaan punya nama',
				ask: 'Kira-kira apa yang ia rasakan?',
				cards: [
					{
						text: 'Teman sekamar memakai sandal Zaki tanpa izin.',
						picture: 'adegan-asrama',
						answer: 'perasaan',
						after:
							'Satu keadaan bisa menimbulkan beberapa perasaan. Zaki boleh bilang bahwa ia tidak suka.',
					},
					{
						text: 'Nur menerima surat dari ibunya.',
						picture: 'hati',
						answer: 'perasaan',
						after: 'Senang, rindu, atau sedih, semua perasaan itu wajar.',
					},
					{
						text: 'Seseorang terus memandangi tubuh Laila saat ia berganti pakaian.',
						picture: 'adegan-pintu',
						answer: 'perasaan',
						after:
							'Rasa risih, malu, atau takut adalah tanda. Laila boleh cerita kepada orang dewasa tepercaya.',
					},
					{
						text: 'Seseorang memberi Bima hadiah, lalu berbisik, “Jangan bilang siapa-siapa, ya.”',
						picture: 'adegan-asrama',
						answer: 'perasaan',
						after:
							'Hadiah yang harus dirahasiakan bukan hadiah yang aman. Bima boleh cerita kepada orang dewasa tepercaya.',
					},
				],
			},
			{
				lesson: 'bukan-rahasia-bukan-salahmu',
				activity: 'Tambahan: kejutan atau rahasia buruk?',
				ask: 'Hijau atau merah?',
				cards: [
					{
						text: 'Teman-teman sekamar menyiapkan kue kejutan untuk milad Aisyah.',
						picture: 'kado',
						answer: 'hijau',
						after: 'Kejutan disimpan sebentar, lalu semua orang tahu dan senang.',
					},
					{
						text: 'Seorang petugas memberi Rafi uang jajan, lalu berkata, “Jangan bilang siapa-siapa.”',
						picture: 'adegan-asrama',
						answer: 'merah',
						pelaku: 'orang-dikenal',
						after:
							'Pemberian yang harus dirahasiakan adalah tanda bahaya. Rafi boleh cerita kepada orang dewasa tepercaya.',
					},
					{
						text: 'Kalian menyiapkan hafalan surah sebagai kejutan untuk orang tua saat wisuda.',
						picture: 'kado',
						answer: 'hijau',
						after: 'Kejutan membuat orang senang, dan sebentar lagi semua orang tahu.',
					},
					{
						text: 'Kakak kelas memotret santri yang sedang ganti baju, lalu menyuruh Yahya diam.',
						picture: 'adegan-asrama',
						answer: 'merah',
						pelaku: 'kakak-kelas',
						after:
							'Yahya tidak wajib diam. Ia boleh cerita kepada musyrif, ustadz, atau orang dewasa lain yang ia percaya.',
					},
					{
						text: 'Seseorang memanggil Salsa sendirian ke ndalem dan berkata, “Jangan cerita, ya.”',
						picture: 'adegan-pintu',
						answer: 'merah',
						after:
							'Panggilan sendirian yang harus dirahasiakan adalah rahasia buruk. Salsa boleh mengajak teman dan cerita kepada orang dewasa tepercaya.',
					},
					{
						text: 'Ustadzah merahasiakan hadiah lomba sampai hari pengumuman.',
						picture: 'kado',
						answer: 'hijau',
						after: 'Ini kejutan: pada hari pengumuman semua orang tahu.',
					},
					{
						text: 'Teman Nabila bercerita bahwa bagian pribadinya disentuh, lalu meminta Nabila berjanji diam.',
						picture: 'adegan-asrama',
						answer: 'merah',
						after:
							'Menceritakannya kepada orang dewasa tepercaya adalah cara menolong teman, bukan mengkhianatinya.',
					},
				],
			},
		],
	} satisfies Record<'fase-a' | 'fase-b' | 'pesantren', CardSet[]>,
	'kartu.peran': {
		'fase-b': [
			{
				lesson: 'cerita-sampai-ditolong',
				activity: 'Kegiatan 4: Latihan cerita sampai didengar',
				how: 'Berpasangan: satu anak menjadi orang dewasa, satu anak berlatih bercerita dan memerankan tokoh di kartu, lalu bertukar peran. Tidak ada sentuhan.',
				lines: [
					{ who: 'Babak 1 · Orang dewasa', says: '“Nanti dulu, ya.”' },
					{ who: 'Anak', says: '“Ini penting. Aku butuh bantuan sekarang.”' },
					{ who: 'Orang dewasa', says: '“Terima kasih sudah bercerita. Itu bukan salahmu.”' },
					{ who: 'Babak 2 · Orang dewasa', says: '“Ah, masa?”' },
					{
						who: 'Anak',
						says: '“Aku akan cerita kepada orang lain.” Lalu sebut satu nama dari jari berikutnya.',
					},
				],
				end: 'Terus cerita sampai ada yang menolong.',
				cards: [
					{
						text: 'Ada orang dewasa yang terus memaksa memeluk Dinda, padahal Dinda tidak mau.',
						picture: 'adegan-rumah',
					},
					{
						text: 'Ada orang di gim daring yang meminta foto Yusuf.',
						picture: 'adegan-chat',
						pelaku: 'daring',
					},
					{
						text: 'Ada kakak kelas yang meminta Yusuf merahasiakan sesuatu yang membuatnya bingung.',
						picture: 'adegan-kelas',
						pelaku: 'kakak-kelas',
					},
					{
						text: 'Ada orang yang mengintip Putri saat ia berganti baju.',
						picture: 'adegan-pintu',
					},
				],
			},
			{
				lesson: 'mengenali-bujuk-rayu',
				activity: 'Kegiatan 4: Kalimat berani',
				how: 'Satu kartu untuk setiap kelompok. Kalimat trik dibacakan sebagai tulisan; tidak ada anak yang memerankan orang yang memakai trik.',
				lines: [],
				blanks: [
					'Trik apa ini?',
					'Kalimat untuk menolak:',
					'Kalimat untuk bercerita kepada orang dewasa:',
				],
				end: 'Cerita kepada orang dewasa yang kamu percaya. Itu bukan salahmu.',
				cards: [
					{
						text: '“Ini hadiah khusus untukmu. Jangan bilang siapa-siapa, ya.”',
						picture: 'balon-kata',
					},
					{ text: '“Kamu anak kesayanganku. Kita main berdua saja, yuk.”', picture: 'balon-kata' },
					{ text: '“Ini permainan rahasia kita.”', picture: 'balon-kata' },
					{ text: '“Kalau kamu cerita, nanti kamu yang dimarahi.”', picture: 'balon-kata' },
					{
						text: '“Kamu sudah menerima hadiahku, jadi kamu harus menurut.”',
						picture: 'balon-kata',
					},
					{ text: '“Nanti tidak ada yang percaya padamu.”', picture: 'balon-kata' },
					{
						text: '“Ayo panggilan video. Jangan bilang orang tuamu, ya.”',
						picture: 'adegan-chat',
						pelaku: 'daring',
					},
					{
						text: '“Kirim fotomu, nanti kukasih hadiah di gim.”',
						picture: 'adegan-chat',
						pelaku: 'daring',
					},
				],
			},
		],
		pesantren: [
			{
				lesson: 'aman-di-asrama',
				activity: 'Kegiatan 4: Berlatih menolak dengan sopan dan tegas',
				how: 'Bapak/Ibu membacakan permintaan di kartu; tidak ada santri yang memerankan orang yang meminta, dan tidak ada sentuhan. Santri menjawab bersama, lalu berpasangan.',
				lines: [
					{ who: 'Tolak', says: 'Tunjukkan telapak tangan terbuka.' },
					{ who: 'Pergi', says: 'Bergeser satu langkah ke samping.' },
					{ who: 'Cerita', says: 'Sebut satu nama orang dewasa tepercaya.' },
				],
				end: 'Santri tidak wajib menjelaskan alasan penolakannya.',
				cards: [
					{
						text: '“Ayo ke kamarku, pijat punggungku. Tutup pintunya, ya.”',
						reply: '“Maaf, saya tidak bisa.”',
						picture: 'adegan-pintu',
					},
					{
						text: '“Sini, kufoto sebentar. Tidak apa-apa, kok.”',
						reply: '“Saya tidak mau difoto.”',
						picture: 'adegan-asrama',
					},
					{
						text: '“Ini hadiah khusus untukmu. Jangan bilang siapa-siapa, ya.”',
						reply: '“Terima kasih, tetapi saya tidak bisa menerimanya.”',
						picture: 'adegan-asrama',
					},
					{
						text: '“Kamu dipanggil ke ndalem. Datang sendirian saja, ya.”',
						reply: '“Maaf, saya tidak bisa datang sendirian. Boleh saya ajak teman?”',
						picture: 'adegan-pintu',
					},
				],
			},
		],
	} satisfies Record<'fase-b' | 'pesantren', RoleSet[]>,
	'kartu.request': 'Permintaan (dibacakan Bapak/Ibu):',
	'kartu.reply': 'Jawaban kita:',
};
