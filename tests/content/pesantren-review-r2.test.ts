import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { Quiz } from '../../src/schemas/quiz';
import { CONTENT } from '../helpers/content-files';

/*
 * Rules from the second blind review of the pesantren track: the mouth is named wherever the
 * private parts are; "outside the pondok" never means the ustadzah, and the pengasuh is never a
 * trusted adult; a touch that felt pleasant or confusing is named in lessons 1 and 3 and in a quiz
 * item; parent letters make no promise a parent may break and carry the 72-hour health step.
 */

const SLUGS = ['tubuh-adalah-amanah', 'aman-di-asrama', 'bukan-rahasia-bukan-salahmu', 'berani-bercerita'];
const read = (...parts: string[]) => readFileSync(join(CONTENT, ...parts), 'utf8');
const handouts = (slug: string) =>
	existsSync(join(CONTENT, 'handouts', slug))
		? readdirSync(join(CONTENT, 'handouts', slug)).map(
				(name) => [`content/handouts/${slug}/${name}`, read('handouts', slug, name)] as const
			)
		: [];
const trackFiles: (readonly [string, string])[] = SLUGS.flatMap((slug) => [
	[`content/lessons/${slug}.mdx`, read('lessons', `${slug}.mdx`)] as const,
	[`content/quizzes/${slug}.yaml`, read('quizzes', `${slug}.yaml`)] as const,
	...handouts(slug),
]);
const letters = trackFiles.filter(([file]) => file.endsWith('/surat-orang-tua.mdx'));

/** Lines that list the private parts by the underwear without naming the mouth close by. */
export function privatePartsWithoutMouth(text: string): string[] {
	const lines = text.split('\n');
	const list = /tertutup (oleh )?(pakaian dalam|kaus dalam|celana dalam)|kaus dalam,? (dan )?celana dalam/i;
	return lines.filter(
		(line, i) =>
			list.test(line) &&
			!/mulut/i.test(
				lines
					.slice(i, i + 8)
					.join('\n')
					.replace(/<\/?Catatan>|<\/?Naskah>/g, '')
			)
	);
}

/** Sentences that send a child "outside the pondok" to an ustadzah, or name the pengasuh as trusted. */
export function wrongTrustedAdults(text: string): string[] {
	const sentences = text.split(/(?<=[.!?”])\s+|\n+/);
	return sentences.filter(
		(s) =>
			/luar pondok[^.]*ustadzah/i.test(s) ||
			/^Ada pengasuh pondok\.?$/i.test(s.trim()) ||
			/(bercerita|cerita) kepada [^.]*(ustadzah|ustadz)[^.]*, pengasuh,/i.test(s) ||
			/ustadzah, dan pengasuh pondok/i.test(s)
	);
}

const PROMISE = /tidak akan (di)?marah|tidak ada yang akan memarahi|pasti (akan )?(didengar|dipercaya)/i;
const PLEASANT = /(geli|menyenangkan)[^\n]*(membingungkan|bingung)|(membingungkan|bingung)[^\n]*(geli|menyenangkan)/i;

describe('the mouth is named wherever the private parts are listed', () => {
	it.each(trackFiles)('%s', (_file, text) => {
		expect(privatePartsWithoutMouth(text)).toEqual([]);
	});

	it('the old worksheet key without the mouth fails', () => {
		const old = 'Jawaban nomor 1 dan 2: kaus dalam, celana dalam; mandi atau cebok.\n\n</Catatan>\n';
		expect(privatePartsWithoutMouth(old)).toHaveLength(1);
	});
});

describe('outside the pondok means parents, family, outside adults and helplines', () => {
	it.each(trackFiles)('%s', (_file, text) => {
		expect(wrongTrustedAdults(text)).toEqual([]);
	});

	it('the old wording fails', () => {
		expect(
			wrongTrustedAdults('Cerita ke luar pondok: orang tua, ustadzah yang kamu percaya, atau SAPA 129.')
		).toHaveLength(1);
		expect(wrongTrustedAdults('Ada ustadz dan ustadzah.\n\nAda pengasuh pondok.\n')).toHaveLength(1);
		expect(
			wrongTrustedAdults(
				'Di pondok, santri dapat bercerita kepada wali asrama, ustadz atau ustadzah, pengasuh, atau petugas.'
			)
		).toHaveLength(1);
	});
});

describe('a touch that felt pleasant or confusing is still not the child’s fault', () => {
	it.each(['tubuh-adalah-amanah', 'bukan-rahasia-bukan-salahmu'])('lesson %s says so', (slug) => {
		expect(read('lessons', `${slug}.mdx`)).toMatch(PLEASANT);
	});

	it('a quiz item of the track says so, with a pelaku and no option that blames the child', () => {
		const items = SLUGS.flatMap((slug) => (load(read('quizzes', `${slug}.yaml`)) as Quiz).questions).filter(
			(q) => q.type === 'pilihan' && PLEASANT.test(JSON.stringify(q))
		);
		expect(items.length).toBeGreaterThan(0);
		for (const q of items) {
			expect(q.pelaku).toBeDefined();
			if (q.type !== 'pilihan') continue;
			for (const c of q.choices) expect(c.text).not.toMatch(/salahnya sendiri|karena (ia )?mau|berarti (ia )?mau/i);
		}
	});

	it('the old lesson 1 feelings script fails', () => {
		const old = 'Perasaan tidak enak itu tanda penting dari tubuhmu. Dengarkan tanda itu.';
		expect(old).not.toMatch(PLEASANT);
	});
});

describe('pesantren parent letters', () => {
	it('there is a letter for each lesson', () => {
		expect(letters).toHaveLength(SLUGS.length);
	});

	it.each(letters)('%s makes no promise a parent may break', (_file, text) => {
		expect(text).not.toMatch(PROMISE);
	});

	it.each(letters)('%s carries the 72-hour health step', (_file, text) => {
		expect(text).toMatch(/72 jam/);
		expect(text).toMatch(/puskesmas/i);
	});

	it('the old closing line with a promise fails', () => {
		expect('Kami senang mendengarnya, dan kamu tidak akan dimarahi karena bercerita.').toMatch(PROMISE);
	});
});

describe('quiz feedback does not repeat the lead words the quiz already shows', () => {
	const LEAD = /^\s+feedback: (Coba pikirkan lagi|Tepat|Betul)\b/m;
	it.each(SLUGS)('%s', (slug) => {
		expect(read('quizzes', `${slug}.yaml`)).not.toMatch(LEAD);
	});

	it('a feedback line that starts with "Coba pikirkan lagi." fails', () => {
		expect('      - id: x\n        feedback: Coba pikirkan lagi. Ia boleh cerita.\n').toMatch(LEAD);
	});
});
