import { describe, expect, test } from 'vitest';
import { crossOutletRows } from '../../src/coverage/cross-outlet.ts';
import { buildStory } from '../../src/pipeline/build-story.ts';
import { buildCoverageMap } from '../../src/view/coverage-map-view.ts';
import { readStoryFolder, SEED_DIR } from '../helpers/seeds.ts';

const story = buildStory(readStoryFolder(SEED_DIR));

describe('buildCoverageMap', () => {
	test('gives the seed story a column per outlet and a row per cross-outlet passage', () => {
		const map = buildCoverageMap(story);
		expect(map.compact).toBe(false);
		expect(map.columns.map((c) => c.name)).toEqual(story.outlets.map((o) => o.name));
		expect(map.rows.map((r) => r.groupId)).toEqual(
			crossOutletRows(story.coverage).map((r) => r.groupId),
		);
		expect(map.versionOnly).toBe(story.coverage.groups.length - map.rows.length);
		for (const row of map.rows) {
			expect(row.cells.filter((c) => c !== null)).toHaveLength(row.outletCount);
			expect(row.label.length).toBeLessThanOrEqual(111);
		}
	});

	test('names CTV’s earlier capture where the later one stands for the outlet', () => {
		const cells = buildCoverageMap(story).rows.flatMap((r) => r.cells);
		expect(cells.some((c) => c?.alsoIn === 'CTV News (first capture)')).toBe(true);
	});

	test('counts kinds instead of outlet columns for a story of many outlets', () => {
		const extra = Array.from({ length: 13 - story.outlets.length }, (_, i) => ({
			...story.outlets[0]!,
			id: `extra-${i}`,
		}));
		const map = buildCoverageMap({ ...story, outlets: [...story.outlets, ...extra] });
		expect(map.compact).toBe(true);
		expect(map.columns).toEqual([]);
		for (const row of map.rows) {
			expect(row.cells).toEqual([]);
			expect(row.kindCounts.reduce((n, k) => n + k.count, 0)).toBe(row.outletCount);
		}
	});
});
