/** A picture from the page's sprite (see PictureSprite.astro); decorative unless `alt` is given. */
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
		<svg
			class={`quiz-pic quiz-pic--${size}`}
			role={alt ? 'img' : undefined}
			aria-label={alt}
			aria-hidden={alt ? undefined : true}
			focusable="false"
		>
			<use href={`#pic-${name}`} />
		</svg>
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
