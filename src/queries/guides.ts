import { getCollection, type CollectionEntry } from 'astro:content';
import { byOrder } from '../lib/content/sort';

export type Guide = CollectionEntry<'guides'>;

/** Every parent guide, by `order`. */
export async function getGuides(): Promise<Guide[]> {
	return byOrder(await getCollection('guides'));
}
