/**
 * Saving the whole programme on a device, as plain logic: which files are missing, how far a download
 * has come, what to warn about before it starts, and sizes written the Indonesian way.
 * The /offline/ page's script does the fetching and the Cache Storage calls.
 */

/** Cache names shared with the service worker (scripts/gen-sw.mjs). */
export const PAGES_CACHE = 'jaga-diri-halaman';
export const FILES_CACHE = 'jaga-diri-berkas';

/** One file of /offline/daftar.json, written by scripts/gen-sw.mjs. */
export interface ListedFile {
	url: string;
	revision: string;
	bytes: number;
	/** Saved on the first visit by the service worker. */
	core?: boolean;
	/** A page's title, for pages only. */
	title?: string;
}

/** Reads /offline/daftar.json, keeping only well-formed entries of this site. */
export function parseFileList(json: unknown): ListedFile[] {
	const files = (json as { files?: unknown } | null)?.files;
	if (!Array.isArray(files)) return [];
	return files.filter(
		(f): f is ListedFile =>
			typeof f === 'object' &&
			f !== null &&
			typeof f.url === 'string' &&
			f.url.startsWith('/') &&
			!f.url.startsWith('//') &&
			typeof f.revision === 'string' &&
			typeof f.bytes === 'number' &&
			f.bytes >= 0
	);
}

export const isPage = (file: ListedFile) => file.url.endsWith('.html');

/**
 * Where a file lives in the cache: a page under the address a reader opens (`/a/b/`, as the service
 * worker stores a visited page), any other file under its own path.
 */
export function cacheKey(file: ListedFile): { cache: string; path: string } {
	if (!isPage(file) || file.url === '/404.html') return { cache: FILES_CACHE, path: file.url };
	return { cache: PAGES_CACHE, path: file.url.replace(/index\.html$/, '') };
}

export interface DownloadPlan {
	/** Files not on the device yet, in the order to fetch them: pages first, so they open soonest. */
	missing: ListedFile[];
	missingBytes: number;
	totalFiles: number;
	totalBytes: number;
	savedFiles: number;
}

/** What a press of "Simpan" still has to fetch, given which files the device already holds. */
export function planDownload(
	files: ListedFile[],
	isSaved: (file: ListedFile) => boolean
): DownloadPlan {
	const missing = files.filter((f) => !isSaved(f));
	missing.sort((a, b) => Number(isPage(b)) - Number(isPage(a)));
	const sum = (list: ListedFile[]) => list.reduce((total, f) => total + f.bytes, 0);
	return {
		missing,
		missingBytes: sum(missing),
		totalFiles: files.length,
		totalBytes: sum(files),
		savedFiles: files.length - missing.length,
	};
}

/** Whole percent done, never 100 before everything is in, and 100 for an empty download. */
export function percentDone(doneBytes: number, totalBytes: number): number {
	if (totalBytes <= 0) return 100;
	const percent = Math.floor((Math.min(doneBytes, totalBytes) / totalBytes) * 100);
	return doneBytes < totalBytes ? Math.min(percent, 99) : 100;
}

const decimal = (n: number) => n.toFixed(1).replace('.', ',').replace(/,0$/, '');

/** "850 B", "12 KB", "3,4 MB": a comma for decimals, one decimal at most. */
export function formatSize(bytes: number): string {
	if (bytes < 1024) return `${Math.round(bytes)} B`;
	if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
	if (bytes < 1024 * 1024 * 1024) return `${decimal(bytes / 1024 / 1024)} MB`;
	return `${decimal(bytes / 1024 / 1024 / 1024)} GB`;
}

/** What the browser says about the device; every part is optional (feature-detected). */
export interface DeviceSignals {
	saveData?: boolean;
	quota?: number;
	usage?: number;
}

export type DeviceWarning = 'saveData' | 'lowStorage';

/** Room asked beyond the download itself, so that the device is not filled to the brim. */
const STORAGE_MARGIN = 2;

/** Reasons to think twice before a full download. None of them starts or blocks anything. */
export function deviceWarnings(signals: DeviceSignals, neededBytes: number): DeviceWarning[] {
	const warnings: DeviceWarning[] = [];
	if (signals.saveData === true) warnings.push('saveData');
	if (
		typeof signals.quota === 'number' &&
		typeof signals.usage === 'number' &&
		signals.quota - signals.usage < neededBytes * STORAGE_MARGIN
	)
		warnings.push('lowStorage');
	return warnings;
}
