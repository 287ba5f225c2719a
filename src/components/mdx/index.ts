import Deret from '../kit/Deret.astro';
import Gambar from '../kit/Gambar.astro';
import Garis from '../kit/Garis.astro';
import KotakGambar from '../kit/KotakGambar.astro';
import KuisDiLayar from './KuisDiLayar.astro';
import { proseComponents } from './prose';

/** Components authors use in lesson and guide MDX without importing them. */
export const mdxComponents = {
	...proseComponents,
	Deret,
	Gambar,
	Garis,
	KotakGambar,
	KuisDiLayar,
};
