import type { Question } from '../quiz/types';

/*
 * Checks for the SD kelas 1–4 lessons (fase-a, fase-b) that come from their blind reviews:
 * the bathing/cebok exception always names who may help, school toilet help is agreed and never
 * secret, no answer a child taps voices blame, and a class-quiz instruction names only what the
 * class set holds.
 */

/** Paragraphs (or list items) of a text. */
const paragraphs = (text: string): string[] =>
	text
		.split(/\n\s*\n|\n(?=\s*[-*] )|\n(?=\s*\d+\. )/)
		.map((p) => p.trim())
		.filter(Boolean);

/** Help with bathing, cebok or the toilet: the exception of rule 2. */
const HYGIENE_HELP =
	/\b(dibantu|membantu\w*|memandikan|dimandikan)\b[^.!?]*\b(mandi|cebok|kamar kecil)\b|\bcebok\b/i;
/** The people who may give that help, named in the same paragraph. */
const HELPER =
	/\b(orang tua\w*|keluarga|wali\w*|ayah|ibu|abah|umi|mama|papa|nenek|kakek|dokter|perawat|bidan|orang dewasa berjenis kelamin sama)\b/i;

/** Paragraphs that speak of help with bathing, cebok or the toilet without naming who may help. */
export function hygieneWithoutHelper(text: string): string[] {
	return paragraphs(text).filter((p) => HYGIENE_HELP.test(p) && !HELPER.test(p));
}

/** What a teacher note on help with the toilet at school must say. */
const SCHOOL_TOILET_NEEDS: [RegExp, string][] = [
	[/\b(berjenis kelamin sama|sama jenis kelamin\w*|sejenis)\b/i, 'orang dewasa berjenis kelamin sama'],
	[/\bdisepakati\b[^.]*\borang tua\b|\borang tua\b[^.]*\bsetuju/i, 'disepakati bersama orang tua'],
	[/\bpintu tidak dikunci\b/i, 'pintu tidak dikunci'],
	[/\btidak pernah menjadi rahasia\b|\bbukan rahasia\b/i, 'tidak pernah menjadi rahasia'],
];

/**
 * Problems of the disability notes ("- **Anak yang … kamar kecil …**") of a lesson: each must say
 * that school help comes from an agreed adult of the same sex, door unlocked, never secret.
 */
export function schoolToiletNoteProblems(text: string): string[] {
	return text
		.split('\n')
		.filter((line) => /^- \*\*Anak\b/.test(line) && /\bkamar kecil\b/i.test(line))
		.flatMap((line) =>
			SCHOOL_TOILET_NEEDS.filter(([re]) => !re.test(line)).map(
				([, what]) => `"${line.slice(0, 60)}…" tidak menyebut: ${what}`
			)
		);
}

/** An answer a child taps that states blame or a belief that silences the child. */
export function isBlamingChoice(text: string): boolean {
	const t = text
		.replace(/\b(bukan|tidak|tak)\s+salah\w*/gi, '')
		.replace(/\btidak ada kata terlambat\b|\btidak terlambat\b/gi, '');
	return (
		/\bsalah\w*\b/i.test(t) ||
		/\bharus diam\b/i.test(t) ||
		/\bkarena (dulu|sudah)\b/i.test(t) ||
		/\bterlambat\b/i.test(t)
	);
}

/** The texts of the answers a child taps in a question. */
export function choiceTexts(q: Question): string[] {
	switch (q.type) {
		case 'pilihan':
		case 'pilihan-ganda':
			return q.choices.map((c) => c.text);
		case 'skenario':
			return q.scenes.flatMap((s) => (s.choices ?? []).map((c) => c.text));
		default:
			return [];
	}
}

/** Answers of a quiz in which the child would voice blame, as "question: text". */
export function blamingChoices(questions: readonly Question[]): string[] {
	return questions.flatMap((q) =>
		choiceTexts(q)
			.filter(isBlamingChoice)
			.map((text) => `${q.id}: ${text}`)
	);
}

/** Words a class-quiz instruction uses for a question type, e.g. "soal lima jari". */
const TYPE_WORDS: Partial<Record<Question['type'], RegExp>> = {
	'lima-jari': /\bsoal lima jari\b/i,
	skenario: /\bsoal cerita\b/i,
	urutkan: /\bsoal (urutan|mengurutkan)\b/i,
	kelompokkan: /\bsoal (kartu|mengelompokkan)\b/i,
	perasaan: /\bsoal perasaan\b/i,
};

/**
 * Problems of a lesson's "Kuis bersama" instruction: every character it names appears in a
 * question of the class set, and every question type it names is in the class set.
 */
export function classInstructionProblems(
	instruction: string,
	classSet: readonly Question[],
	castNames: readonly string[]
): string[] {
	const inClass = classSet.map((q) => JSON.stringify(q)).join('\n');
	const problems = castNames
		.filter((name) => new RegExp(`\\b${name}\\b`).test(instruction))
		.filter((name) => !new RegExp(`\\b${name}\\b`).test(inClass))
		.map((name) => `"${name}" tidak ada di soal kuis bersama`);
	for (const [type, re] of Object.entries(TYPE_WORDS)) {
		if (re.test(instruction) && !classSet.some((q) => q.type === type)) {
			problems.push(`soal jenis "${type}" tidak ada di kuis bersama`);
		}
	}
	return problems;
}

/** Where a picture is used: the words beside it, and the sorting group of its card if any. */
export interface PictureUse {
	picture: string;
	text: string;
	group?: string;
}

/**
 * Pictures of the SD tracks that stand for one thing each, and the words that must be beside them.
 * A raised hand is "stop/no", never "help" or "ask first"; the old woman is Nenek, never Ibu; the
 * covered mouth is "do not join the mocking", never the mocking itself.
 */
export const PICTURE_MEANINGS: Record<string, RegExp> = {
	'raised-hand-medium': /\b(berhenti|tidak|jangan|tolak)\b/i,
	'old-woman-medium': /\bnenek\b/i,
	'speak-no-evil-monkey': /\b(tidak|jangan)\b[^.]*\bmengejek\b/i,
};

/** Laughing or smiling faces: never on a card of an unsafe or not-allowed group. */
const HAPPY_FACE = /^(grinning|smiling|beaming|face-with-tears-of-joy|rolling-on-the-floor)/;
const UNSAFE_GROUP = /(tidak|rahasia|merah|melanggar)/;

/** Uses of a picture that give it a second meaning within a track. */
export function pictureMeaningProblems(uses: readonly PictureUse[]): string[] {
	return uses.flatMap(({ picture, text, group }) => {
		const words = PICTURE_MEANINGS[picture];
		if (words && !words.test(text)) return [`"${picture}" bermakna lain di: ${text}`];
		if (HAPPY_FACE.test(picture) && group && UNSAFE_GROUP.test(group)) {
			return [`"${picture}" (wajah gembira) di kartu kelompok "${group}": ${text}`];
		}
		return [];
	});
}

/** Every picture of a quiz with the words beside it (any object with a `picture`). */
export function quizPictureUses(node: unknown): PictureUse[] {
	if (Array.isArray(node)) return node.flatMap(quizPictureUses);
	if (!node || typeof node !== 'object') return [];
	const o = node as Record<string, unknown>;
	const own: PictureUse[] =
		typeof o.picture === 'string'
			? [
					{
						picture: o.picture,
						text: String(o.text ?? o.label ?? o.prompt ?? o.title ?? ''),
						...(typeof o.group === 'string' ? { group: o.group } : {}),
					},
				]
			: [];
	return [...own, ...Object.values(o).flatMap(quizPictureUses)];
}

/** Slide pictures of a lesson (`<Tayangan judul="…" gambar="…">`) with their titles. */
export function slidePictureUses(mdx: string): PictureUse[] {
	return [...mdx.matchAll(/<Tayangan judul="([^"]*)" gambar="([^"]*)"/g)].map((m) => ({
		picture: m[2]!,
		text: m[1]!,
	}));
}
