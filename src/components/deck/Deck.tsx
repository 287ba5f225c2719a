import { Component, h } from 'preact';
import { deckUi as t } from '../../i18n/id/deck';
import { announcementFor, type DeckAnnouncement } from '../../lib/deck/announce';
import { deckHash, parseDeckHash } from '../../lib/deck/hash';
import { isControlActivation, keyToCommand } from '../../lib/deck/keys';
import {
	hasPendingReveal,
	initialDeckState,
	reduceDeck,
	type DeckAction,
	type DeckState,
} from '../../lib/deck/state';
import { deckChannelName, parseDeckMessage, type DeckMessage } from '../../lib/deck/sync';
import { ControlBar, type BarCommand } from './ControlBar';
import liveCss from './deck-live.css?inline';
import teacherCss from './deck-teacher.css?inline';
import { adoptStyles, fitSlide, inertOutside, readSlides, type SlideInfo } from './deck-dom';
import { TeacherPanel } from './TeacherPanel';

export interface DeckProps {
	backHref: string;
	backLabel: string;
	/** The quick exit's neutral page, for the control bar's own quick-exit link. */
	exitHref: string;
	/** Planned minutes of the lesson, shown beside the teacher's timer. */
	minutes?: number;
}

interface DeckViewState {
	/** The `[data-deck]` element around the island; null until the island is live. */
	root: HTMLElement | null;
	slides: SlideInfo[];
	deck: DeckState;
	view: 'audience' | 'teacher';
	isBarHidden: boolean;
	isFullscreen: boolean;
	/** The time the teacher's timer last showed (ms since the epoch). */
	now: number;
	/** What the live region says about the latest change. */
	message: string;
}

/** The key guide, a static dialog of the page (DeckFrame). */
const keyGuide = () => document.querySelector<HTMLDialogElement>('dialog[data-deck-keys]');

/** The address hash of the teacher's window. */
const TEACHER_HASH = '#guru';

/**
 * Turns the page's static slides (rendered by Astro inside the same `[data-deck]` element) into a
 * presentation: one slide at a time, keys and a control bar, a blank screen, full screen, and a
 * teacher view with notes, the next slide and a timer, in a second window kept in step over a
 * BroadcastChannel (or on the same screen when a second window is not possible). All state logic
 * is in `src/lib/deck`; nothing is stored.
 *
 * A class component, not hooks: it keeps preact/hooks (about 1.2 KB gzip) out of the page, which
 * is what lets a deck stay within its 12 KB JavaScript budget. Nothing renders on the server:
 * without JavaScript the page is the list of slides.
 */
export default class Deck extends Component<DeckProps, DeckViewState> {
	state: DeckViewState = {
		root: null,
		slides: [],
		deck: initialDeckState,
		view: 'audience',
		isBarHidden: false,
		isFullscreen: false,
		now: 0,
		message: '',
	};

	/** The deck state as of the latest change, ahead of the next render. */
	private deck = initialDeckState;
	/**
	 * When the presentation left its first slide (ms since the epoch; 0 before that): the teacher's
	 * timer counts from there, so opening the deck early does not eat into the lesson's minutes.
	 */
	private startedAt = 0;
	private ui: HTMLDivElement | null = null;
	private channel: BroadcastChannel | null = null;
	private id = Math.random().toString(36).slice(2);
	private timer = 0;
	private frame = 0;
	private focusBeforeBlank: Element | null = null;

	/* The island lives as long as the page, so its listeners are never removed. */

	componentDidMount() {
		const root = this.ui?.closest<HTMLElement>('[data-deck]');
		if (!root) return;
		adoptStyles(liveCss + teacherCss);
		// Opened at a given slide (a reload or a shared link) the class is watching: no key hint over it.
		root.classList.add('deck--live', ...(location.hash.length > 1 ? ['deck--resumed'] : []));
		document.documentElement.classList.add('deck-open');
		inertOutside(root);
		// Keys are caught before the page's own listeners: Esc in a deck only unblanks, closes the key
		// guide or leaves full screen, and never counts towards the quick exit's double Esc (a teacher
		// presses Esc to "get out" in front of the class). The bar keeps its own quick exit.
		addEventListener('keydown', this.onKey, true);
		addEventListener('resize', () => {
			cancelAnimationFrame(this.frame);
			this.frame = requestAnimationFrame(() => this.fit());
		});
		document.addEventListener('fullscreenchange', () =>
			this.setState({ isFullscreen: document.fullscreenElement === root })
		);
		if (typeof BroadcastChannel !== 'undefined') {
			this.channel = new BroadcastChannel(deckChannelName(location.pathname));
			this.channel.onmessage = (event: MessageEvent) => this.onMessage(event.data);
			this.post({ kind: 'hello', from: this.id });
		}
		const isTeacherWindow = location.hash === TEACHER_HASH;
		const slides = readSlides(root);
		// Then to the slide the address names (`#7`): reloading or a shared link returns to it. A sync
		// is clamped to this deck: "#99" on a deck of 19 slides opens the last one.
		const at = parseDeckHash(location.hash);
		this.setState(
			{ root, slides, view: isTeacherWindow ? 'teacher' : 'audience' },
			() => at && this.apply({ type: 'sync', state: { ...at, blank: false } })
		);
	}

	componentDidUpdate(_: DeckProps, before: DeckViewState) {
		const { root, deck, view, isBarHidden } = this.state;
		if (!root) return;
		if (
			before.root !== root ||
			before.deck !== deck ||
			before.view !== view ||
			before.isBarHidden !== isBarHidden
		) {
			this.show();
		}
		if (before.view !== view) {
			clearInterval(this.timer);
			if (view === 'teacher') {
				this.timer = window.setInterval(() => this.setState({ now: Date.now() }), 1000);
			}
		}
		// The blank screen takes focus while it shows and gives it back after; so do the controls.
		const isBlank = deck.blank && view === 'audience';
		if (isBlank !== (before.deck.blank && before.view === 'audience')) {
			if (isBlank) {
				this.focusBeforeBlank = document.activeElement;
				this.focusIn('.deck-blank');
			} else if (this.focusBeforeBlank instanceof HTMLElement) {
				this.focusBeforeBlank.focus({ preventScroll: true });
			}
		}
		if (before.isBarHidden !== isBarHidden && before.root) {
			this.focusIn(isBarHidden ? '.deck-show-bar' : '.deck-bar__button--next');
		}
	}

	private focusIn(selector: string) {
		this.ui?.querySelector<HTMLElement>(selector)?.focus({ preventScroll: true });
	}

	/** Shows the current slide (and the next one as a preview in the teacher view), then fits it. */
	private show() {
		const { root, slides, deck, view, isBarHidden } = this.state;
		if (!root) return;
		const isBlank = deck.blank && view === 'audience';
		slides.forEach(({ el }, i) => {
			const isCurrent = i === deck.index;
			const isPreview = view === 'teacher' && i === deck.index + 1;
			el.hidden = !(isCurrent || isPreview) || isBlank;
			el.toggleAttribute('data-current', isCurrent);
			el.toggleAttribute('data-preview', isPreview);
			el.inert = isPreview;
			el.dataset.step = String(isCurrent ? deck.step : 0);
		});
		root.dataset.view = view;
		root.toggleAttribute('data-bar-hidden', isBarHidden);
		this.fit();
	}

	private fit() {
		this.state.slides.filter((s) => !s.el.hidden).forEach((s) => fitSlide(s.el));
	}

	private post(message: DeckMessage) {
		this.channel?.postMessage(message);
	}

	private postState() {
		this.post({ kind: 'state', from: this.id, state: this.deck, startedAt: this.startedAt });
	}

	private describe(said: DeckAnnouncement): string {
		const { slides } = this.state;
		switch (said.kind) {
			case 'slide':
				return `${t['deck.position']({ current: said.index + 1, total: slides.length })}: ${slides[said.index]?.title ?? ''}`;
			case 'revealed':
				return t['deck.announce.revealed'];
			case 'hidden':
				return t['deck.announce.hidden'];
			case 'blank':
				return t['deck.blank'];
		}
	}

	/** Moves to the state after `action`; tells the other window unless the action came from it. */
	private apply(action: DeckAction, fromOtherWindow = false) {
		const before = this.deck;
		const after = reduceDeck({ steps: this.state.slides.map((s) => s.steps) }, before, action);
		if (after === before) return;
		this.deck = after;
		const said = announcementFor(before, after);
		if (!this.startedAt && after.index > 0 && !fromOtherWindow) this.startedAt = Date.now();
		if (location.hash !== TEACHER_HASH) history.replaceState(null, '', deckHash(after));
		this.setState({ deck: after, message: said ? this.describe(said) : this.state.message });
		if (!fromOtherWindow) this.postState();
	}

	private onMessage(data: unknown) {
		const message = parseDeckMessage(data);
		if (!message || message.from === this.id) return;
		if (message.kind === 'hello') return this.postState();
		if (message.startedAt) this.startedAt = message.startedAt;
		this.apply({ type: 'sync', state: message.state }, true);
	}

	private onKey = (event: Event) => {
		const press = event as KeyboardEvent;
		const command = keyToCommand(press);
		if (!command || isControlActivation(press.key, document.activeElement?.tagName)) return;
		const guide = keyGuide();
		if (command === 'escape') {
			// Never passed on: the quick exit's double Esc is off in a deck. An open key guide closes
			// by the browser's own Esc handling.
			event.stopPropagation();
			if (guide?.open) return;
			if (this.deck.blank) this.apply({ type: 'blank', on: false });
			else if (document.fullscreenElement) void document.exitFullscreen();
			return;
		}
		// While the key guide is open, keys belong to it ("?" closes it again).
		if (guide?.open && command !== 'help') return;
		event.preventDefault();
		this.run(command);
	};

	private run = (command: BarCommand | 'first' | 'last') => {
		switch (command) {
			case 'blank':
				return this.apply({ type: 'blank' });
			case 'fullscreen':
				if (document.fullscreenElement) void document.exitFullscreen();
				else this.state.root?.requestFullscreen().catch(() => undefined);
				return;
			case 'teacher':
				return this.toggleTeacher();
			case 'hide':
				return this.setState({ isBarHidden: true });
			case 'help': {
				const guide = keyGuide();
				return guide?.open ? guide.close() : guide?.showModal();
			}
			default:
				return this.apply({ type: command });
		}
	};

	/**
	 * S: the teacher view opens in a second window (the teacher moves it to the laptop screen) and
	 * follows this one. Where that is not possible (no BroadcastChannel, a touch device, a blocked
	 * pop-up) or in the teacher window itself, it switches this screen's view instead.
	 */
	private toggleTeacher() {
		if (this.state.view === 'teacher') return this.setState({ view: 'audience' });
		const canPair =
			location.hash !== TEACHER_HASH &&
			this.channel !== null &&
			!matchMedia('(pointer: coarse)').matches;
		const opened =
			canPair &&
			window.open(
				location.pathname + TEACHER_HASH,
				'jaga-diri-guru',
				'popup,width=1200,height=760'
			);
		if (!opened) this.setState({ view: 'teacher' });
	}

	render(props: DeckProps, state: DeckViewState) {
		const { root, slides, deck, view } = state;
		const current = slides[deck.index];
		const following = slides[deck.index + 1];
		const isAudienceBlank = deck.blank && view === 'audience';
		return h(
			'div',
			{ class: 'deck-ui', ref: (el: HTMLDivElement | null) => (this.ui = el), hidden: !root },
			root && [
				h('p', { class: 'sr-only', 'aria-live': 'polite', 'aria-atomic': 'true' }, state.message),
				view === 'teacher' &&
					current &&
					h(TeacherPanel, {
						notes: current.notes,
						next: hasPendingReveal({ steps: slides.map((s) => s.steps) }, deck)
							? { kind: 'reveal' }
							: following
								? { kind: 'slide', title: following.title }
								: { kind: 'end' },
						isBlank: deck.blank,
						elapsedMs: this.startedAt ? state.now - this.startedAt : 0,
						minutes: props.minutes,
					}),
				state.isBarHidden
					? h(
							'button',
							{
								type: 'button',
								class: 'deck-show-bar',
								onClick: () => this.setState({ isBarHidden: false }),
							},
							t['deck.showControls']
						)
					: h(ControlBar, {
							current: deck.index + 1,
							total: slides.length,
							isBlank: deck.blank,
							isFullscreen: state.isFullscreen,
							canFullscreen: document.fullscreenEnabled,
							isTeacherView: view === 'teacher',
							backHref: props.backHref,
							backLabel: props.backLabel,
							exitHref: props.exitHref,
							onCommand: this.run,
						}),
				isAudienceBlank &&
					h('button', {
						type: 'button',
						class: 'deck-blank',
						'aria-label': t['deck.unblank'],
						onClick: () => this.apply({ type: 'blank', on: false }),
					}),
			]
		);
	}
}
