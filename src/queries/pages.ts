import { getEntry } from 'astro:content';

/** A standalone page's prose from `content/pages/<id>.mdx`; the build fails if it is missing. */
export async function getPage(id: string) {
	const page = await getEntry('pages', id);
	if (!page) throw new Error(`content/pages/${id}.mdx tidak ditemukan.`);
	return page;
}
