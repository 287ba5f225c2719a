import DaftarJalur from './DaftarJalur.astro';
import KartuBercerita from './KartuBercerita.astro';
import RencanaSemester from './RencanaSemester.astro';
import SuratOrangTua from './SuratOrangTua.astro';

/** Components only `content/pages/guru.mdx` uses: parts of the page built from the lessons data. */
export const guruComponents = { DaftarJalur, KartuBercerita, RencanaSemester, SuratOrangTua };
