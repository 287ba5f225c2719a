import { describe, expect, it } from 'vitest';
import { LessonSchema } from '../../src/schemas/lesson';
import { frontmatter, readContentFiles } from '../helpers/content-files';

/** SD kelas 1–4 lessons carry the modul ajar parts a pengawas asks for. */
const lessons = readContentFiles('lessons', '.mdx')
	.map(([file, text]) => ({ file, data: LessonSchema.parse(frontmatter(text)) }))
	.filter(({ data }) => data.track === 'fase-a' || data.track === 'fase-b');

describe('modul ajar identity of SD kelas 1–4 lessons', () => {
	it('there are ten lessons to check', () => {
		expect(lessons).toHaveLength(10);
	});

	it.each(lessons)(
		'$file names its CP link, pemahaman bermakna, Pembelajaran Mendalam mapping, asesmen and refleksi guru',
		({ data }) => {
			expect(data.cpElement).toMatch(/^Fase [AB]\./);
			expect(data.meaningfulUnderstanding?.length).toBeGreaterThan(0);
			expect(data.deepLearning).toBeDefined();
			expect(data.assessment?.length).toBeGreaterThanOrEqual(3);
			expect(data.teacherReflection?.length).toBeGreaterThanOrEqual(2);
		}
	);
});
