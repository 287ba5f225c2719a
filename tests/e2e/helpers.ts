import type { Page } from '@playwright/test';

/** Every internal page reachable by links and forms from `/`, the way a reader (and the search index) finds them. */
export async function crawlSite(page: Page, limit = 200): Promise<string[]> {
	const seen = new Set<string>(['/']);
	const queue = ['/'];
	while (queue.length > 0 && seen.size < limit) {
		const path = queue.shift()!;
		await page.goto(path);
		const hrefs = await page.$$eval('a[href], form[action]', (elements) =>
			elements.map((el) =>
				el instanceof HTMLFormElement ? el.action : (el as HTMLAnchorElement).href
			)
		);
		for (const href of hrefs) {
			const url = new URL(href);
			if (url.origin !== new URL(page.url()).origin) continue;
			const next = url.pathname;
			if (!seen.has(next) && !/\.\w+$/.test(next)) {
				seen.add(next);
				queue.push(next);
			}
		}
	}
	return [...seen].sort();
}

/** Presses Tab until the focused element satisfies `isTarget` (at most `max` presses). */
export async function tabTo(
	page: Page,
	isTarget: (el: { text: string; group: string }) => boolean,
	max = 40
) {
	for (let i = 0; i < max; i += 1) {
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			const group = el?.closest('[role="group"]');
			const labelId = group?.getAttribute('aria-labelledby');
			return {
				text: el?.textContent?.trim() ?? '',
				group: labelId ? (document.getElementById(labelId)?.textContent?.trim() ?? '') : '',
				tag: el?.tagName ?? '',
			};
		});
		if (focused.tag === 'BUTTON' && isTarget(focused)) return;
	}
	throw new Error('Target never received focus by Tab.');
}
