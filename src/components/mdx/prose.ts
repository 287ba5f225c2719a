import Angka from './Angka.astro';
import Aturan from './Aturan.astro';
import BiayaVisum from './BiayaVisum.astro';
import Catatan from './Catatan.astro';
import Hukum from './Hukum.astro';
import Istilah from './Istilah.astro';
import KalimatBaku from './KalimatBaku.astro';
import KecualiAnak from './KecualiAnak.astro';
import Katakan from './Katakan.astro';
import Langkah from './Langkah.astro';
import Naskah from './Naskah.astro';
import SegeraBerobat from './SegeraBerobat.astro';
import TanggalSumber from './TanggalSumber.astro';
import Tayangan from './Tayangan.astro';
import Telepon from './Telepon.astro';

/**
 * The components a parent guide or a school page may use (Article.astro). Lighter than
 * `mdxComponents`: a page carries the styles of every component its template imports, and the
 * print kit's pictures, lines and boxes and the on-screen quiz are for lessons and handouts only.
 */
export const proseComponents = {
	Angka,
	Aturan,
	BiayaVisum,
	Catatan,
	Hukum,
	Istilah,
	KalimatBaku,
	KecualiAnak,
	Katakan,
	Langkah,
	Naskah,
	SegeraBerobat,
	TanggalSumber,
	Tayangan,
	Telepon,
};
