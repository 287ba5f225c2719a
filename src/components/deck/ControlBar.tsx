import { h } from 'preact';
import { deckUi as t } from '../../i18n/id/deck';

/* The deck's views are written with `h` rather than JSX: JSX would add Preact's JSX runtime to the
   page, and a deck must stay within its 12 KB JavaScript budget. */

export type BarCommand = 'prev' | 'next' | 'blank' | 'fullscreen' | 'teacher' | 'hide' | 'help';

export interface ControlBarProps {
	current: number;
	total: number;
	isBlank: boolean;
	isFullscreen: boolean;
	canFullscreen: boolean;
	isTeacherView: boolean;
	backHref: string;
	backLabel: string;
	/** The quick exit's neutral page: in a deck, Esc twice does not leave, this link does. */
	exitHref: string;
	onCommand: (command: BarCommand) => void;
}

/** Simple line icons; each control also has its words (visible, or for screen readers). */
const ICONS = {
	prev: 'M15 5l-7 7 7 7',
	next: 'M9 5l7 7-7 7',
	blank: 'M4 6h16v12H4z M4 6l16 12',
	fullscreen: 'M4 9V4h5 M20 9V4h-5 M4 15v5h5 M20 15v5h-5',
	teacher: 'M4 5h16v10H4z M8 19h8 M12 15v4',
	hide: 'M6 9l6 6 6-6',
	help: 'M9 9a3 3 0 1 1 3 3v2 M12 18v1',
	back: 'M10 6l-6 6 6 6 M4 12h16',
} as const;

const icon = (name: keyof typeof ICONS) =>
	h(
		'svg',
		{ class: 'deck-bar__icon', viewBox: '0 0 24 24', 'aria-hidden': 'true', focusable: 'false' },
		h('path', { d: ICONS[name] })
	);

/** Words of a control: always shown for "previous" and "next", only on wide screens for the rest. */
const words = (text: string, isMain: boolean) =>
	h('span', { class: isMain ? 'deck-bar__text' : 'deck-bar__text deck-bar__text--minor' }, text);

/** The presenter's controls: a bar at the bottom of the deck, reachable by Tab, that can hide. */
export function ControlBar(props: ControlBarProps) {
	const button = (name: BarCommand, label: string, pressed?: boolean) => {
		const isMain = name === 'prev' || name === 'next';
		// Every control has a tooltip too: on narrow screens only the icons show.
		return h(
			'button',
			{
				type: 'button',
				class: `deck-bar__button deck-bar__button--${name}`,
				'aria-pressed': pressed,
				title: label,
				onClick: () => props.onCommand(name),
			},
			icon(name),
			words(label, isMain)
		);
	};
	return h(
		'div',
		{ class: 'deck-bar', role: 'group', 'aria-label': t['deck.controls'] },
		button('prev', t['deck.prev']),
		h(
			'p',
			{ class: 'deck-bar__position' },
			h(
				'span',
				{ class: 'sr-only' },
				t['deck.position']({ current: props.current, total: props.total })
			),
			h('span', { 'aria-hidden': 'true' }, `${props.current} / ${props.total}`)
		),
		button('next', t['deck.next']),
		h('span', { class: 'deck-bar__gap' }),
		button('blank', t['deck.blank'], props.isBlank),
		props.canFullscreen && button('fullscreen', t['deck.fullscreen'], props.isFullscreen),
		button('teacher', t['deck.teacherView'], props.isTeacherView),
		h(
			'a',
			{ class: 'deck-bar__back', href: props.backHref, title: props.backLabel },
			icon('back'),
			words(props.backLabel, false)
		),
		button('help', t['deck.keys']),
		button('hide', t['deck.hideControls']),
		h(
			'a',
			{
				class: 'deck-bar__exit',
				href: props.exitHref,
				// The page's quick-exit script makes it leave at once, as the header's button does.
				'data-quick-exit': '',
			},
			// Its words show on every screen, also where the other controls keep only their icons.
			t['deck.exit']
		)
	);
}
