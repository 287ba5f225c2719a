import { describe, expect, it } from 'vitest';
import {
	FILES_CACHE,
	PAGES_CACHE,
	cacheKey,
	deviceWarnings,
	formatSize,
	parseFileList,
	percentDone,
	planDownload,
	type ListedFile,
} from '../../../../src/lib/offline/program';

const file = (url: string, bytes = 100, extra: Partial<ListedFile> = {}): ListedFile => ({
	url,
	revision: 'r1',
	bytes,
	...extra,
});

describe('parseFileList', () => {
	it('keeps well-formed entries of this site only', () => {
		const files = parseFileList({
			files: [
				file('/index.html', 10, { core: true, title: 'Beranda' }),
				{ url: 'https://contoh.test/x.js', revision: 'r', bytes: 1 },
				{ url: '//contoh.test/x.js', revision: 'r', bytes: 1 },
				{ url: '/tanpa-ukuran.js', revision: 'r' },
				null,
			],
		});
		expect(files.map((f) => f.url)).toEqual(['/index.html']);
	});
	it('returns nothing for a broken list', () => {
		expect(parseFileList(null)).toEqual([]);
		expect(parseFileList({ files: 'x' })).toEqual([]);
	});
});

describe('cacheKey', () => {
	it('stores a page under the address a reader opens', () => {
		expect(cacheKey(file('/pelajaran/a/index.html'))).toEqual({
			cache: PAGES_CACHE,
			path: '/pelajaran/a/',
		});
		expect(cacheKey(file('/index.html'))).toEqual({ cache: PAGES_CACHE, path: '/' });
	});
	it('stores other files under their own path', () => {
		expect(cacheKey(file('/pagefind/pagefind.js'))).toEqual({
			cache: FILES_CACHE,
			path: '/pagefind/pagefind.js',
		});
		expect(cacheKey(file('/404.html')).cache).toBe(FILES_CACHE);
	});
});

describe('planDownload', () => {
	const files = [
		file('/_astro/a.js', 300),
		file('/pelajaran/a/index.html', 200),
		file('/index.html', 50, { core: true }),
		file('/gambar/b.svg', 25),
	];
	it('fetches only what is missing, pages first', () => {
		const plan = planDownload(files, (f) => f.url === '/index.html');
		expect(plan.missing.map((f) => f.url)).toEqual([
			'/pelajaran/a/index.html',
			'/_astro/a.js',
			'/gambar/b.svg',
		]);
		expect(plan).toMatchObject({
			missingBytes: 525,
			totalBytes: 575,
			totalFiles: 4,
			savedFiles: 1,
		});
	});
	it('has nothing to fetch when everything is saved', () => {
		const plan = planDownload(files, () => true);
		expect(plan.missing).toEqual([]);
		expect(plan.missingBytes).toBe(0);
		expect(plan.savedFiles).toBe(4);
	});
});

describe('percentDone', () => {
	it('never says 100 before the last byte', () => {
		expect(percentDone(0, 1000)).toBe(0);
		expect(percentDone(455, 1000)).toBe(45);
		expect(percentDone(999, 1000)).toBe(99);
		expect(percentDone(1000, 1000)).toBe(100);
		expect(percentDone(0, 0)).toBe(100);
	});
});

describe('formatSize', () => {
	it('writes sizes the Indonesian way', () => {
		expect(formatSize(850)).toBe('850 B');
		expect(formatSize(12 * 1024 + 100)).toBe('12 KB');
		expect(formatSize(3.44 * 1024 * 1024)).toBe('3,4 MB');
		expect(formatSize(2 * 1024 * 1024)).toBe('2 MB');
		expect(formatSize(1.5 * 1024 * 1024 * 1024)).toBe('1,5 GB');
	});
});

describe('deviceWarnings', () => {
	const mb = 1024 * 1024;
	it('warns when the browser asks to save data', () => {
		expect(deviceWarnings({ saveData: true }, 10 * mb)).toEqual(['saveData']);
	});
	it('warns when free space is short of twice the download', () => {
		expect(deviceWarnings({ quota: 100 * mb, usage: 85 * mb }, 10 * mb)).toEqual(['lowStorage']);
		expect(deviceWarnings({ quota: 100 * mb, usage: 75 * mb }, 10 * mb)).toEqual([]);
	});
	it('says nothing when the browser tells nothing', () => {
		expect(deviceWarnings({}, 10 * mb)).toEqual([]);
		expect(deviceWarnings({ quota: 100 * mb }, 10 * mb)).toEqual([]);
	});
});
