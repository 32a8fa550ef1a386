import { describe, expect, test } from 'vitest';
import { describeDateSource, hasCaptureDates } from '../../src/view/date-source.ts';
import type { Article } from '../../src/schemas/article.ts';
import { storyArticle } from '../helpers/story-article.ts';

const dated = (publishedSource: Article['publishedSource']): Article => ({
	...storyArticle('a', 'o', 'The bridge closed.'),
	published: publishedSource ? '2024-05-06' : null,
	publishedSource,
});

describe('describeDateSource', () => {
	test.each([
		['manifest', 'date given by the editor'],
		['dateline', 'from the dateline'],
		['update-line', 'from an update line: first published earlier'],
		['capture', "from the capture's date line: may be the day it was saved"],
	] as const)('names a %s date', (source, label) => {
		expect(describeDateSource(dated(source))).toBe(label);
	});

	test('says nothing for an undated capture', () => {
		expect(describeDateSource(dated(null))).toBeNull();
	});
});

describe('hasCaptureDates', () => {
	test('is true only when some date comes from a capture', () => {
		expect(hasCaptureDates([dated('manifest'), dated(null)])).toBe(false);
		expect(hasCaptureDates([dated('manifest'), dated('dateline')])).toBe(true);
	});
});
