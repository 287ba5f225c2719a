import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { AUDIO_DIR, missingRecordings } from '../../src/lib/quiz/audio-lines.mjs';
import type { Quiz } from '../../src/schemas/quiz';
import { readContentFiles } from '../helpers/content-files';

/* A quiz that names a recording must ship it: otherwise a child who cannot read taps 🔊 and hears
   nothing. (Recordings under their listed names need no field at all: `npm run audio:list`.) */
const root = join(import.meta.dirname, '..', '..');
const exists = (file: string) => existsSync(join(root, AUDIO_DIR, file));

describe('every recording a quiz names is in public/audio/', () => {
	it.each(readContentFiles('quizzes', '.yaml'))('%s', (file, text) => {
		const quizId = file.replace(/^.*\//, '').replace(/\.yaml$/, '');
		const quiz = load(text) as Quiz;
		expect(missingRecordings(quizId, quiz.questions, exists)).toEqual([]);
	});
});
