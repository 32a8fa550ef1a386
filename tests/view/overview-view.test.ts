import { describe, expect, test } from 'vitest';
import { STORY_TABLES } from '../../src/export/story-tables.ts';
import { buildStory } from '../../src/pipeline/build-story.ts';
import {
	buildShareGrid,
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

describe('buildShareGrid', () => {
	test('has a row and a column per latest article, with the diagonal empty', () => {
		const grid = buildShareGrid(story);
		const n = story.coverage.latestArticleIds.length;
		expect(grid.outlets).toHaveLength(n);
		expect(grid.rows).toHaveLength(n);
		grid.rows.forEach((row, i) => {
			expect(row).toHaveLength(n);
			expect(row[i]!.href).toBeNull();
			expect(row[i]!.share).toBeNull();
		});
	});

	test('prints each off-diagonal share, links it and describes it in words', () => {
		const grid = buildShareGrid(story);
		const cell = grid.rows[0]![1]!;
		const [a, b] = grid.outlets;
		expect(cell.share).toBe(overlapShare(story, a!.id, b!.id));
		expect(cell.label).toBe(`${Math.round(cell.share! * 100)} %`);
		expect(cell.href).toContain('/compare/');
		expect(cell.description).toContain(`of ${a!.name}’s words are also in ${b!.name}`);
	});

	test('is empty when the story has no overlap figures', () => {
		const none = { ...story, coverage: { ...story.coverage, overlap: [] } };
		expect(buildShareGrid(none).outlets).toEqual([]);
	});
});
