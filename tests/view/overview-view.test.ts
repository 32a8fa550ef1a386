import { describe, expect, test } from 'vitest';
import { STORY_TABLES } from '../../src/export/story-tables.ts';
import { buildStory } from '../../src/pipeline/build-story.ts';
import {
	overlapShare,
	shadeClass,
	storyFacts,
	TABLE_NOTE,
	timelineArticles,
} from '../../src/view/overview-view.ts';
import { readStoryFolder, SEED_DIR } from '../helpers/seeds.ts';

const story = buildStory(readStoryFolder(SEED_DIR));

describe('storyFacts', () => {
	test('counts the seed story’s articles, outlets and cross-outlet passages', () => {
		const facts = storyFacts(story);
		expect(facts.articles).toBe(5);
		expect(facts.outlets).toBe(4);
		expect(facts.shared).toBeGreaterThan(0);
		expect(facts.shared).toBeLessThan(story.groups.length);
		expect(facts.everyOutlet).toBeLessThanOrEqual(facts.shared);
	});
});

describe('TABLE_NOTE', () => {
	test('describes every downloadable table', () => {
		expect(Object.keys(TABLE_NOTE).sort()).toEqual([...STORY_TABLES].sort());
	});
});

describe('timelineArticles', () => {
	test('orders dated articles by date and puts undated ones last, in manifest order', () => {
		const dated = timelineArticles(story).map((a) => a.published ?? '9999');
		expect(dated).toEqual([...dated].sort());
		const undated = { ...story.articles[0]!, id: 'x', published: null };
		const withUndated = { ...story, articles: [undated, ...story.articles] };
		const undatedIds = withUndated.articles.filter((a) => !a.published).map((a) => a.id);
		expect(undatedIds[0]).toBe('x');
		expect(
			timelineArticles(withUndated)
				.slice(-undatedIds.length)
				.map((a) => a.id),
		).toEqual(undatedIds);
	});
});

describe('overlapShare', () => {
	test('reads a measured share and gives 0 for an unmeasured pair', () => {
		const cell = story.coverage.overlap[0]!;
		expect(overlapShare(story, cell.a, cell.b)).toBe(cell.share);
		expect(overlapShare(story, 'nobody', cell.b)).toBe(0);
	});
});

describe('shadeClass', () => {
	test('steps by tenths and stops at half', () => {
		expect(shadeClass(0)).toBe('shade-0');
		expect(shadeClass(0.26)).toBe('shade-3');
		expect(shadeClass(0.9)).toBe('shade-5');
	});
});
