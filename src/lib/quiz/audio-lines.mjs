// Plain JavaScript (typed in audio-lines.d.mts) so that `npm run audio:list` runs it with Node
// alone, and the build and the tests use the very same names.

/** Where recordings live, inside `public/`: a recording `x` is served at `/audio/x`. */
export const AUDIO_DIR = 'public/audio';

/** The kinds of file a recording may be, first the one the list suggests. */
export const RECORDING_EXTENSIONS = ['mp3', 'm4a', 'ogg'];

/**
 * Every line of a quiz that a child can hear, with the recording name it would have: prompts,
 * answers, cards, steps, story scenes and every reason. Names depend only on the quiz and its ids
 * (`kuis/<quiz>/<question>--<item>`, without extension), so a recording made today still fits after
 * the wording is polished. `path` leads from the question list to the object that carries `field`.
 */
export function audioLines(quizId, questions) {
	const lines = [];
	const base = `kuis/${quizId}`;
	const add = (name, text, path, field, current) =>
		lines.push({ name: `${base}/${name}`, text, path, field, current });
	questions.forEach((q, qi) => {
		add(q.id, q.prompt, [qi], 'audio', q.audio);
		const items = (key) =>
			(q[key] ?? []).forEach((item, i) => {
				add(`${q.id}--${item.id}`, item.text, [qi, key, i], 'audio', item.audio);
				add(
					`${q.id}--${item.id}--alasan`,
					item.feedback,
					[qi, key, i],
					'feedbackAudio',
					item.feedbackAudio
				);
			});
		switch (q.type) {
			case 'pilihan':
			case 'pilihan-ganda':
				items('choices');
				break;
			case 'kelompokkan':
				items('cards');
				break;
			case 'urutkan':
				items('steps');
				break;
			case 'skenario':
				q.scenes.forEach((scene, si) => {
					const at = [qi, 'scenes', si];
					add(`${q.id}--${scene.id}`, scene.text, at, 'audio', scene.audio);
					(scene.choices ?? []).forEach((c, ci) => {
						const name = `${q.id}--${scene.id}--${c.id}`;
						add(name, c.text, [...at, 'choices', ci], 'audio', c.audio);
						add(
							`${name}--alasan`,
							c.feedback,
							[...at, 'choices', ci],
							'feedbackAudio',
							c.feedbackAudio
						);
					});
				});
				break;
			case 'perasaan':
				q.feelings.forEach((f, fi) =>
					add(
						`${q.id}--${f.feeling}--alasan`,
						f.feedback,
						[qi, 'feelings', fi],
						'feedbackAudio',
						f.feedbackAudio
					)
				);
				break;
			case 'lima-jari':
				add(`${q.id}--alasan`, q.feedback, [qi], 'feedbackAudio', q.feedbackAudio);
				break;
		}
	});
	return lines;
}

/**
 * The questions with every recording that exists filled in: `findRecording(name)` returns the file
 * (name with extension) when one was dropped into `public/audio/`. A field an author set stays as it
 * is. The input is not changed.
 */
export function withRecordings(quizId, questions, findRecording) {
	const copy = structuredClone(questions);
	for (const line of audioLines(quizId, questions)) {
		if (line.current) continue;
		const file = findRecording(line.name);
		if (!file) continue;
		let target = copy;
		for (const key of line.path) target = target[key];
		target[line.field] = file;
	}
	return copy;
}

/** Every `audio` and `feedbackAudio` an author wrote in a quiz whose file `exists` does not find. */
export function missingRecordings(quizId, questions, exists) {
	return audioLines(quizId, questions)
		.filter((line) => line.current && !exists(line.current))
		.map((line) => line.current);
}
