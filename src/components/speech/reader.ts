import { pickIndonesianVoice } from '../../lib/speech/pick-voice';
import { readingPlan, type Segment } from '../../lib/speech/reading-plan';

let current: { stop(): void } | null = null;

/** Stops whatever is being read aloud. */
export function stopReading() {
	current?.stop();
	current = null;
}

/**
 * Calls `onVoice` with the device's Indonesian voice (or undefined) now and whenever the device's
 * voices change. Returns the function that stops listening.
 */
export function watchIndonesianVoice(onVoice: (voice?: SpeechSynthesisVoice) => void): () => void {
	const synth = typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis;
	if (!synth) return () => {};
	const update = () => onVoice(pickIndonesianVoice(synth.getVoices()));
	update();
	synth.addEventListener('voiceschanged', update);
	return () => synth.removeEventListener('voiceschanged', update);
}

/** What to read in a part of the page: its `[data-speak]` elements, in screen order. */
export function segmentsIn(root: Element | null | undefined): Segment[] {
	return [...(root?.querySelectorAll<HTMLElement>('[data-speak]') ?? [])].map((el) => ({
		text: el.textContent ?? '',
		audio: el.dataset.audio,
	}));
}

/**
 * Reads segments aloud in order: recordings from /audio/, the rest with the Indonesian voice.
 * Calls `onEnd` when done or stopped. False when this device cannot read them.
 */
export function read(
	segments: readonly Segment[],
	voice: SpeechSynthesisVoice | undefined,
	onEnd: () => void
): boolean {
	const plan = readingPlan(segments, voice !== undefined);
	if (!plan) return false;
	stopReading();
	let stopped = false;
	let audio: HTMLAudioElement | null = null;
	const finish = () => {
		if (stopped) return;
		stopped = true;
		onEnd();
	};
	current = {
		stop() {
			audio?.pause();
			if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
			finish();
		},
	};
	const playFrom = (i: number) => {
		const part = plan[i];
		if (stopped) return;
		if (!part) return finish();
		if (part.kind === 'audio') {
			audio = new Audio(`/audio/${part.audio}`);
			audio.onended = () => playFrom(i + 1);
			audio.onerror = () => playFrom(i + 1);
			void audio.play().catch(() => playFrom(i + 1));
		} else {
			const utterance = new SpeechSynthesisUtterance(part.text);
			utterance.voice = voice!;
			utterance.lang = voice!.lang;
			utterance.rate = 0.9;
			utterance.onend = () => playFrom(i + 1);
			utterance.onerror = () => finish();
			speechSynthesis.speak(utterance);
		}
	};
	playFrom(0);
	return true;
}
