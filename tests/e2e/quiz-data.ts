import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import type { Quiz } from '../../src/schemas/quiz';

/** A real quiz from content/, to play through the way a child would. */
export function readQuiz(slug: string): Quiz {
	return load(readFileSync(`content/quizzes/${slug}.yaml`, 'utf8')) as Quiz;
}
