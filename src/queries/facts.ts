import { getCollection, getEntry } from 'astro:content';
import { byOrder } from '../lib/content/sort';

/** Every law and regulation, in the order of the laws page. */
export async function getLaws() {
	return byOrder(await getCollection('laws'));
}

/** One law by id; the build stops with the id when a page names one that does not exist. */
export async function getLaw(id: string) {
	const law = await getEntry('laws', id);
	if (!law)
		throw new Error(`<Hukum id="${id}" />: aturan ini tidak ada di content/data/laws.yaml.`);
	return law;
}

/** One statistic by id, failing the build the same way. */
export async function getStat(id: string) {
	const stat = await getEntry('stats', id);
	if (!stat)
		throw new Error(`<Angka id="${id}" />: angka ini tidak ada di content/data/stats.yaml.`);
	return stat;
}
