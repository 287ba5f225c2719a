import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { remarkLessonSteps } from '../../../../src/lib/content/lesson-steps';
import { readOutline } from '../../../../src/lib/curriculum/step-outline';

async function run(source: string) {
	const file = await compile(source, { remarkPlugins: [remarkLessonSteps] });
	const astro = file.data.astro as { frontmatter?: Record<string, unknown> } | undefined;
	return { code: String(file), steps: astro?.frontmatter?.steps };
}

const LESSON = `
<Langkah judul="Pembuka" menit={5}>

Sapa anak-anak.

</Langkah>

<Langkah judul="Inti" menit={22}>

**Kegiatan 1: Lagu dan nama bagian tubuh (7 menit).** Ajak anak berdiri.

<Catatan>

**Kegiatan 9: Bukan langkah (3 menit).** Catatan saja.

</Catatan>

**Kegiatan 2 (jika waktu cukup): Kartu hijau–merah (15 menit, jika waktu cukup).** Bagikan kartu.

**Jika waktu terbatas.** Pendekkan lagu.

</Langkah>
`;

describe('remarkLessonSteps', () => {
	it('hands over each part with its timed activities and their anchors', async () => {
		const { steps } = await run(LESSON);
		expect(readOutline(steps)).toEqual([
			{ id: 'langkah-pembuka', title: 'Pembuka', minutes: 5, activities: [] },
			{
				id: 'langkah-inti',
				title: 'Inti',
				minutes: 22,
				activities: [
					{
						id: 'langkah-kegiatan-1',
						title: 'Kegiatan 1: Lagu dan nama bagian tubuh',
						minutes: 7,
					},
					{
						id: 'langkah-kegiatan-2-jika-waktu-cukup',
						title: 'Kegiatan 2 (jika waktu cukup): Kartu hijau–merah',
						minutes: 15,
						note: 'jika waktu cukup',
					},
				],
			},
		]);
	});

	it('puts the anchor on the activity paragraph only', async () => {
		const { code } = await run(LESSON);
		expect(code).toContain('id: "langkah-kegiatan-1"');
		expect(code).not.toContain('kegiatan-9');
	});

	it('leaves a page without parts alone', async () => {
		const { steps } = await run('**Kegiatan 1: Lagu (7 menit).** Teks.');
		expect(steps).toBeUndefined();
	});
});
