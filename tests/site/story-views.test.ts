import { describe, expect, test } from 'vitest';
import { buildStory } from '../../src/pipeline/build-story.ts';
import type { Story } from '../../src/schemas/story.ts';
import {
	getStoryView,
	STORY_VIEWS,
	storyNavLinks,
	storyPageUrls,
} from '../../src/site/story-views.ts';
import { readStoryFolder, SEED_DIR } from '../helpers/seeds.ts';

const story = buildStory(readStoryFolder(SEED_DIR));
/** The seed story with nothing to show on its optional views. */
const bare: Story = { ...story, utterances: [], differences: [], versions: [] };
const base = '/stories/han-dong-leaves-liberal-caucus/';

describe('STORY_VIEWS', () => {
	test('gives the seed story one page per article, per passage group and per pair of articles', () => {
		const count = (id: string) => STORY_VIEWS.find((v) => v.id === id)!.pages(story).length;
		expect(count('article')).toBe(story.articles.length);
		expect(count('passage')).toBe(story.groups.length);
		expect(count('pair')).toBe((story.articles.length * (story.articles.length - 1)) / 2);
	});

	test('gives a story of more than twelve articles no pair pages', () => {
		const many = { ...story, articles: Array.from({ length: 13 }, () => story.articles[0]!) };
		expect(getStoryView('pair').pages(many)).toEqual([]);
	});

	test('names route parameters after the page files', () => {
		const article = getStoryView('article').pages(story)[0]!;
		expect(article).toEqual({ params: { article: 'ctv' }, url: `${base}articles/ctv/` });
		expect(getStoryView('pair').pages(story)[0]!.params).toEqual({ pair: 'ctv--cbc' });
		expect(getStoryView('passage').pages(story)[0]!.params.group).toMatch(/^g-/);
	});
});

describe('getStoryView', () => {
	test('files a pair page under the comparison section', () => {
		expect(getStoryView('pair').section).toBe('compare');
		expect(getStoryView('quotes').section).toBe('quotes');
	});
});

describe('storyNavLinks', () => {
	test('lists every section the seed story has, in order', () => {
		expect(storyNavLinks(story)).toEqual([
			{ id: 'overview', label: 'Overview', url: base },
			{ id: 'compare', label: 'Compare two', url: `${base}compare/` },
			{ id: 'quotes', label: 'Quotes', url: `${base}quotes/` },
			{ id: 'differences', label: 'Where they differ', url: `${base}differences/` },
			{ id: 'versions', label: 'Versions', url: `${base}versions/` },
		]);
	});

	test('leaves out quotes, differences and versions when the story has none', () => {
		expect(storyNavLinks(bare).map((l) => l.id)).toEqual(['overview', 'compare']);
	});
});

describe('storyPageUrls', () => {
	test('lists the overview first and every page once', () => {
		const urls = storyPageUrls(story);
		expect(urls[0]).toBe(base);
		expect(new Set(urls).size).toBe(urls.length);
		expect(urls).toContain(`${base}versions/`);
	});

	test('omits the pages of views a story does not have', () => {
		expect(storyPageUrls(bare)).not.toContain(`${base}quotes/`);
		expect(storyPageUrls(bare).length).toBe(storyPageUrls(story).length - 3);
	});
});
