import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { formatIssues, idErrorMap } from '../../../src/schemas/error-map';
import { GuideSchema } from '../../../src/schemas/guide';
import { HelplineSchema } from '../../../src/schemas/helpline';
import { LessonSchema } from '../../../src/schemas/lesson';
import { PageSchema } from '../../../src/schemas/page';
import { QuizSchema } from '../../../src/schemas/quiz';
import { RuleSchema } from '../../../src/schemas/rule';
import { invalidFixtures, validFixture } from '../../helpers/fixtures';

const schemas: Record<string, z.ZodTypeAny> = {
	quiz: QuizSchema,
	lesson: LessonSchema,
	guide: GuideSchema,
	helpline: HelplineSchema,
	rule: RuleSchema,
	page: PageSchema,
};

/** Words of zod's and Astro's English messages that must never reach an author. */
const ENGLISH = /\b(Required|Expected|Invalid|received|must|String|Array)\b/;

describe.each(Object.entries(schemas))('%s schema', (dir, schema) => {
	it('accepts its valid fixture', async () => {
		const result = await schema.safeParseAsync(validFixture(dir).data, { errorMap: idErrorMap });
		expect(result.success ? [] : formatIssues(dir, result.error)).toEqual([]);
	});

	const fixtures = invalidFixtures(dir);

	it('has at least six invalid fixtures, each declaring what it expects', () => {
		expect(fixtures.length).toBeGreaterThanOrEqual(6);
		for (const fixture of fixtures) expect(fixture.expect, fixture.file).toBeDefined();
	});

	it.each(fixtures.map((f) => [f.file, f] as const))(
		'rejects %s with a clear Indonesian message naming the file and field',
		async (_file, fixture) => {
			const result = await schema.safeParseAsync(fixture.data, { errorMap: idErrorMap });
			expect(result.success).toBe(false);
			if (result.success) return;
			const lines = formatIssues(fixture.file, result.error);
			const expected = fixture.expect!;
			const match = lines.find(
				(line) =>
					line.startsWith(`${fixture.file} → ${expected.path}: `) && line.includes(expected.message)
			);
			expect(match, lines.join('\n')).toBeDefined();
			for (const line of lines) expect(line).not.toMatch(ENGLISH);
		}
	);
});
