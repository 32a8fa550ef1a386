/** What a search result says besides its title and excerpt: which kind of page it is. */

/** Search results shown at first; "Show more" adds as many again, so every counted result can be reached. */
export const RESULTS_PAGE = 20;

/** Wait after the last keystroke before searching as the reader types, in ms: long enough to skip
 * intermediate words when typing fast, short enough to feel immediate (about one typed character). */
export const TYPE_DELAY_MS = 180;

/** The kind of page a result's address is, as the result list labels it. */
export function resultType(url: string): string {
	const path = url.split(/[?#]/)[0]!;
	if (/\/compare\/[^/]+--[^/]+\/?$/.test(path)) return 'Comparison';
	if (/\/compare\/?$/.test(path)) return 'Comparisons';
	if (/\/passages\/[^/]+\/?$/.test(path)) return 'Passage';
	if (/\/articles\/[^/]+\/?$/.test(path)) return 'Article';
	if (/\/quotes\/?$/.test(path)) return 'Quote ledger';
	if (/\/differences\/?$/.test(path)) return 'Where they differ';
	if (/\/versions\/?$/.test(path)) return 'Versions';
	if (/\/stories\/[^/]+\/?$/.test(path)) return 'Story overview';
	return 'Page';
}

/** Results with the same address (a page indexed twice, or under two spellings of its path) kept once, first wins. */
export function uniqueByUrl<T extends { url: string }>(items: readonly T[]): T[] {
	const seen = new Set<string>();
	return items.filter((item) => {
		const key = item.url.replace(/index\.html$/, '').replace(/\/?$/, '/');
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}
