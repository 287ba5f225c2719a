/**
 * The feelings a `perasaan` question can offer, each with the face that shows it. Labels live in
 * `src/i18n/id.ts`; the faces are names in the picture set.
 */
export const FEELINGS = [
	'senang',
	'tenang',
	'sedih',
	'takut',
	'marah',
	'bingung',
	'malu',
	'kaget',
] as const;

export type Feeling = (typeof FEELINGS)[number];

export const FEELING_PICTURES: Record<Feeling, string> = {
	senang: 'beaming-face-with-smiling-eyes',
	tenang: 'relieved-face',
	sedih: 'crying-face',
	takut: 'fearful-face',
	marah: 'angry-face',
	bingung: 'confused-face',
	malu: 'flushed-face',
	kaget: 'face-with-open-mouth',
};
