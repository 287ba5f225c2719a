import Deret from '../kit/Deret.astro';
import Gambar from '../kit/Gambar.astro';
import Garis from '../kit/Garis.astro';
import KotakGambar from '../kit/KotakGambar.astro';
import Angka from './Angka.astro';
import Aturan from './Aturan.astro';
import Catatan from './Catatan.astro';
import Hukum from './Hukum.astro';
import Istilah from './Istilah.astro';
import KalimatBaku from './KalimatBaku.astro';
import KecualiAnak from './KecualiAnak.astro';
import SegeraBerobat from './SegeraBerobat.astro';
import TanggalSumber from './TanggalSumber.astro';
import Telepon from './Telepon.astro';

/**
 * The components a handout (worksheet, parent letter) and the printed card "Jika anak bercerita" may
 * use: prose, notes and the print kit. Not the lesson script's (Langkah, Katakan, Naskah, Tayangan,
 * KuisDiLayar): a page carries the styles of every component its template imports, and print pages
 * would carry theirs for nothing. A handout that uses one of them fails the build, naming it.
 */
export const handoutComponents = {
	Angka,
	Aturan,
	Catatan,
	Hukum,
	Istilah,
	KalimatBaku,
	KecualiAnak,
	SegeraBerobat,
	TanggalSumber,
	Telepon,
	Deret,
	Gambar,
	Garis,
	KotakGambar,
};
