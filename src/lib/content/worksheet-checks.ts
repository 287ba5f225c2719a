/**
 * Checks on a worksheet (`content/handouts/<lesson>/lembar-kerja.mdx`): a worksheet is a drawn sheet
 * a child works on, not a description of one. Pure functions on the MDX source.
 */

/** Drawings from the kit placed on the sheet (`<Gambar nama="…">`). */
export function worksheetDrawings(mdx: string): string[] {
	return [...mdx.matchAll(/<Gambar\b[^>]*\bnama="([^"]+)"/g)].map((m) => m[1]!);
}

/** The sheet's prose: frontmatter, components' tags and teacher notes left out. */
function prose(mdx: string): string {
	return mdx
		.replace(/^---\n[\s\S]*?\n---\n/, '')
		.replace(/<Catatan>[\s\S]*?<\/Catatan>/g, '')
		.replace(/<[^>]+>/g, ' ');
}

/** Sentences of a worksheet that point at a picture ("lihat gambar…", "gambar ini"). */
export function pictureReferences(mdx: string): string[] {
	return prose(mdx)
		.split(/(?<=[.!?])\s+|\n+/)
		.map((s) => s.trim())
		.filter((s) => /(^|[^\p{L}])(gambar|lihat)/iu.test(s));
}

/**
 * What is wrong with a worksheet: prose that refers to a picture while the sheet has no drawing, a
 * description of a sheet instead of the sheet ("Isinya: …"), or no drawing at all.
 */
export function worksheetProblems(mdx: string): string[] {
	const drawings = worksheetDrawings(mdx);
	const problems: string[] = [];
	if (drawings.length === 0) {
		problems.push('Lembar kerja tidak punya gambar: tambahkan <Gambar nama="…" /> dari kit gambar.');
		for (const sentence of pictureReferences(mdx))
			problems.push(`Kalimat menyebut gambar yang tidak ada: “${sentence}”`);
	}
	if (/\bIsinya:/.test(prose(mdx)))
		problems.push('Lembar kerja menggambarkan isinya (“Isinya: …”) alih-alih menampilkannya.');
	return problems;
}
