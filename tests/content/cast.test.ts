import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { castProblems, conflictingNames } from '../../src/lib/content/cast';
import { CastSchema, type Cast } from '../../src/schemas/cast';
import type { PerpetratorRole } from '../../src/schemas/perpetrator';
import type { Quiz } from '../../src/schemas/quiz';
import { CONTENT, readContentFiles } from '../helpers/content-files';

/**
 * Who hurts, honestly: each track's cast (content/data/cast/<track>.yaml) shows a relative and a
 * teacher or guru ngaji hurting a child, has a character with a disability, rotates the children
 * who are hurt, and never gives one name both to a trusted adult and to someone who hurts.
 */
const CAST_DIR = join(CONTENT, 'data', 'cast');
const casts = readdirSync(CAST_DIR)
	.filter((name) => name.endsWith('.yaml'))
	.sort()
	.map((name) => ({
		file: `content/data/cast/${name}`,
		data: load(readFileSync(join(CAST_DIR, name), 'utf8')) as Cast,
	}));
const quizzes = readContentFiles('quizzes', '.yaml').map(([, text]) => load(text) as Quiz);

/** The `pelaku` tags of a track's quiz questions and story scenes. */
function quizRoles(track: string): PerpetratorRole[] {
	return quizzes
		.filter((q) => q.track === track)
		.flatMap((q) => q.questions)
		.flatMap((q) => [
			...(q.pelaku ? [q.pelaku] : []),
			...(q.type === 'skenario' ? q.scenes.flatMap((s) => (s.pelaku ? [s.pelaku] : [])) : []),
		]);
}

/** Every text a lesson slug stands for: the lesson, its quiz and its handouts. */
function textOf(slug: string): string {
	const paths = [
		join(CONTENT, 'lessons', `${slug}.mdx`),
		join(CONTENT, 'quizzes', `${slug}.yaml`),
		...(existsSync(join(CONTENT, 'handouts', slug))
			? readdirSync(join(CONTENT, 'handouts', slug)).map((n) => join(CONTENT, 'handouts', slug, n))
			: []),
	];
	return paths.filter((p) => existsSync(p)).map((p) => readFileSync(p, 'utf8')).join('\n');
}

function fixture(name: string) {
	const text = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'cast', name), 'utf8');
	const [, path, message] = text.match(/^# expect: (.+?) \| (.+)$/m)!;
	return { data: load(text), path: path!, message: message! };
}
const fixtures = readdirSync(join(import.meta.dirname, '..', 'fixtures', 'cast'))
	.filter((n) => n.startsWith('invalid-'))
	.sort();

describe('the cast fixtures fail for the reason they name', () => {
	it.each(fixtures)('%s', (name) => {
		const { data, path, message } = fixture(name);
		const parsed = CastSchema.safeParse(data);
		if (path !== '-') {
			expect(parsed.success).toBe(false);
			const issue = parsed.error!.issues.find((i) => i.path.join('.') === path);
			expect(issue?.message).toContain(message);
			return;
		}
		expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
		const cast = parsed.data!;
		const problems = [...castProblems(cast), ...conflictingNames([cast])];
		expect(problems.join('\n')).toContain(message);
	});
});

describe('who hurts, honestly', () => {
	it('there is a cast for fase-a and fase-b', () => {
		expect(casts.map((c) => c.data.track)).toEqual(expect.arrayContaining(['fase-a', 'fase-b']));
	});

	it.each(casts)('$file follows the schema', ({ data }) => {
		const parsed = CastSchema.safeParse(data);
		expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
	});

	it.each(casts)(
		'$file: a relative and a teacher or guru ngaji hurt someone, a character has a disability, victims rotate',
		({ data }) => {
			expect(castProblems(data, quizRoles(data.track))).toEqual([]);
		}
	);

	it.each(casts)('$file: every character appears where the cast says', ({ data }) => {
		const missing = data.tokoh.flatMap((t) =>
			t.muncul.filter((slug) => !textOf(slug).includes(t.nama)).map((slug) => `${t.nama} in ${slug}`)
		);
		const stories = data.cerita.filter(
			(s) => !textOf(s.di).includes(s.pelaku) || !textOf(s.di).includes(s.korban)
		);
		expect(missing).toEqual([]);
		expect(stories).toEqual([]);
	});

	it('no name is used both for someone who hurts and for anyone else, across tracks', () => {
		expect(conflictingNames(casts.map((c) => c.data))).toEqual([]);
	});
});
