/**
 * A slide or script that asks the class to look at a picture ("Lihat gambar ini", "tunjuk gambar")
 * needs a picture to look at: the slide it belongs to must have one (`<Tayangan gambar="…">`), or the
 * teacher's instructions just before the script must send her to a drawing on the board or paper.
 */

/** Words that send the class to a picture, read case-insensitively. */
const POINTING =
	/\b(?:tunjuk(?:lah)?\s+(?:gambar|wajah)|(?:lihat(?:lah)?|perhatikan)\s+(?:gambar|wajah)|(?:gambar|wajah)\s+(?:ini|itu)\b)/i;

/** Where a picture is when it is not on the slide: a drawing on the board or on paper. */
const OFF_SLIDE = /\b(?:papan(?: tulis)?|kertas|lembar kerja|kartu)\b/i;

/** The pointing words in a text (teacher notes left out), one per line found. */
export function pointingLines(text: string): string[] {
	return text
		.replace(/<Catatan>[\s\S]*?<\/Catatan>/g, '')
		.split(/\n+/)
		.map((line) => line.trim())
		.filter((line) => POINTING.test(line) && !OFF_SLIDE.test(line));
}

interface Block {
	kind: 'Tayangan' | 'Naskah';
	tag: string;
	body: string;
	start: number;
	end: number;
}

function blocks(source: string): Block[] {
	const re = /(<(Tayangan|Naskah)\b[^>]*>)([\s\S]*?)<\/\2>/g;
	return [...source.matchAll(re)].map((m) => ({
		kind: m[2] as Block['kind'],
		tag: m[1] ?? '',
		body: m[3] ?? '',
		start: m.index,
		end: m.index + m[0].length,
	}));
}

const hasPicture = (tag: string) => /\bgambar="[^"]+"/.test(tag);
const slideTitle = (tag: string) => tag.match(/\bjudul="([^"]*)"/)?.[1] ?? '';

/**
 * Every slide and script line of a lesson's MDX source that points at a picture nobody can see,
 * in Indonesian for the author.
 */
export function missingPictureProblems(source: string): string[] {
	const problems: string[] = [];
	let lastSlide: Block | undefined;
	let since = 0;
	for (const block of blocks(source)) {
		// A new part of the lesson starts without a slide on the screen.
		if (/<Langkah\b/.test(source.slice(since, block.start))) lastSlide = undefined;
		const before = source.slice(lastSlide?.end ?? since, block.start);
		since = block.end;
		if (block.kind === 'Tayangan') {
			lastSlide = block;
			for (const line of pointingLines(block.body))
				if (!hasPicture(block.tag))
					problems.push(`Tayangan “${slideTitle(block.tag)}” tanpa gambar menyuruh melihat gambar: “${line}”`);
			continue;
		}
		const lines = pointingLines(block.body);
		if (lines.length === 0) continue;
		// The teacher was told to draw or hold up the picture: the class looks there, not at a slide.
		if (OFF_SLIDE.test(before.replace(/<Catatan>[\s\S]*?<\/Catatan>/g, ''))) continue;
		if (lastSlide && hasPicture(lastSlide.tag)) continue;
		const where = lastSlide
			? `tayangan “${slideTitle(lastSlide.tag)}” tidak punya gambar`
			: 'tidak ada tayangan bergambar sebelumnya di bagian ini';
		for (const line of lines) problems.push(`Naskah “${line}”: ${where}.`);
	}
	return problems;
}
