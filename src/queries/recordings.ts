import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AUDIO_DIR, RECORDING_EXTENSIONS } from '../lib/quiz/audio-lines.mjs';

/**
 * At build time: the file of a recording named `name` (see `audioLines`) when one was dropped into
 * `public/audio/`, in any of the accepted formats; undefined when there is none yet.
 */
export function findRecording(name: string): string | undefined {
	return RECORDING_EXTENSIONS.map((ext) => `${name}.${ext}`).find((file) =>
		existsSync(join(process.cwd(), AUDIO_DIR, file))
	);
}
