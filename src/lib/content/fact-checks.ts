/**
 * Checks that keep outdated or misleading legal facts out of adult-facing text. Each returns the
 * problems it finds in one text, as short Indonesian descriptions; none means the text is fine.
 */

/** Words that mark a mention of the TPPK as history rather than a duty schools have today. */
const TPPK_HISTORY =
	/\b(dulu|lama|dicabut|dihapus\w*|berakhir|menggantikan|digantikan|masih menyebut|tidak lagi|sudah tidak|sebelum 2026|46\/2023|46 Tahun 2023|permendikbudristek-46-2023)\b/i;

/** Sentences naming the TPPK without saying it belongs to the former, revoked rule. */
export function tppkAsCurrent(text: string): string[] {
	return sentences(text)
		.filter((s) => /\bTPPK\b/.test(s) && !TPPK_HISTORY.test(s))
		.map((s) => `TPPK disebut seolah masih berlaku: "${clip(s)}"`);
}

/** The 1981 KUHAP article on costs, replaced by the new KUHAP in 2026. */
export function oldKuhapArticle(text: string): string[] {
	return [...text.matchAll(/Pasal\s+136\s+KUHAP/gi)].map(
		(m) => `"${m[0]}" sudah tidak berlaku; KUHAP baru mengaturnya di Pasal 52.`
	);
}

/** Fine amounts in rupiah: their wording changed with the new KUHP, so the site prints none. */
export function fineAmounts(text: string): string[] {
	return [...text.matchAll(/\bRp\.?\s?\d[\d.,]*(?:\s*(?:juta|miliar|ribu))?|\b\d[\d.,]*\s*(?:juta|miliar)\s+rupiah\b/gi)].map(
		(m) => `Jumlah denda tidak dicantumkan: "${m[0]}".`
	);
}

/**
 * "kecuali pelakunya anak" may appear only followed by its meaning, word for word
 * (`content/data/kalimat-baku.yaml`); pages use `<KecualiAnak />`, which writes both.
 */
export function childExceptionAlone(text: string, meaning: string): string[] {
	const exception = /kecuali\s+(?:jika\s+|bila\s+)?pelaku(?:nya)?\s+(?:juga\s+)?(?:seorang\s+)?anak/gi;
	return [...text.matchAll(exception)]
		.filter((m) => {
			const after = text.slice(m.index + m[0].length).replace(/^\.\s+/, '');
			return !after.startsWith(meaning);
		})
		.map((m) => `"${m[0]}" tanpa maknanya; pakai <KecualiAnak /> atau kalimat bakunya.`);
}

/** A glossary word and how pages write it; an acronym is matched in its exact letter case. */
export interface GlossaryTerm {
	id: string;
	term: string;
}

/**
 * Glossary words used on a page before `<Istilah id="…" />` explains them. `text` is what a reader
 * meets first to last: the description, then the body.
 */
export function termsBeforeGloss(text: string, terms: readonly GlossaryTerm[]): string[] {
	return terms.flatMap(({ id, term }) => {
		const isAcronym = term !== term.toLowerCase();
		const pattern = new RegExp(`(?<![\\w-])${escape(term)}(?![\\w-])`, isAcronym ? '' : 'i');
		const plain = withoutTags(text).search(pattern);
		if (plain < 0) return [];
		const gloss = text.indexOf(`<Istilah id="${id}"`);
		return gloss < 0 || plain < gloss
			? [`"${term}" dipakai sebelum dijelaskan; tulis <Istilah id="${id}" /> di tempat pertama.`]
			: [];
	});
}

/** Dates shown as if someone had verified a fact, where only its sources were gathered. */
export function dateAsVerification(text: string): string[] {
	return [
		...text.matchAll(
			/\b(?:terakhir\s+diperiksa|sudah\s+diperiksa|telah\s+diperiksa|terverifikasi|diverifikasi|telah\s+dicek)\b/gi
		),
	].map((m) => `"${m[0]}": tanggal itu tanggal sumber dikumpulkan, bukan pemeriksaan.`);
}

/** A guide's own wording of the 3-day care window or of who pays for a visum. */
const OWN_MEDICAL_WORDING =
	/\b(?:dalam|lewat(?:\s+dari)?|sesudah|setelah)\s+(?:3|tiga)\s+hari\b|\b72\s+jam\b|\bmembayar\s+visum\b|\bbiaya\s+visum\b|\bdiminta\s+membayar\b/i;

/**
 * Sentences that say in their own words what `<SegeraBerobat />` and `<BiayaVisum />` say from
 * `content/data/kalimat-baku.yaml`. Headings and the titles of linked sources are not counted.
 */
export function ownMedicalWording(text: string): string[] {
	const plain = withoutTags(
		text
			.replace(/<Istilah id="visum"\s*\/>/g, 'visum')
			// A source's title is a citation, not advice.
			.replace(/\[[^\]]*\]\(https?:[^)]*\)/g, '')
	);
	return sentences(plain)
		.filter((s) => OWN_MEDICAL_WORDING.test(s))
		.map((s) => `Tulis dengan <SegeraBerobat /> atau <BiayaVisum />, bukan kalimat sendiri: "${clip(s.trim())}"`);
}

/* ---- helpers ---- */

function sentences(text: string): string[] {
	return text
		.replace(/\r/g, '')
		.split(/(?<=[.!?])\s+|\n{2,}|\n(?=\s*[-*\d])/)
		.map((s) => s.trim())
		.filter(Boolean);
}

function clip(s: string): string {
	return s.length > 90 ? `${s.slice(0, 87)}…` : s;
}

function escape(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/*
 * JSX tags and headings are blanked out (kept at their length, so positions still line up): a heading
 * announces a word that the paragraph under it explains.
 */
function withoutTags(text: string): string {
	return text
		.replace(/<[A-Z][^>]*\/?>/g, (tag) => ' '.repeat(tag.length))
		.replace(/^#{1,6} .*$/gm, (heading) => ' '.repeat(heading.length));
}
