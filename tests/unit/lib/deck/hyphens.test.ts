import { describe, expect, it } from 'vitest';
import { keepHyphenatedWords, NON_BREAKING_HYPHEN as NB } from '../../../../src/lib/deck/hyphens';

describe('keepHyphenatedWords', () => {
	it('joins the parts of a repeated or hyphenated word with a non-breaking hyphen', () => {
		expect(keepHyphenatedWords('<p>Lama-lama ia takut, tiba-tiba pergi.</p>')).toBe(
			`<p>Lama${NB}lama ia takut, tiba${NB}tiba pergi.</p>`
		);
		expect(keepHyphenatedWords('teman-teman-nya')).toBe(`teman${NB}teman${NB}nya`);
	});

	it('leaves tags, attributes, comments, numbers and dashes alone', () => {
		const html =
			'<!--slide-a--><a class="qc-mark slide-b" href="/x-y/">SAPA 129</a> 08-12 - <b>kata</b>';
		expect(keepHyphenatedWords(html)).toBe(html);
	});
});
