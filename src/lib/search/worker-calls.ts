/**
 * Calls to Pagefind's web worker, without Pagefind's own page script. That script (47 KB, 13 KB
 * gzip) only starts the worker and passes messages to it: talking to the worker directly saves it on
 * every first search, and its parsing on a slow phone's main thread. The messages are those of
 * Pagefind 1.6's worker (`{ id, instanceId, method, args }`, answered by `{ id, result, error }`); the
 * version is pinned, and the search browser tests run the real worker.
 */

/** What the calls need of a worker: post to it, and hear its answers and its failure. */
export interface WorkerLike {
	postMessage(message: unknown): void;
	addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
	addEventListener(type: 'error', listener: () => void): void;
}

interface Answer {
	id?: unknown;
	result?: unknown;
	error?: unknown;
}

/** The name every call of this page goes by inside the worker. */
const INSTANCE = 'jd';

export type WorkerCall = <T>(method: string, args: unknown[]) => Promise<T>;

/**
 * A function that sends one call to the worker and resolves with its result. An error answer rejects
 * that call; a failing worker rejects every call waiting and every later one.
 */
export function workerCalls(worker: WorkerLike): WorkerCall {
	type Waiting = [resolve: (value: unknown) => void, reject: (e: Error) => void];
	const waiting = new Map<unknown, Waiting>();
	let next = 0;
	let failure: Error | undefined;
	worker.addEventListener('message', ({ data }) => {
		const { id, result, error } = (data ?? {}) as Answer;
		const call = waiting.get(id);
		waiting.delete(id);
		if (error != null) call?.[1](new Error(String(error)));
		else call?.[0](result);
	});
	worker.addEventListener('error', () => {
		failure = new Error('search worker failed');
		for (const [, reject] of waiting.values()) reject(failure);
		waiting.clear();
	});
	return <T>(method: string, args: unknown[]) =>
		new Promise<T>((resolve, reject) => {
			if (failure) return reject(failure);
			waiting.set(++next, [resolve as (value: unknown) => void, reject]);
			worker.postMessage({ id: next, instanceId: INSTANCE, method, args });
		});
}

/** One hit of a search: its page's details come with a further call, only when shown. */
export interface SearchHit<D> {
	data: () => Promise<D>;
}

/** The search engine of the page: Pagefind's instance inside the worker. */
export interface WorkerSearch<D> {
	search: (
		term: string,
		options?: { filters?: Record<string, string> }
	) => Promise<{ results: SearchHit<D>[] }>;
	filters: () => Promise<Record<string, Record<string, number>>>;
}

/** Starts Pagefind in the worker (its files under `basePath`) and offers its search and filters. */
export function pagefindInWorker<D>(call: WorkerCall, basePath = '/pagefind/'): WorkerSearch<D> {
	const ready = call('init', [{ basePath }]);
	return {
		async search(term, options = {}) {
			await ready;
			const found = await call<{ results: { data: string }[] }>('search', [term, options]);
			return {
				results: found.results.map(({ data: dataId }) => ({
					data: () => call<D>('getData', [dataId]),
				})),
			};
		},
		async filters() {
			await ready;
			return call('filters', []);
		},
	};
}
