import { findFitScale } from '../../lib/deck/fit';

/**
 * The DOM side of the deck island: reading the static slides the page rendered, and laying them
 * out. Kept apart from the views so Deck.tsx stays about state and events.
 */

export interface SlideInfo {
	el: HTMLElement;
	title: string;
	steps: number;
	/** The slide's teacher notes as HTML (every notes block of the slide), or '' when it has none. */
	notes: string;
}

export function readSlides(root: HTMLElement): SlideInfo[] {
	return [...root.querySelectorAll<HTMLElement>('[data-slide]')].map((el) => ({
		el,
		title: el.dataset.title ?? '',
		steps: Number(el.dataset.steps ?? 0) || 0,
		notes: [...el.querySelectorAll('[data-notes-body]')].map((n) => n.innerHTML).join(''),
	}));
}

/** Makes everything on the page outside `root` inert (header, footer, skip link): the deck covers it. */
export function inertOutside(root: HTMLElement) {
	for (let node: HTMLElement | null = root; node && node !== document.body; ) {
		const parent: HTMLElement | null = node.parentElement;
		for (const sibling of parent?.children ?? []) {
			if (sibling !== node && sibling instanceof HTMLElement) sibling.inert = true;
		}
		node = parent;
	}
}

/**
 * Shrinks a slide's type just enough for everything to fit its frame (a long answer on a 4:3
 * projector); large slides stay at full size. The scale is the CSS variable --fit.
 */
export function fitSlide(slide: HTMLElement) {
	const frame = slide.querySelector<HTMLElement>('.slide__frame');
	const inner = frame?.firstElementChild;
	if (!frame || !(inner instanceof HTMLElement)) return;
	const fits = (scale: number) => {
		frame.style.setProperty('--fit', String(scale));
		return (
			inner.offsetHeight <= frame.clientHeight + 1 &&
			inner.scrollHeight <= inner.clientHeight + 1 &&
			inner.scrollWidth <= inner.clientWidth + 1
		);
	};
	frame.style.setProperty('--fit', String(findFitScale(fits)));
}

/**
 * Adds rules that only the island's own views use to the document, as a constructed stylesheet: no
 * request, nothing inline for the Content Security Policy to allow, and no page waits for them.
 */
export function adoptStyles(css: string) {
	const sheet = new CSSStyleSheet();
	sheet.replaceSync(css);
	document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
