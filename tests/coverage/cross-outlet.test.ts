import { describe, expect, test } from 'vitest';
import {
	crossOutletRows,
	isCrossOutlet,
	MIN_OUTLETS_SHARED,
} from '../../src/coverage/cross-outlet.ts';
import { buildStory } from '../../src/pipeline/build-story.ts';
import { readStoryFolder, SEED_DIR } from '../helpers/seeds.ts';

const story = buildStory(readStoryFolder(SEED_DIR));
const row = (outletCount: number) => ({ groupId: 'g-x', outletCount, cells: [] });

describe('MIN_OUTLETS_SHARED', () => {
	test('asks for another outlet besides one', () => {
		expect(MIN_OUTLETS_SHARED).toBe(2);
	});
});

describe('isCrossOutlet', () => {
	test('counts a group carried by two outlets, not one carried by two captures of one', () => {
		expect(isCrossOutlet(row(2))).toBe(true);
		expect(isCrossOutlet(row(1))).toBe(false);
	});
});

describe('crossOutletRows', () => {
	test('drops the seed story’s groups that only CTV’s two captures share', () => {
		const rows = crossOutletRows(story.coverage);
		expect(rows.length).toBeGreaterThan(0);
		expect(rows.length).toBeLessThan(story.coverage.groups.length);
		expect(rows.every((r) => new Set(r.cells.map((c) => c.outletId)).size >= 2)).toBe(true);
		const versionOnly = story.coverage.groups.filter((r) => !rows.includes(r));
		expect(versionOnly.every((r) => r.cells.every((c) => c.outletId === 'ctv'))).toBe(true);
	});
});
