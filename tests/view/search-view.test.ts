import { describe, expect, test } from 'vitest';
import { resultType, uniqueByUrl } from '../../src/view/search-view.ts';

describe('resultType', () => {
	test('names each kind of story page from its address, with or without a base path', () => {
		expect(resultType('/stories/s/compare/a--b/')).toBe('Comparison');
		expect(resultType('/same-story/stories/s/compare/')).toBe('Comparisons');
		expect(resultType('/stories/s/passages/g-1/#x')).toBe('Passage');
		expect(resultType('/stories/s/articles/cbc/')).toBe('Article');
		expect(resultType('/stories/s/quotes/')).toBe('Quote ledger');
		expect(resultType('/stories/s/differences/')).toBe('Where they differ');
		expect(resultType('/stories/s/versions/')).toBe('Versions');
		expect(resultType('/stories/s/')).toBe('Story overview');
		expect(resultType('/how-it-works/')).toBe('Page');
	});
});

describe('uniqueByUrl', () => {
	test('keeps the first result of each address, however its end is spelled', () => {
		const items = [{ url: '/a/' }, { url: '/a/index.html' }, { url: '/b' }, { url: '/b/' }];
		expect(uniqueByUrl(items)).toEqual([{ url: '/a/' }, { url: '/b' }]);
	});
});
