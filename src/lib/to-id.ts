/** An HTML id from a heading: lowercase ASCII words joined by "-", e.g. "Inti (22 menit)" → "inti-22-menit". */
export function toId(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}
