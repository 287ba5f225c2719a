/**
 * The class kits at `/guru/bahan/<kit>/`: printable, drawn materials the lessons' "alat dan bahan"
 * ask for (faces, answer cards, the kartu tolong…), and how a lesson's material line is matched to
 * the kit that supplies it. Pure: titles and texts live in `src/i18n/id.ts`.
 */

export const CLASS_KITS = [
	'wajah-perasaan',
	'kartu-hijau-merah',
	'kartu-lampu',
	'kartu-tolong',
	'lima-jari',
	'poster-aturan',
	'kata-perasaan',
	'kartu-trik',
	'gambar-tubuh',
	'poster-bantuan',
	'kotak-kejutan',
	'kartu-keadaan-fase-a',
	'kartu-keadaan-fase-b',
	'kartu-keadaan-pesantren',
	'kartu-peran-fase-b',
	'kartu-peran-pesantren',
] as const;

export type ClassKit = (typeof CLASS_KITS)[number];

export function isClassKit(value: string): value is ClassKit {
	return (CLASS_KITS as readonly string[]).includes(value);
}

/** The print address of one kit. */
export function kitPath(kit: ClassKit): string {
	return `/guru/bahan/${kit}/`;
}

/** The A4 sheets each kit prints on (checked by tests/e2e/class-kits.spec.ts). */
export const KIT_SHEETS: Record<ClassKit, number> = {
	'wajah-perasaan': 4,
	'kartu-hijau-merah': 1,
	'kartu-lampu': 1,
	'kartu-tolong': 1,
	'lima-jari': 1,
	'poster-aturan': 1,
	'kata-perasaan': 3,
	'kartu-trik': 3,
	'gambar-tubuh': 1,
	'poster-bantuan': 1,
	'kotak-kejutan': 1,
	'kartu-keadaan-fase-a': 4,
	'kartu-keadaan-fase-b': 3,
	'kartu-keadaan-pesantren': 3,
	'kartu-peran-fase-b': 3,
	'kartu-peran-pesantren': 1,
};

/** Four cards on a sheet; each lesson's set starts on a new sheet. */
export const CARDS_PER_SHEET = 4;

/** The sheets a kit of card sets prints on. */
export function cardSheets(sets: readonly { cards: readonly unknown[] }[]): number {
	return sets.reduce((n, set) => n + Math.ceil(set.cards.length / CARDS_PER_SHEET), 0);
}

/**
 * Which kit supplies a material a lesson names, by the words of its line (lower case). A line may
 * need two kits.
 */
const KIT_MATCHERS: [RegExp, ClassKit][] = [
	[/wajah perasaan/, 'wajah-perasaan'],
	[/kartu hijau dan kartu merah/, 'kartu-hijau-merah'],
	[/hijau, kuning, dan merah/, 'kartu-lampu'],
	[/kartu tolong/, 'kartu-tolong'],
	[/menjiplak telapak tangan|templat lima jari/, 'lima-jari'],
	[/poster enam aturan/, 'poster-aturan'],
	[/kartu kata perasaan/, 'kata-perasaan'],
	[/kartu trik bertuliskan/, 'kartu-trik'],
	[/gambar garis tubuh/, 'gambar-tubuh'],
	[/kartu layanan bantuan/, 'poster-bantuan'],
	[/kertas kado|bintang besar/, 'kotak-kejutan'],
	[/kartu permintaan untuk latihan menolak/, 'kartu-peran-pesantren'],
	[/kartu kalimat trik/, 'kartu-peran-fase-b'],
];

/** The kits that supply a material line; empty when none does. */
export function kitsForMaterial(material: string): ClassKit[] {
	const line = material.toLowerCase();
	return [...new Set(KIT_MATCHERS.filter(([re]) => re.test(line)).map(([, kit]) => kit))];
}

/** The kits a lesson's materials ask for, in kit order. */
export function kitsForMaterials(materials: readonly string[]): ClassKit[] {
	const wanted = new Set(materials.flatMap(kitsForMaterial));
	return CLASS_KITS.filter((kit) => wanted.has(kit));
}

/** A material the lesson's own print pack supplies (its worksheet, its letter). */
export function isLessonPrintPart(material: string): boolean {
	return /^(lembar kerja|surat untuk|handout untuk peserta)\b/i.test(material.trim());
}
