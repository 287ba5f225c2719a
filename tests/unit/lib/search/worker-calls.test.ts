import { describe, expect, it } from 'vitest';
import {
	pagefindInWorker,
	workerCalls,
	type WorkerLike,
} from '../../../../src/lib/search/worker-calls';

/** A stand-in worker: records what is posted, and lets the test answer or fail. */
function fakeWorker() {
	const posted: { id: unknown; instanceId: string; method: string; args: unknown[] }[] = [];
	const listeners: { message: ((e: { data: unknown }) => void)[]; error: (() => void)[] } = {
		message: [],
		error: [],
	};
	const worker: WorkerLike = {
		postMessage: (message) => posted.push(message as (typeof posted)[number]),
		addEventListener: (type: 'message' | 'error', listener: never) =>
			listeners[type].push(listener),
	};
	return {
		worker,
		posted,
		answer: (data: unknown) => listeners.message.forEach((l) => l({ data })),
		fail: () => listeners.error.forEach((l) => l()),
	};
}

describe('workerCalls', () => {
	it('posts each call with its own id and resolves it with the answer of that id', async () => {
		const fake = fakeWorker();
		const call = workerCalls(fake.worker);
		const first = call<string>('search', ['rahasia']);
		const second = call<string>('filters', []);
		expect(fake.posted.map((m) => m.method)).toEqual(['search', 'filters']);
		expect(new Set(fake.posted.map((m) => m.id)).size).toBe(2);
		fake.answer({ id: fake.posted[1]!.id, result: 'filters-answer' });
		fake.answer({ id: fake.posted[0]!.id, result: 'search-answer' });
		await expect(first).resolves.toBe('search-answer');
		await expect(second).resolves.toBe('filters-answer');
	});

	it('rejects a call the worker answers with an error, and ignores answers nobody waits for', async () => {
		const fake = fakeWorker();
		const call = workerCalls(fake.worker);
		const pending = call('search', ['x']);
		fake.answer({ id: 'someone-else', result: 1 });
		fake.answer(null);
		fake.answer({ id: fake.posted[0]!.id, error: 'index missing' });
		await expect(pending).rejects.toThrow('index missing');
	});

	it('rejects every waiting call and every later one when the worker fails', async () => {
		const fake = fakeWorker();
		const call = workerCalls(fake.worker);
		const pending = call('search', ['x']);
		fake.fail();
		await expect(pending).rejects.toThrow('search worker failed');
		await expect(call('filters', [])).rejects.toThrow('search worker failed');
		expect(fake.posted).toHaveLength(1);
	});
});

describe('pagefindInWorker', () => {
	it('starts Pagefind first, then searches, and fetches a hit’s details only when asked', async () => {
		const calls: [string, unknown[]][] = [];
		const answers: Record<string, unknown> = {
			init: true,
			search: { results: [{ data: 'data_1_0' }, { data: 'data_1_1' }] },
			getData: { url: '/pelajaran/bagian-pribadi/' },
		};
		const search = pagefindInWorker<{ url: string }>(async <T>(method: string, args: unknown[]) => {
			calls.push([method, args]);
			return answers[method] as T;
		});
		const found = await search.search('rahasia', { filters: { audience: 'Guru' } });
		expect(calls).toEqual([
			['init', [{ basePath: '/pagefind/' }]],
			['search', ['rahasia', { filters: { audience: 'Guru' } }]],
		]);
		expect(found.results).toHaveLength(2);
		await expect(found.results[1]!.data()).resolves.toEqual({ url: '/pelajaran/bagian-pribadi/' });
		expect(calls.at(-1)).toEqual(['getData', ['data_1_1']]);
	});
});
