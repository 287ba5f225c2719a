import { describe, expect, it } from 'vitest';
import { searchUi } from '../../../../src/i18n/id/search';
import {
	FIRST_PAGE_SIZE,
	MORE_PAGE_SIZE,
	nextPage,
	remainingCount,
	searchStatus,
} from '../../../../src/lib/search/paging';

describe('nextPage', () => {
	it('starts with the first five results only', () => {
		expect(FIRST_PAGE_SIZE).toBe(5);
		expect(nextPage(0, 47)).toEqual({ start: 0, end: 5 });
	});

	it('then adds between five and ten at a time', () => {
		expect(MORE_PAGE_SIZE).toBeGreaterThanOrEqual(5);
		expect(MORE_PAGE_SIZE).toBeLessThanOrEqual(10);
		expect(nextPage(5, 47)).toEqual({ start: 5, end: 5 + MORE_PAGE_SIZE });
	});

	it('stops at the last result', () => {
		expect(nextPage(0, 3)).toEqual({ start: 0, end: 3 });
		expect(nextPage(45, 47)).toEqual({ start: 45, end: 47 });
		expect(nextPage(47, 47)).toBeNull();
		expect(nextPage(0, 0)).toBeNull();
	});

	it('walks every result exactly once', () => {
		const seen: number[] = [];
		let shown = 0;
		for (let page = nextPage(shown, 23); page; page = nextPage(shown, 23)) {
			for (let i = page.start; i < page.end; i += 1) seen.push(i);
			shown = page.end;
		}
		expect(seen).toEqual([...Array(23).keys()]);
	});
});

describe('remainingCount', () => {
	it('counts what is not shown yet, never below zero', () => {
		expect(remainingCount(5, 47)).toBe(42);
		expect(remainingCount(47, 47)).toBe(0);
		expect(remainingCount(50, 47)).toBe(0);
	});
});

describe('searchStatus', () => {
	it('says nothing was found when there are no results', () => {
		expect(searchStatus(0, 0, false)).toEqual({ kind: 'none' });
	});

	it('gives the whole count after a new search', () => {
		expect(searchStatus(5, 47, false)).toEqual({ kind: 'count', total: 47 });
	});

	it('gives shown and total after "show more"', () => {
		expect(searchStatus(13, 47, true)).toEqual({ kind: 'progress', shown: 13, total: 47 });
	});
});

describe('search status texts', () => {
	it('read naturally in Indonesian', () => {
		expect(searchUi['search.results']({ count: 47, query: 'anak' })).toBe('47 hasil untuk "anak"');
		expect(searchUi['search.progress']({ shown: 13, total: 47, query: 'anak' })).toBe(
			'13 dari 47 hasil untuk "anak" sudah tampil'
		);
		expect(searchUi['search.moreLeft']({ count: 34 })).toBe('(34 lagi)');
	});
});
