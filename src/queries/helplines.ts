import { getCollection } from 'astro:content';
import { byOrder } from '../lib/content/sort';

/** Every help service, in display order. */
export async function getHelplines() {
	return byOrder(await getCollection('helplines'));
}

/** The one service shown in every footer and closing card (SAPA 129). */
export async function getFeaturedHelpline() {
	const featured = (await getHelplines()).filter((h) => h.data.featured);
	if (featured.length !== 1) {
		throw new Error(
			`content/data/helplines.yaml: tepat satu layanan harus punya "featured: true", sekarang ${featured.length}.`
		);
	}
	return featured[0]!;
}

/** The first number to call when someone is in danger now (Polisi 110). */
export async function getFirstUrgentHelpline() {
	const urgent = (await getHelplines()).find((h) => h.data.urgent);
	if (!urgent)
		throw new Error('content/data/helplines.yaml: tidak ada layanan dengan "urgent: true".');
	return urgent;
}

/** One service by id; the build stops with the id when a page names one that does not exist. */
export async function getHelpline(id: string) {
	const helpline = (await getHelplines()).find((h) => h.id === id);
	if (!helpline)
		throw new Error(
			`<Telepon id="${id}" />: layanan ini tidak ada di content/data/helplines.yaml.`
		);
	return helpline;
}
