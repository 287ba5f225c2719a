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

/** One glossary word by id, failing the build the same way. */
export async function getGlossaryEntry(id: string) {
	const entry = await getEntry('glossary', id);
	if (!entry)
		throw new Error(`<Istilah id="${id}" />: istilah ini tidak ada di content/data/istilah.yaml.`);
	return entry;
}

/** One standard sentence by id, failing the build the same way. */
export async function getStandardSentence(id: string) {
	const entry = await getEntry('sentences', id);
	if (!entry) throw new Error(`Kalimat baku "${id}" tidak ada di content/data/kalimat-baku.yaml.`);
	return entry;
}

/** One of the six core rules by id, failing the build the same way. */
export async function getRule(id: string) {
	const rule = await getEntry('rules', id);
	if (!rule)
		throw new Error(`<Aturan id="${id}" />: aturan ini tidak ada di content/data/rules.yaml.`);
	return rule;
}
