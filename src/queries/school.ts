import { getCollection, getEntry } from 'astro:content';
import { checkProtocol } from '../lib/protocol/check-protocol';
import { duplicateItemIds } from '../lib/checklist/summarize';
import { byOrder } from '../lib/content/sort';
import { CHECKLIST_AREAS } from '../schemas/checklist';

/** Pages for school and pesantren leaders, by `order`. */
export async function getSchoolPages() {
	return byOrder(await getCollection('school'));
}

export async function getSchoolPage(id: string) {
	const page = await getEntry('school', id);
	if (!page) throw new Error(`content/sekolah/${id}.mdx tidak ditemukan.`);
	return page;
}

/** The response protocol in reading order; the build stops if a path is broken. */
export async function getProtocol() {
	const steps = (await getCollection('protocol')).map((entry) => entry.data);
	const problems = checkProtocol(steps);
	if (problems.length > 0) {
		throw new Error(`content/data/protokol.yaml:\n- ${problems.join('\n- ')}`);
	}
	return steps;
}

/** The self-check areas in their fixed order; the build stops on a repeated item id. */
export async function getChecklist() {
	const areas = (await getCollection('checklist')).map((entry) => entry.data);
	const repeated = duplicateItemIds(areas);
	if (repeated.length > 0) {
		throw new Error(
			`content/data/daftar-periksa.yaml: id dipakai lebih dari sekali: ${repeated.join(', ')}`
		);
	}
	return [...areas].sort((a, b) => CHECKLIST_AREAS.indexOf(a.id) - CHECKLIST_AREAS.indexOf(b.id));
}
