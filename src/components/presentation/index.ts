import Angka from '../mdx/Angka.astro';
import Hukum from '../mdx/Hukum.astro';
import Istilah from '../mdx/Istilah.astro';
import KalimatBaku from '../mdx/KalimatBaku.astro';
import KecualiAnak from '../mdx/KecualiAnak.astro';
import Catatan from './Catatan.astro';
import KuisDiLayar from './KuisDiLayar.astro';
import Omitted from './Omitted.astro';
import Passthrough from './Passthrough.astro';
import Tayangan from './Tayangan.astro';

/**
 * How a lesson's MDX renders as a presentation (`/pelajaran/<slug>/presentasi/`): each
 * <Tayangan> is a slide, <KuisDiLayar> the quiz in class mode; <SlidesOnly> drops the rest.
 */
export const presentationComponents = {
	Angka,
	Catatan,
	Hukum,
	Istilah,
	KalimatBaku,
	Katakan: Omitted,
	KecualiAnak,
	KuisDiLayar,
	Langkah: Passthrough,
	Naskah: Omitted,
	Tayangan,
};
