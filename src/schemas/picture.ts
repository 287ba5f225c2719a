import { z } from 'astro/zod';
import { getPicture, isPicture, PICTURE_MAX_CHARS } from '../lib/pictures/registry';

/**
 * The name of a picture: a Fluent Emoji Flat icon (e.g. "raised-hand") or a drawing in
 * `src/assets/pictures/` (file name without ".svg").
 */
export const PictureSchema = z
	.string()
	.refine(isPicture, (name) => ({
		message: `Gambar "${name}" tidak ada. Pakai nama ikon Fluent Emoji Flat (misalnya "raised-hand") atau nama berkas di src/assets/pictures/.`,
	}))
	.refine(
		(name) => (getPicture(name)?.body.length ?? 0) <= PICTURE_MAX_CHARS,
		(name) => ({
			message: `Gambar "${name}" terlalu berat untuk ponsel murah. Pilih gambar lain yang mirip (cari dengan: node scripts/find-picture.mjs <kata>).`,
		})
	);

/** A recorded audio file under `public/audio/`, e.g. "kuis/bagian-pribadi/soal-1.mp3". */
export const AudioSchema = z
	.string()
	.regex(
		/^[a-z0-9/-]+\.(mp3|ogg|m4a)$/,
		'Tulis nama berkas audio di dalam public/audio/, misalnya "kuis/bagian-pribadi/soal-1.mp3".'
	);
