import iconSet from '@iconify-json/fluent-emoji-flat/icons.json';

/**
 * The pictures authors may name in content: every icon of the Fluent Emoji Flat set (MIT) and the
 * drawings made for this site in `src/assets/pictures/`. A drawing wins over an icon of the same name.
 * Build-time only: pages inline the pictures they print or project; quiz pages load them as files
 * (`/gambar/NAME.svg`, see src/pages/gambar/).
 */

interface IconSet {
	icons: Record<string, { body: string; width?: number; height?: number }>;
	aliases?: Record<string, { parent: string; hFlip?: boolean }>;
	width?: number;
	height?: number;
}

const set = iconSet as IconSet;

const drawings: Record<string, string> = Object.fromEntries(
	Object.entries(
		import.meta.glob<string>('/src/assets/pictures/*.svg', {
			query: '?raw',
			import: 'default',
			eager: true,
		})
	).map(([path, svg]) => [path.replace(/^.*\/|\.svg$/g, ''), svg])
);

/**
 * The most SVG markup one picture may bring (a few icons of the set are drawn in great detail and
 * weigh up to 18 KB each; a page with many pictures must stay light on a cheap phone).
 */
export const PICTURE_MAX_CHARS = 8000;

/** A picture ready to put in a `<symbol>`: its viewBox and inner SVG markup. */
export interface PictureSymbol {
	viewBox: string;
	body: string;
}

function fromDrawing(svg: string): PictureSymbol {
	const viewBox = svg.match(/viewBox="([^"]+)"/)?.[1] ?? '0 0 32 32';
	const body = svg.replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
	return { viewBox, body };
}

function fromIcon(name: string): PictureSymbol | undefined {
	const alias = set.aliases?.[name];
	const icon = set.icons[name] ?? set.icons[alias?.parent ?? ''];
	if (!icon) return undefined;
	const width = icon.width ?? set.width ?? 32;
	const height = icon.height ?? set.height ?? 32;
	// Some names are a mirrored copy of another icon (e.g. a hand pointing the other way).
	const body =
		!set.icons[name] && alias?.hFlip
			? `<g transform="translate(${width} 0) scale(-1 1)">${icon.body}</g>`
			: icon.body;
	return { viewBox: `0 0 ${width} ${height}`, body };
}

/** The picture called `name`, or undefined when there is none. */
export function getPicture(name: string): PictureSymbol | undefined {
	const drawing = drawings[name];
	return drawing ? fromDrawing(drawing) : fromIcon(name);
}

export function isPicture(name: string): boolean {
	return getPicture(name) !== undefined;
}

/** Names of the drawings made for this site (for the credits on /tentang/). */
export const DRAWING_NAMES = Object.keys(drawings).sort();

/** A picture as a file of its own (`/gambar/NAME.svg`), for pages that load pictures as images. */
export function pictureFile({ viewBox, body }: PictureSymbol): string {
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}">${body}</svg>`;
}
