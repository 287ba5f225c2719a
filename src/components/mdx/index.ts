import Deret from '../kit/Deret.astro';
import Gambar from '../kit/Gambar.astro';
import Garis from '../kit/Garis.astro';
import KotakGambar from '../kit/KotakGambar.astro';
import Angka from './Angka.astro';
import Aturan from './Aturan.astro';
import Catatan from './Catatan.astro';
import Hukum from './Hukum.astro';
import Istilah from './Istilah.astro';
import KecualiAnak from './KecualiAnak.astro';
import Katakan from './Katakan.astro';
import KuisDiLayar from './KuisDiLayar.astro';
import Langkah from './Langkah.astro';
import Naskah from './Naskah.astro';
import Tayangan from './Tayangan.astro';
import Telepon from './Telepon.astro';

/** Components authors use in lesson and guide MDX without importing them. */
export const mdxComponents = {
	Angka,
	Aturan,
	Catatan,
	Deret,
	Gambar,
	Garis,
	KotakGambar,
	Hukum,
	Istilah,
	KecualiAnak,
	Katakan,
	KuisDiLayar,
	Langkah,
	Naskah,
	Tayangan,
	Telepon,
};
