/** The parts of a SpeechSynthesisVoice this module needs. */
export interface VoiceLike {
	lang: string;
	name: string;
	localService?: boolean;
	default?: boolean;
}

/** Whether a voice speaks Indonesian ("id-ID", "id_ID", "ind", and old Android's "in_ID"). */
export const isIndonesian = (voice: VoiceLike) => /^(id|in|ind)([-_]|$)/i.test(voice.lang);

/**
 * The best Indonesian voice, or undefined when the device has none: then nothing is spoken rather
 * than Indonesian text in an English voice. Voices on the device come first, since they work
 * offline; then the default one.
 */
export function pickIndonesianVoice<V extends VoiceLike>(voices: readonly V[]): V | undefined {
	const rank = (v: V) => (v.localService === false ? 2 : 0) + (v.default ? 0 : 1);
	return [...voices].filter(isIndonesian).sort((a, b) => rank(a) - rank(b))[0];
}
