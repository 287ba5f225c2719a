/**
 * The drawing kit: line drawings made for this site (in `src/assets/pictures/`, one stroke style:
 * #222, 3 units wide, round ends) that print well in black and white, and the places on each where a
 * worksheet may put a label ("label slots"). Pure layout; `src/components/pictures/Gambar.astro`
 * draws the result.
 */

/** Where a label goes: beside the drawing on the left or right, or above it. */
export type SlotSide = 'kiri' | 'kanan' | 'atas';

export interface LabelSlot {
	/** The point on the drawing the label's line starts from (drawing units). */
	x: number;
	y: number;
	side: SlotSide;
	/** The word a teacher's copy shows (the name of the part). */
	text: string;
}

/** The slots of the child figures (all three share one body, viewBox 0 0 120 220). */
const BODY_SLOTS: Record<string, LabelSlot> = {
	kepala: { x: 43, y: 16, side: 'kiri', text: 'kepala' },
	mata: { x: 70, y: 25, side: 'kanan', text: 'mata' },
	mulut: { x: 62, y: 38, side: 'kanan', text: 'mulut' },
	bahu: { x: 33, y: 64, side: 'kiri', text: 'bahu' },
	dada: { x: 68, y: 76, side: 'kanan', text: 'dada' },
	perut: { x: 70, y: 100, side: 'kanan', text: 'perut' },
	siku: { x: 23, y: 98, side: 'kiri', text: 'siku' },
	tangan: { x: 21, y: 134, side: 'kiri', text: 'tangan' },
	lutut: { x: 80, y: 174, side: 'kanan', text: 'lutut' },
	tumit: { x: 42, y: 210, side: 'kiri', text: 'tumit' },
	'telapak-kaki': { x: 74, y: 212, side: 'kanan', text: 'telapak kaki' },
};

/** Every kit drawing, with what it shows (its alt text) and its label slots. */
export const KIT = {
	'anak-perempuan-garis': {
		group: 'tubuh',
		alt: 'Gambar garis anak perempuan yang memakai kaus dalam dan celana dalam',
		slots: BODY_SLOTS,
	},
	'anak-laki-laki-garis': {
		group: 'tubuh',
		alt: 'Gambar garis anak laki-laki yang memakai kaus dalam dan celana dalam',
		slots: BODY_SLOTS,
	},
	'garis-tubuh': { group: 'tubuh', alt: 'Gambar garis tubuh seorang anak', slots: BODY_SLOTS },
	'wajah-senang': { group: 'perasaan', alt: 'Wajah senang', slots: {} },
	'wajah-sedih': { group: 'perasaan', alt: 'Wajah sedih', slots: {} },
	'wajah-marah': { group: 'perasaan', alt: 'Wajah marah', slots: {} },
	'wajah-takut': { group: 'perasaan', alt: 'Wajah takut', slots: {} },
	'wajah-bingung': { group: 'perasaan', alt: 'Wajah bingung', slots: {} },
	'wajah-kaget': { group: 'perasaan', alt: 'Wajah kaget', slots: {} },
	'wajah-malu': { group: 'perasaan', alt: 'Wajah malu', slots: {} },
	'tangan-lima-jari': {
		group: 'tangan',
		alt: 'Gambar garis telapak tangan dengan lima jari',
		slots: {
			'jari-1': { x: 16, y: 122, side: 'kiri', text: '1' },
			'jari-2': { x: 46, y: 32, side: 'kiri', text: '2' },
			'jari-3': { x: 91, y: 8, side: 'atas', text: '3' },
			'jari-4': { x: 138, y: 24, side: 'kanan', text: '4' },
			'jari-5': { x: 176, y: 58, side: 'kanan', text: '5' },
		},
	},
	'adegan-kelas': { group: 'tempat', alt: 'Ruang kelas', slots: {} },
	'adegan-rumah': { group: 'tempat', alt: 'Rumah', slots: {} },
	'adegan-asrama': { group: 'tempat', alt: 'Kamar asrama', slots: {} },
	'adegan-pintu': { group: 'tempat', alt: 'Pintu yang terbuka', slots: {} },
	'adegan-chat': { group: 'tempat', alt: 'Pesan di ponsel', slots: {} },
	'adegan-tpq': { group: 'tempat', alt: 'TPQ, tempat belajar mengaji', slots: {} },
	'lampu-lalu-lintas': {
		group: 'benda',
		alt: 'Lampu lalu lintas dengan tiga lingkaran kosong',
		slots: {},
	},
	kado: { group: 'benda', alt: 'Kado', slots: {} },
	'balon-kata': { group: 'benda', alt: 'Balon kata kosong', slots: {} },
	hati: { group: 'benda', alt: 'Gambar hati', slots: {} },
	// Class kits (situation cards): a doctor's check.
	stetoskop: { group: 'benda', alt: 'Stetoskop dokter', slots: {} },
} as const satisfies Record<
	string,
	{ group: string; alt: string; slots: Record<string, LabelSlot> }
>;

export type KitName = keyof typeof KIT;
export const KIT_NAMES = Object.keys(KIT) as KitName[];

/** The kit's groups, in the order the gallery shows them, with their headings. */
export const KIT_GROUPS = {
	tubuh: 'Tubuh',
	perasaan: 'Wajah perasaan',
	tangan: 'Tangan Lima Jari',
	tempat: 'Tempat dalam cerita',
	benda: 'Benda untuk lembar kerja',
} as const;

export function isKitName(name: string): name is KitName {
	return name in KIT;
}

/** The slot names a drawing has. */
export function slotNames(name: KitName): string[] {
	return Object.keys(KIT[name].slots);
}

/** A label laid out around a drawing: its line from the point, and where its text or blank sits. */
export interface PlacedLabel {
	slot: string;
	number: number;
	text: string;
	/** The point on the drawing. */
	from: { x: number; y: number };
	/** The end of the leader line, where the label starts. */
	to: { x: number; y: number };
	anchor: 'start' | 'end' | 'middle';
}

export interface LabelLayout {
	viewBox: { x: number; y: number; width: number; height: number };
	labels: PlacedLabel[];
}

/** Room for a label beside the drawing (a word of about 12 letters, or a blank to write on). */
export const LABEL_ROOM = 84;
/** The least vertical distance between two labels on one side. */
export const LABEL_GAP = 18;

/**
 * Where the labels of `slots` go around a drawing of `width` × `height`: every label on its side,
 * in slot order numbered 1, 2, 3…, pushed apart so that no two on a side overlap, and a viewBox
 * grown to hold them. Unknown slots throw, so a worksheet cannot name a part the drawing lacks.
 */
export function layoutLabels(
	name: KitName,
	width: number,
	height: number,
	slots: readonly string[]
): LabelLayout {
	const all: Record<string, LabelSlot> = KIT[name].slots;
	const chosen = slots.map((slot, i) => {
		const found = all[slot];
		if (!found)
			throw new Error(
				`Gambar "${name}" tidak punya tempat label "${slot}". Pilihan: ${Object.keys(all).join(', ') || '(tidak ada)'}.`
			);
		return { slot, number: i + 1, ...found };
	});
	const has = (side: SlotSide) => chosen.some((s) => s.side === side);
	const left = has('kiri') ? LABEL_ROOM : 0;
	const right = has('kanan') ? LABEL_ROOM : 0;
	const top = has('atas') ? LABEL_GAP + 6 : 0;
	const labels: PlacedLabel[] = [];
	for (const side of ['kiri', 'kanan'] as const) {
		let lastY = -Infinity;
		for (const s of chosen.filter((c) => c.side === side).sort((a, b) => a.y - b.y)) {
			const y = Math.max(s.y, lastY + LABEL_GAP);
			lastY = y;
			labels.push({
				slot: s.slot,
				number: s.number,
				text: s.text,
				from: { x: s.x, y: s.y },
				to: { x: side === 'kiri' ? -8 : width + 8, y },
				anchor: side === 'kiri' ? 'end' : 'start',
			});
		}
	}
	for (const s of chosen.filter((c) => c.side === 'atas')) {
		labels.push({
			slot: s.slot,
			number: s.number,
			text: s.text,
			from: { x: s.x, y: s.y },
			to: { x: s.x, y: -top + 12 },
			anchor: 'middle',
		});
	}
	const bottom = Math.max(height, ...labels.map((l) => l.to.y + 8));
	labels.sort((a, b) => a.number - b.number);
	return {
		viewBox: {
			x: left ? -left : 0,
			y: top ? -top : 0,
			width: width + left + right,
			height: bottom + top,
		},
		labels,
	};
}
