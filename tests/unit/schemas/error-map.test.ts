import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
// The error map Astro itself uses when it loads content collections (not a public export).
import { errorMap as astroErrorMap } from '../../../node_modules/astro/dist/core/errors/zod-error-map.js';
import { withIndonesianErrors } from '../../../src/schemas/error-map';
import { QuizSchema } from '../../../src/schemas/quiz';
import { invalidFixtures, validFixture } from '../../helpers/fixtures';

describe('withIndonesianErrors', () => {
	const wrapped = withIndonesianErrors(QuizSchema);

	it('keeps Indonesian messages when parsed the way Astro parses collections', async () => {
		const missing = invalidFixtures('quiz').find((f) => f.file.endsWith('missing-feedback.yaml'))!;
		const result = await wrapped.safeParseAsync(missing.data, { errorMap: astroErrorMap });
		expect(result.success).toBe(false);
		if (result.success) return;
		const messages = result.error.issues.map((i) => i.message);
		expect(messages.join('\n')).toContain('Wajib diisi');
		expect(messages.join('\n')).not.toContain('Required');
		expect(result.error.issues[0]!.path).toEqual(['questions', 0, 'choices', 1, 'feedback']);
	});

	it('returns the inner schema output, defaults applied, for valid data', async () => {
		const result = await wrapped.parseAsync(validFixture('quiz').data);
		const choice = result.questions[0]!;
		expect(choice.type === 'pilihan' && choice.choices[1]!.correct).toBe(false);
	});

	it('an unwrapped schema under Astro would show English (why the wrapper exists)', async () => {
		const result = await z
			.object({ title: z.string() })
			.safeParseAsync({}, { errorMap: astroErrorMap });
		expect(result.success ? '' : result.error.issues[0]!.message).toContain('Required');
	});
});
