/**
 * Helpline numbers typed into page text by hand, instead of through `<Telepon id="…" />`, which
 * links them (`tel:` or WhatsApp) from the helpline data. Tags, their attributes and link addresses
 * are left out: a number there is not something a reader reads.
 */
export function bareHelplineNumbers(body: string, numbers: readonly string[]): string[] {
	const text = body
		.replace(/<[^>]*>/g, ' ')
		.replace(/\]\([^)]*\)/g, ']')
		.replace(/https?:\/\/\S+/g, ' ');
	const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return numbers.flatMap((number) =>
		[...text.matchAll(new RegExp(`(?<![\\w/-])${escape(number)}(?![\\w-])`, 'g'))].map(
			(m) => `"${text.slice(Math.max(0, m.index - 30), m.index + number.length + 10).trim()}"`
		)
	);
}
