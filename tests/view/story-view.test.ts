import { describe, expect, test } from 'vitest';
import { buildStory } from '../../src/pipeline/build-story.ts';
import {
	articleLabel,
	articlePairs,
	excerpt,
	findSpan,
	getArticle,
	getGroup,
	groupLabel,
	openingSentence,
	orderedPair,
	outletColor,
	paragraphNumber,
	relatedLinkHref,
} from '../../src/view/story-view.ts';
import { readStoryFolder, SEED_DIR } from '../helpers/seeds.ts';

const story = buildStory(readStoryFolder(SEED_DIR));

describe('articleLabel', () => {
	test('names captures of one article apart', () => {
		expect(['ctv', 'ctv-web', 'bbc'].map((id) => articleLabel(story, id))).toEqual([
			'CTV News (first capture)',
			'CTV News (later capture)',
			'BBC News',
		]);
	});
});

describe('articlePairs', () => {
	test('lists every unordered pair once', () => {
		expect(articlePairs(story)).toHaveLength(10);
	});
});

describe('orderedPair', () => {
	test('orders two article ids as the manifest does', () => {
		expect(orderedPair(story, 'global', 'cbc')).toEqual(['cbc', 'global']);
	});
});

describe('relatedLinkHref', () => {
	test('leads to the link’s row on the comparison of the two articles, in manifest order', () => {
		const other = { articleId: 'cbc', start: 0 };
		expect(relatedLinkHref(story, 'r-x', 'global', other)).toBe(
			'/stories/han-dong-leaves-liberal-caucus/compare/cbc--global/#r-x',
		);
	});

	test('leads to the other wording’s paragraph in stories too large for pair pages', () => {
		const many = { ...story, articles: [...story.articles, ...Array(8).fill(story.articles[0])] };
		const cbc = getArticle(story, 'cbc');
		const second = cbc.paragraphs[1]!;
		expect(relatedLinkHref(many, 'r-x', 'global', { articleId: 'cbc', start: second.start })).toBe(
			'/stories/han-dong-leaves-liberal-caucus/articles/cbc/#para-2',
		);
	});
});

describe('outletColor', () => {
	test('numbers outlets by their place in the manifest', () => {
		expect(outletColor(story, 'bbc')).toBe(3);
	});
});

describe('openingSentence', () => {
	test('returns the first sentence of the clean text', () => {
		expect(openingSentence(getArticle(story, 'bbc'))).toMatch(/^A Canadian member of parliament/);
	});
});

describe('excerpt', () => {
	test('cuts at a word boundary and adds an ellipsis', () => {
		expect(excerpt('one two three four five six', 14)).toBe('one two three…');
		expect(excerpt('short', 14)).toBe('short');
	});
});

describe('groupLabel', () => {
	test('prefers the shortest wording of five words or more', () => {
		const group = story.groups.find((g) => g.evidence.sharedWords.includes('Speaker'))!;
		expect(groupLabel(story, group)).toMatch(
			/Mr\. Speaker, I am in your hands as to what happens next\./,
		);
	});
});

describe('findSpan', () => {
	const spans = [
		{ start: 0, end: 10 },
		{ start: 11, end: 20 },
	];

	test('finds the span holding one character', () => {
		expect(findSpan(spans, 0)).toBe(spans[0]);
		expect(findSpan(spans, 9)).toBe(spans[0]);
		expect(findSpan(spans, 10)).toBeUndefined();
		expect(findSpan(spans, 11)).toBe(spans[1]);
	});

	test('finds the span holding a whole range, and none for a range across two', () => {
		expect(findSpan(spans, 12, 20)).toBe(spans[1]);
		expect(findSpan(spans, 5, 15)).toBeUndefined();
	});
});

describe('paragraphNumber', () => {
	test('numbers the paragraphs of a seed article from 1', () => {
		const bbc = getArticle(story, 'bbc');
		expect(paragraphNumber(bbc, 0)).toBe(1);
		expect(paragraphNumber(bbc, bbc.paragraphs[3]!.start)).toBe(4);
		expect(paragraphNumber(bbc, bbc.paragraphs[3]!.end - 1)).toBe(4);
	});

	test('gives 0 for an offset between or after the paragraphs', () => {
		const bbc = getArticle(story, 'bbc');
		expect(paragraphNumber(bbc, bbc.paragraphs[0]!.end)).toBe(0);
		expect(paragraphNumber(bbc, bbc.text.length + 5)).toBe(0);
	});
});

describe('getGroup', () => {
	test('finds a group by id and names the story when it is missing', () => {
		const first = story.groups[0]!;
		expect(getGroup(story, first.id)).toBe(first);
		expect(() => getGroup(story, 'g-none')).toThrow(/no passage group "g-none"/);
	});
});
