import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { AxeResults, ElementContext, RunOptions } from 'axe-core';

/** The WCAG rules every page is held to: 2.2, levels A and AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const AXE_SOURCE = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8'
);

/**
 * Axe's violations on the page, or in the parts `include` selects (those on the page), one line each.
 * Axe goes into the page once and runs there: checking many views of one page (every step of a slide
 * deck) costs a fraction of a fresh analysis per view.
 */
export async function axeViolations(page: Page, include: string[] = []): Promise<string[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
	return page.evaluate(
		async ({ include, tags }) => {
			const { axe } = window as unknown as {
				axe: { run: (context: ElementContext, options: RunOptions) => Promise<AxeResults> };
			};
			// A view is checked as it settles: text fading in has not reached its colour yet.
			const finite = document
				.getAnimations()
				.filter((a) => a.effect?.getComputedTiming().endTime !== Infinity);
			await Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
			const present = include.filter((selector) => document.querySelector(selector));
			const context = present.length > 0 ? { include: present.map((s) => [s]) } : document;
			const result = await axe.run(context, { runOnly: { type: 'tag', values: tags } });
			return result.violations.map(
				(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
			);
		},
		{ include, tags: AXE_TAGS }
	);
}

/** Fails, naming `label` and each violation, when axe finds any on the page or in `include`. */
export async function expectAxeClean(page: Page, label: string, include: string[] = []) {
	expect((await axeViolations(page, include)).map((v) => `${label} ${v}`)).toEqual([]);
}

/** The links and form targets in a page's HTML, as written. */
function targetsIn(html: string): string[] {
	return [...html.matchAll(/<(?:a|form)\b[^>]*?\s(?:href|action)="([^"]*)"/g)].map((m) =>
		m[1]!.replaceAll('&amp;', '&')
	);
}

/**
 * Every internal page reachable by links and forms from `/`, the way a reader (and the search
 * index) finds them. Read over HTTP, as the HTML is served: links do not depend on scripts.
 */
export async function crawlSite(request: APIRequestContext, limit = 5000): Promise<string[]> {
	const seen = new Set<string>(['/']);
	const queue = ['/'];
	while (queue.length > 0 && seen.size < limit) {
		const path = queue.shift()!;
		const base = new URL(path, 'http://site.invalid');
		const html = await (await request.get(path)).text();
		for (const target of targetsIn(html)) {
			const url = new URL(target, base);
			if (url.origin !== base.origin) continue;
			const next = url.pathname;
			if (!seen.has(next) && !/\.\w+$/.test(next)) {
				seen.add(next);
				queue.push(next);
			}
		}
	}
	return [...seen].sort();
}

/** Addresses on other origins that a page's HTML would load: scripts, styles, pictures, frames, fonts. */
export function foreignResources(html: string): string[] {
	const loads = [
		...html.matchAll(/\s(?:src|srcset|poster|data)="([^"]*)"/g),
		...html.matchAll(/<link\b[^>]*?\shref="([^"]*)"/g),
		...html.matchAll(/url\(\s*['"]?([^'")]+)/g),
		...html.matchAll(/@import\s+['"]([^'"]+)/g),
	].map((m) => m[1]!);
	return loads.filter((address) => /^(https?:)?\/\//.test(address.trim()));
}

/** Presses Tab until the focused element satisfies `isTarget` (at most `max` presses). */
export async function tabTo(
	page: Page,
	isTarget: (el: { text: string; group: string; tag: string; label: string }) => boolean,
	max = 60
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
				// A wrapping label or one pointing at the field with `for`.
				label:
					(
						(el as HTMLInputElement | null)?.labels?.[0] ?? el?.closest('label')
					)?.textContent?.trim() ?? '',
			};
		});
		if ((focused.tag === 'BUTTON' || focused.tag === 'INPUT') && isTarget(focused)) return;
	}
	throw new Error('Target never received focus by Tab.');
}

/** Every page of the build, from the files in dist/ (the 404 page aside). */
export function builtPages(): string[] {
	const walk = (dir: string): string[] =>
		readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
			e.isDirectory() ? walk(join(dir, e.name)) : e.name === 'index.html' ? [join(dir, e.name)] : []
		);
	return walk('dist')
		.map((file) => '/' + relative('dist', file).replace(/index\.html$/, ''))
		.filter((path) => path !== '/404/')
		.sort();
}

/** Console errors, uncaught exceptions and CSP violations a page raises while it is watched. */
export async function watchProblems(page: Page): Promise<string[]> {
	const problems: string[] = [];
	page.on('console', (msg) => {
		if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
	await page.exposeFunction('__reportCsp', (text: string) => problems.push(`csp: ${text}`));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			(window as unknown as { __reportCsp: (t: string) => void }).__reportCsp(
				`${e.violatedDirective} ${e.blockedURI}`
			);
		});
	});
	return problems;
}

/**
 * The page's template: its path with the slug replaced by a star, e.g. `/kuis/<slug>/kelas/` for every quiz's
 * class mode. Static pages are their own template.
 */
export function templateOf(path: string): string {
	const parts = path.split('/');
	const collections = ['pelajaran', 'kuis', 'orang-tua', 'sekolah', 'anak'];
	const groups = ['jalur', 'konsep'];
	if (!collections.includes(parts[1] ?? '') || parts.length < 4) return path;
	const at = groups.includes(parts[2] ?? '') ? 3 : 2;
	if (parts[at] === '') return path;
	return parts.map((p, i) => (i === at ? '*' : p)).join('/');
}

/**
 * Every page whose template is unique, and `perTemplate` pages spread over each template's
 * instances (first, last and between): axe on all 130+ pages takes minutes, while pages built
 * from one template differ only in their content, which the content tests check.
 */
export function samplePerTemplate(pages: readonly string[], perTemplate = 2): string[] {
	const byTemplate = new Map<string, string[]>();
	for (const page of pages) {
		const key = templateOf(page);
		byTemplate.set(key, [...(byTemplate.get(key) ?? []), page]);
	}
	return [...byTemplate.values()].flatMap((group) => {
		if (group.length <= perTemplate) return group;
		const step = (group.length - 1) / (perTemplate - 1);
		return [
			...new Set(Array.from({ length: perTemplate }, (_, i) => group[Math.round(i * step)]!)),
		];
	});
}
