/** One piece to read aloud: the text, and a recording of it when there is one. */
export interface Segment {
	text: string;
	audio?: string;
}

/**
 * How to read the segments aloud, or null when this device cannot: each segment is played from its
 * recording when it has one, otherwise spoken by the device's Indonesian voice. Without such a voice,
 * only a fully recorded reading is possible.
 */
export function readingPlan(
	segments: readonly Segment[],
	hasVoice: boolean
): { kind: 'audio' | 'voice'; text: string; audio?: string }[] | null {
	const parts = segments.filter((s) => s.text.trim() || s.audio);
	if (parts.length === 0) return null;
	if (!hasVoice && parts.some((s) => !s.audio)) return null;
	return parts.map((s) =>
		s.audio ? { kind: 'audio', text: s.text, audio: s.audio } : { kind: 'voice', text: s.text }
	);
}
