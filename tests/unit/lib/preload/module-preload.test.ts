import { describe, expect, it } from 'vitest';
import {
	quizPageModules,
	staticClosure,
	withModulePreloads,
	type ChunkGraph,
} from '../../../../src/lib/preload/module-preload';

const graph: ChunkGraph = {
	imports: new Map([
		['/_astro/Quiz.entry.js', ['/_astro/Quiz.main.js', '/_astro/preact.js']],
		['/_astro/Quiz.main.js', ['/_astro/preact.js', '/_astro/reader.js']],
		['/_astro/client.js', ['/_astro/preact.js']],
		['/_astro/pilihan.x.js', ['/_astro/Quiz.main.js', '/_astro/quiz-multi.js']],
		['/_astro/urutkan.x.js', ['/_astro/quiz-order.js']],
	]),
	chunkOf: (end) =>
		({
			'/components/quiz/views/pilihan.tsx': '/_astro/pilihan.x.js',
			'/components/quiz/views/urutkan.tsx': '/_astro/urutkan.x.js',
		})[end],
};

const page = (types: string) =>
	`<html><head><title>Kuis</title></head><body><div data-quiz-types="${types}">` +
	'<astro-island uid="a" component-url="/_astro/Quiz.entry.js" component-export="default" ' +
	'renderer-url="/_astro/client.js"></astro-island></div></body></html>';

describe('staticClosure', () => {
	it('lists each chunk once, entries first, then what they import', () => {
		expect(staticClosure(graph, ['/_astro/Quiz.entry.js'])).toEqual([
			'/_astro/Quiz.entry.js',
			'/_astro/Quiz.main.js',
			'/_astro/preact.js',
			'/_astro/reader.js',
		]);
	});
});

describe('quizPageModules', () => {
	it('takes the island, its renderer and the first question type with their imports', () => {
		const modules = quizPageModules(page('pilihan urutkan'), graph);
		expect(modules).toEqual([
			'/_astro/Quiz.entry.js',
			'/_astro/Quiz.main.js',
			'/_astro/preact.js',
			'/_astro/reader.js',
			'/_astro/client.js',
			'/_astro/pilihan.x.js',
			'/_astro/quiz-multi.js',
		]);
		// Later types load after the page.
		expect(modules).not.toContain('/_astro/urutkan.x.js');
	});

	it('leaves a page without a quiz alone', () => {
		expect(quizPageModules('<html><head></head><body></body></html>', graph)).toEqual([]);
	});

	it('fails the build for a type whose code it cannot find', () => {
		expect(() => quizPageModules(page('lima-jari'), graph)).toThrow(/lima-jari/);
	});
});

describe('withModulePreloads', () => {
	it('adds one modulepreload link a module at the end of the head', () => {
		const html = withModulePreloads(page('pilihan'), ['/_astro/a.js', '/_astro/b.js']);
		expect(html).toContain(
			'<link rel="modulepreload" href="/_astro/a.js" fetchpriority="low">' +
				'<link rel="modulepreload" href="/_astro/b.js" fetchpriority="low"></head>'
		);
	});
});
