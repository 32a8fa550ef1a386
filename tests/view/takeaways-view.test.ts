import { describe, expect, test } from 'vitest';
import { buildStory } from '../../src/pipeline/build-story.ts';
import type { Story } from '../../src/schemas/story.ts';
import {
	buildTakeaways,
	MAX_TAKEAWAYS,
	onlyHereAnchor,
	pairHref,
	percent,
} from '../../src/view/takeaways-view.ts';
import { readStoryFolder, SEED_DIR } from '../helpers/seeds.ts';

const story = buildStory(readStoryFolder(SEED_DIR));

describe('buildTakeaways', () => {
	const takeaways = buildTakeaways(story);

	test('gives the seed story three to five takeaways, each with a link', () => {
		expect(takeaways.length).toBeGreaterThanOrEqual(3);
		expect(takeaways.length).toBeLessThanOrEqual(MAX_TAKEAWAYS);
		for (const t of takeaways) {
			expect(t.text.length).toBeGreaterThan(10);
			expect(t.href).toMatch(/^(#|\/)/);
		}
	});

	test('names the outlet with most exclusive passages and counts them', () => {
		const exclusive = takeaways.find((t) => t.id === 'exclusive')!;
		const counts = story.coverage.latestArticleIds.map(
			(id) => story.coverage.exclusives.filter((e) => e.articleId === id).length,
		);
		expect(exclusive.text).toContain(`${Math.max(...counts)} passages no other outlet has`);
		expect(exclusive.href).toMatch(/^#only-/);
	});

	test('states the closest pair with its larger share and links to its comparison', () => {
		const closest = takeaways.find((t) => t.id === 'closest')!;
		const top = Math.max(...story.coverage.overlap.map((o) => o.share));
		expect(closest.text).toContain(percent(top));
		expect(closest.href).toContain('/compare/');
	});

	test('says no passage is in every outlet when none is, and counts those that are', () => {
		const none = {
			...story,
			coverage: {
				...story.coverage,
				groups: story.coverage.groups.map((g) => ({
					...g,
					outletCount: Math.min(g.outletCount, 2),
				})),
			},
		} as Story;
		expect(buildTakeaways(none)[0]!.text).toMatch(/^No passage appears in all 4 outlets/);
		const one = {
			...story,
			coverage: {
				...story.coverage,
				groups: story.coverage.groups.map((g, i) => (i === 0 ? { ...g, outletCount: 4 } : g)),
			},
		} as Story;
		const first = buildTakeaways(one)[0]!.text;
		const all = story.coverage.groups.filter((g) => g.outletCount === 4).length;
		expect(first).toMatch(new RegExp(`^${Math.max(1, all)} passages? appears? in all 4 outlets`));
	});

	test('leaves out the differences takeaway when outlets never disagree', () => {
		const calm = { ...story, differences: [] } as Story;
		expect(buildTakeaways(calm).map((t) => t.id)).not.toContain('differences');
	});

	test('gives a story of one outlet no takeaways', () => {
		const single = { ...story, outlets: story.outlets.slice(0, 1) } as Story;
		expect(buildTakeaways(single)).toEqual([]);
	});
});

describe('percent', () => {
	test('rounds a share to a whole percentage', () => {
		expect(percent(0.055)).toBe('6 %');
		expect(percent(0.401)).toBe('40 %');
		expect(percent(0)).toBe('0 %');
	});
});

describe('pairHref', () => {
	test('links a small story’s pair to its own page in manifest order, a large one to the comparison page', () => {
		const [a, b] = story.articles;
		expect(pairHref(story, b!.id, a!.id)).toBe(pairHref(story, a!.id, b!.id));
		expect(pairHref(story, a!.id, b!.id)).toContain(`${a!.id}--${b!.id}`);
		const large = { ...story, articles: Array.from({ length: 13 }, () => a!) } as Story;
		expect(pairHref(large, a!.id, b!.id)).toMatch(/\/compare\/$/);
	});
});

describe('onlyHereAnchor', () => {
	test('names the overview section of an article’s exclusive passages', () => {
		expect(onlyHereAnchor('cbc')).toBe('only-cbc');
	});
});
