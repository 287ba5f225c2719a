import { h } from 'preact';
import { deckUi as t } from '../../i18n/id/deck';
import { formatElapsed, isOverTime } from '../../lib/deck/time';

export interface TeacherPanelProps {
	/** The current slide's notes as HTML, from the page's own static slides. */
	notes: string;
	/** What comes next: the answer of this slide, the next slide's title, or nothing (last slide). */
	next: { kind: 'reveal' } | { kind: 'slide'; title: string } | { kind: 'end' };
	isBlank: boolean;
	/** Time since the presentation left its first slide. */
	elapsedMs: number;
	minutes?: number;
}

/** Beside the current and next slide in the teacher view: what comes next, the time, the notes. */
export function TeacherPanel(props: TeacherPanelProps) {
	const { next, minutes } = props;
	const isOver = minutes !== undefined && isOverTime(props.elapsedMs, minutes);
	return h(
		'section',
		// Focusable, so its notes can be scrolled with the keyboard when they are long.
		{ class: 'deck-teacher', 'aria-label': t['deck.teacherView'], tabIndex: 0 },
		h(
			'p',
			{ class: 'deck-teacher__next' },
			next.kind === 'reveal'
				? t['deck.teacher.nextReveal']
				: next.kind === 'slide'
					? t['deck.teacher.nextSlide']({ title: next.title })
					: t['deck.teacher.lastSlide']
		),
		props.isBlank && h('p', { class: 'deck-teacher__blank' }, t['deck.teacher.blank']),
		h(
			'p',
			{ class: isOver ? 'deck-teacher__time is-over' : 'deck-teacher__time' },
			`${t['deck.teacher.time']} `,
			h('strong', { class: 'deck-teacher__clock' }, formatElapsed(props.elapsedMs)),
			minutes !== undefined && ` ${t['deck.teacher.planned']({ minutes })}`
		),
		h('h2', { class: 'deck-teacher__title' }, t['deck.teacher.notes']),
		props.notes
			? h('div', { class: 'deck-teacher__notes', dangerouslySetInnerHTML: { __html: props.notes } })
			: h('p', { class: 'deck-teacher__notes' }, t['deck.teacher.noNotes'])
	);
}
