import { describe, expect, test } from 'vitest';
import { buildStory } from '../../src/pipeline/build-story.ts';
import {
	articleLabel,
	articlePairs,
	excerpt,
	getArticle,
	groupLabel,
	openingSentence,
	orderedPair,
	outletColor,
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
