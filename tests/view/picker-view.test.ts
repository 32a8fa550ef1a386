import { describe, expect, test } from 'vitest';
import { buildStory } from '../../src/pipeline/build-story.ts';
import type { Story } from '../../src/schemas/story.ts';
import { buildOutletPicker } from '../../src/view/picker-view.ts';
import { readStoryFolder, SEED_DIR } from '../helpers/seeds.ts';

const story = buildStory(readStoryFolder(SEED_DIR));

describe('buildOutletPicker', () => {
	test('links each outlet’s latest article and every pair of them', () => {
		const picker = buildOutletPicker(story);
		const n = story.coverage.latestArticleIds.length;
		expect(picker.articles).toHaveLength(n);
		expect(picker.pairs).toHaveLength((n * (n - 1)) / 2);
		expect(picker.articles.map((a) => a.label)).toContain('CTV News (later capture)');
		expect(new Set(picker.pairs.map((p) => p.href)).size).toBe(picker.pairs.length);
		expect(picker.allPairs).toMatch(/\/compare\/$/);
	});

	test('lists no outlets or pairs for a story of more outlets than columns', () => {
		const ids = Array.from({ length: 13 }, (_, i) => story.coverage.latestArticleIds[i % 4]!);
		const many = { ...story, coverage: { ...story.coverage, latestArticleIds: ids } } as Story;
		const picker = buildOutletPicker(many);
		expect(picker.articles).toEqual([]);
		expect(picker.pairs).toEqual([]);
	});
});
