/**
 * What the build knows of each client chunk: the chunks it imports statically, and the source
 * module it stands for (its facade), if any. Keys and values are paths as served (`/_astro/x.js`).
 */
export interface ChunkGraph {
	imports: ReadonlyMap<string, readonly string[]>;
	/** The served path of the chunk whose facade is this source file (matched by its path's end). */
	chunkOf: (sourceEnd: string) => string | undefined;
}

/** These chunks and everything they import statically, each once, in the order first reached. */
export function staticClosure(graph: ChunkGraph, entries: readonly string[]): string[] {
	const seen = new Set<string>();
	const visit = (url: string) => {
		if (seen.has(url)) return;
		seen.add(url);
		for (const dep of graph.imports.get(url) ?? []) visit(dep);
	};
	entries.forEach(visit);
	return [...seen];
}

const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

/**
 * The modules a quiz page needs before its first question can be answered: the quiz island and its
 * renderer, the code of the first question's type (types are listed in the order the questions
 * first use them), and all they import. Empty for a page without a quiz.
 */
export function quizPageModules(html: string, graph: ChunkGraph): string[] {
	const firstType = html.match(/\sdata-quiz-types="([^" ]+)/)?.[1];
	if (!firstType) return [];
	const island = html
		.match(/<astro-island\b[^>]*>/g)
		?.find((tag) => attr(tag, 'component-url')?.includes('/Quiz.'));
	if (!island) throw new Error('a quiz page without its quiz island');
	const typeChunk = graph.chunkOf(`/components/quiz/views/${firstType}.tsx`);
	if (!typeChunk) throw new Error(`no chunk for the question type "${firstType}"`);
	const entries = [attr(island, 'component-url'), attr(island, 'renderer-url'), typeChunk];
	return staticClosure(
		graph,
		entries.filter((url): url is string => Boolean(url))
	);
}

/**
 * The page with a `<link rel="modulepreload">` for each module at the end of its head, so the
 * browser fetches them all at once instead of discovering each one from the one before. At low
 * priority: the page's words show first (its HTML and inline styles are all they need), and the
 * code arrives right after, without holding up the first paint on a slow connection.
 */
export function withModulePreloads(html: string, modules: readonly string[]): string {
	if (modules.length === 0) return html;
	const links = modules
		.map((url) => `<link rel="modulepreload" href="${url}" fetchpriority="low">`)
		.join('');
	if (!html.includes('</head>')) throw new Error('a page without </head>');
	return html.replace('</head>', `${links}</head>`);
}
