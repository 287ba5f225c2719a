/*
 * Checks for the parent guides after the second blind review (issue 15): the private-parts rule
 * always carries the mouth and its exceptions, the home-care exception stays the family's, and the
 * law is never worded so that a child's "mau" seems to excuse perbuatan cabul.
 */

/** The component that renders the rule, exceptions included, from content/data/rules.yaml. */
const RULE_COMPONENT = /<Aturan id="bagian-pribadi"\s*\/>/;

/** Paragraphs (blank-line separated), so a rule and its exceptions are judged together. */
const paragraphs = (text: string): string[] =>
	text
		.split(/\n\s*\n/)
		.map((p) => p.trim())
		.filter(Boolean);

/** A paragraph that defines the private parts by the underwear. */
const DEFINES = /tertutup pakaian dalam/i;
/** A paragraph that names who or when the rule allows (bathing, cebok, a doctor's check). */
const NAMES_EXCEPTIONS = /\b(mandi|cebok|dokter|diperiksa|memeriksa)\b/i;
/** The mouth's own exceptions: a dentist, and being fed or helped to brush teeth. */
const MOUTH_EXCEPTIONS = /dokter gigi/i;
const MOUTH_CARE = /\b(suap|menyuapi|disuapi|menyuapimu|sikat gigi|menyikat gigi)\b/i;

/** Paragraphs that define the private parts by the underwear but leave out the mouth. */
export function definitionsWithoutMouth(text: string): string[] {
	return paragraphs(text).filter(
		(p) => DEFINES.test(p) && !/\bmulut/i.test(p) && !RULE_COMPONENT.test(p)
	);
}

/**
 * Paragraphs that name the mouth as private and list the rule's exceptions, but not the mouth's
 * own (a dentist; being fed or helped to brush teeth).
 */
export function mouthWithoutItsExceptions(text: string): string[] {
	return paragraphs(text).filter(
		(p) =>
			/\bmulut/i.test(p) &&
			/(pakaian dalam|bagian pribadi)/i.test(p) &&
			NAMES_EXCEPTIONS.test(p) &&
			!RULE_COMPONENT.test(p) &&
			!(MOUTH_EXCEPTIONS.test(p) && MOUTH_CARE.test(p))
	);
}

/**
 * Sentences that widen the home-care exception beyond the parent and the family member who cares
 * for the child at home: "orang yang dipilih orang tua", "yang Anda pilih untuk merawat".
 */
export function widenedCareException(text: string): string[] {
	const widened =
		/(dipilih|ditunjuk|dipercaya)\s+(oleh\s+)?(orang tua|Anda)[^.;]{0,60}merawat|(Anda|orang tua) (pilih|tunjuk|percayai) untuk merawat/i;
	return text.split(/(?<=[.!?;])\s+|\n+/).filter((s) => widened.test(s));
}

/**
 * Sentences that limit the "persuasion or tricks are enough" rule to intercourse, as if a child's
 * "mau" could still excuse perbuatan cabul (UU 35/2014 Pasal 76E covers persuasion for cabul too).
 */
export function consentExcuseForCabul(text: string): string[] {
	const limited =
		/(untuk|khusus|hanya (untuk)?) persetubuhan\b[^.]{0,160}\b(bujuk|bujukan|membujuk|tipu muslihat|kebohongan)/i;
	const cabulExcused =
		/(perbuatan cabul|pencabulan|dicabuli)[^.]{0,80}(suka sama suka|anak (juga )?(mau|setuju))[^.]{0,40}(tidak|bukan) (dipidana|dihukum|kejahatan|pidana)/i;
	return text.split(/(?<=[.!?])\s+|\n+/).filter((s) => limited.test(s) || cabulExcused.test(s));
}

/**
 * Whether some paragraph says that persuasion or tricks are enough for perbuatan cabul as well, so
 * that a child's "mau" excuses nothing (UU 35/2014 Pasal 76E).
 */
export function saysPersuasionCoversCabul(text: string): boolean {
	return paragraphs(text).some(
		(p) =>
			/\bmau\b/i.test(p) &&
			p
				.split(/(?<=[.!?])\s+/)
				.some((s) => /perbuatan cabul/i.test(s) && /(bujuk|tipu muslihat)/i.test(s))
	);
}

/**
 * Sentences of the disability guide that make personal care by someone outside the family a
 * blanket exception, or name a "pengasuh" (in a pondok, the kiai) as the one who gives it.
 */
export function careOutsideHomeAsException(text: string): string[] {
	return text
		.split(/(?<=[.!?])\s+|\n+/)
		.filter(
			(s) =>
				/pengecualian yang sah/i.test(s) ||
				(/\bpengasuh\b/i.test(s) && /(perawatan pribadi|membantu|mandi)/i.test(s) && !/\btidak\b/i.test(s))
		);
}
