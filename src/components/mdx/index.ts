import Angka from './Angka.astro';
import Catatan from './Catatan.astro';
import Hukum from './Hukum.astro';
import Katakan from './Katakan.astro';
import Langkah from './Langkah.astro';
import Naskah from './Naskah.astro';

/** Components authors use in lesson and guide MDX without importing them. */
export const mdxComponents = { Angka, Catatan, Hukum, Katakan, Langkah, Naskah };
