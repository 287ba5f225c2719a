/**
 * Where the picture files are (`src/pages/gambar/`), seen from a quiz page (`/kuis/<slug>/`). Relative,
 * so that the same path works on the web and inside the ZIM file.
 */
const PICTURE_DIR = '../../gambar/';

/** A picture as an image file, loaded only when its question shows; decorative unless `alt` is given. */
export function Pic({
	name,
	alt,
	size = 'm',
}: {
	name?: string;
	alt?: string;
	size?: 's' | 'm' | 'l';
}) {
	if (!name) return null;
	return (
		<img class={`quiz-pic quiz-pic--${size}`} src={`${PICTURE_DIR}${name}.svg`} alt={alt ?? ''} />
	);
}

/** An answer's picture and its words, marked for read-aloud (with its recording, when it has one). */
export function PicText({ item }: { item: { text: string; picture?: string; audio?: string } }) {
	return (
		<>
			<Pic name={item.picture} />
			<span data-speak data-audio={item.audio}>
				{item.text}
			</span>
		</>
	);
}
