import type { Question } from '../../schemas/quiz';

export const AUDIO_DIR: string;
export const RECORDING_EXTENSIONS: readonly string[];

/** One line a child can hear, and the recording it would have. */
export interface AudioLine {
	/** The recording's name under `public/audio/`, without extension. */
	name: string;
	/** The words to record. */
	text: string;
	/** From the question list to the object that carries `field`. */
	path: (string | number)[];
	field: 'audio' | 'feedbackAudio';
	/** The recording the author set, if any. */
	current?: string;
}

export function audioLines(quizId: string, questions: readonly Question[]): AudioLine[];

export function withRecordings<Q extends Question>(
	quizId: string,
	questions: readonly Q[],
	findRecording: (name: string) => string | undefined
): Q[];

export function missingRecordings(
	quizId: string,
	questions: readonly Question[],
	exists: (file: string) => boolean
): string[];
