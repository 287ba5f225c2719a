// Lists, per quiz, every line a child can hear that has no recording yet, with the file name its
// recording should have: `npm run audio:list`. Writes one file per quiz into build/rekaman/ (for a
// school or NGO recording on a phone) and prints a count per quiz. A recording saved as
// public/audio/<name>.mp3 (or .m4a, .ogg) is used by the next build without editing the quiz.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { AUDIO_DIR, RECORDING_EXTENSIONS, audioLines } from '../src/lib/quiz/audio-lines.mjs';

const QUIZZES = 'content/quizzes';
const OUT = 'build/rekaman';

const recorded = (name) =>
	RECORDING_EXTENSIONS.some((ext) => existsSync(join(AUDIO_DIR, `${name}.${ext}`)));

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
let total = 0;
for (const file of readdirSync(QUIZZES).sort()) {
	if (!file.endsWith('.yaml') || file.startsWith('_')) continue;
	const quizId = file.replace(/\.yaml$/, '');
	const quiz = load(readFileSync(join(QUIZZES, file), 'utf8'));
	const todo = audioLines(quizId, quiz.questions).filter(
		(line) => !line.current && !recorded(line.name)
	);
	total += todo.length;
	const rows = todo.map((line) => `${AUDIO_DIR}/${line.name}.mp3\t${line.text.trim()}`);
	writeFileSync(
		join(OUT, `${quizId}.txt`),
		[
			`# ${quiz.title}: ${todo.length} kalimat belum direkam.`,
			'# Rekam setiap kalimat, lalu simpan dengan nama di kolom pertama (boleh juga .m4a atau .ogg).',
			...rows,
			'',
		].join('\n')
	);
	console.log(`${quizId}: ${todo.length}`);
}
console.log(`${total} lines to record, listed in ${OUT}/`);
