import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { cspTrim } from './src/integrations/csp-trim.ts';
import { noPreloadHelper } from './src/integrations/no-preload-helper.ts';
import { quizPreload } from './src/integrations/quiz-preload.ts';
import { remarkLessonSteps } from './src/lib/content/lesson-steps.ts';
import { rehypeTableAlign } from './src/lib/content/table-align.ts';

/*
 * The public address the site is published at (e.g. SITE_URL=https://contoh.id npm run build): used
 * for absolute links in previews and shared messages. Unset, pages use their own address instead.
 */
const site = process.env.SITE_URL?.trim() || undefined;

export default defineConfig({
	site,
	trailingSlash: 'always',
	build: { format: 'directory', inlineStylesheets: 'always' },
	// Table alignment becomes a class: the Content-Security-Policy allows no inline style.
	// A lesson's timed activities get anchors for the lesson page's step navigator.
	markdown: { remarkPlugins: [remarkLessonSteps], rehypePlugins: [rehypeTableAlign] },
	// cspTrim: each page's CSP lists only its own inline hashes (Astro lists the whole site's on every page).
	// quizPreload: a quiz page names all the code its first question needs, so it downloads at once.
	integrations: [mdx(), preact(), cspTrim(), quizPreload()],
	// Privacy: never ask any other origin for anything, not even in dev.
	devToolbar: { enabled: false },
	prefetch: false,
	// A quiz loads each question type's code on demand; the modulepreload helper Vite adds to such
	// imports would cost more bytes than it saves on a site whose pages the service worker precaches.
	// Nor does a question type's chunk repeat the imports of the quiz's own chunk (Rollup's hoisting of
	// transitive imports): the quiz has loaded them before it asks for a type.
	vite: {
		plugins: [noPreloadHelper()],
		build: { modulePreload: false, rollupOptions: { output: { hoistTransitiveImports: false } } },
	},
	experimental: {
		// A Content-Security-Policy <meta> on every page: Astro hashes its own scripts and styles; everything
		// else may come only from this origin. Pagefind compiles WebAssembly, hence 'wasm-unsafe-eval'.
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
		},
	},
});
