import { ui } from '../../i18n/id';

/**
 * The parts of a lesson's print pack, each printable alone at `/pelajaran/<slug>/cetak/<part>/`, in
 * the order the whole pack prints them, with the sheets each is made to fill (checked by the
 * browser tests in tests/e2e/print-parts.spec.ts).
 */
export const PRINT_PARTS = [
	'lembar-kerja',
	'surat',
	'kuis',
	'kunci',
	'ringkasan',
	'kartu',
] as const;

export type PrintPart = (typeof PRINT_PARTS)[number];

/**
 * The sheets (A4 or F4) a part is made to fill, where it is fixed: the worksheet, the desk summary
 * and the card are one sheet each. The letter is one sheet once its text is short enough
 * (LETTER_ONE_SHEET_WORDS); the quiz and its key grow with the quiz.
 */
export const PART_SHEETS: Partial<Record<PrintPart, number>> = {
	'lembar-kerja': 1,
	ringkasan: 1,
	kartu: 1,
};

/** A letter of at most this many words fits one sheet with its helplines and reply slip. */
export const LETTER_ONE_SHEET_WORDS = 350;

/** The words of an MDX text (tags and markup left out). */
export function wordCount(mdx: string): number {
	return mdx
		.replace(/^---\n[\s\S]*?\n---\n/, '')
		.replace(/<[^>]+>/g, ' ')
		.split(/\s+/)
		.filter((w) => /[\p{L}\d]/u.test(w)).length;
}

/** The sheets a lesson's part takes, when known. */
export function partSheets(part: PrintPart, letterSource: string): number | undefined {
	if (part === 'surat') return wordCount(letterSource) <= LETTER_ONE_SHEET_WORDS ? 1 : undefined;
	return PART_SHEETS[part];
}

/**
 * The parts a lesson of a track prints. A staff session (track `pendidik`) has no parent letter;
 * its `lembar-kerja` part prints the participants' handout.
 */
export function lessonPrintParts(track: string): readonly PrintPart[] {
	return track === 'pendidik' ? PRINT_PARTS.filter((p) => p !== 'surat') : PRINT_PARTS;
}

/** What a part is called in a lesson of a track: a staff session's sheet is the participants' handout. */
export function partLabel(part: PrintPart, track: string): string {
	if (track === 'pendidik' && part === 'lembar-kerja') return ui['print.part.materi-peserta'];
	if (track === 'pendidik' && part === 'ringkasan') return ui['print.part.ringkasan-fasilitator'];
	return ui[`print.part.${part}`];
}

export function isPrintPart(value: string): value is PrintPart {
	return (PRINT_PARTS as readonly string[]).includes(value);
}

/** The print address of one part of a lesson's pack. */
export function partPath(lesson: string, part: PrintPart): string {
	return `/pelajaran/${lesson}/cetak/${part}/`;
}
