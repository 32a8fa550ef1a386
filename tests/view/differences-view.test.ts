import { describe, expect, test } from 'vitest';
import { buildStory } from '../../src/pipeline/build-story.ts';
import type { Difference } from '../../src/schemas/differences.ts';
import {
	summarizeValues,
	viewDifference,
	viewDifferences,
} from '../../src/view/differences-view.ts';
import { readStoryFolder, SEED_DIR } from '../helpers/seeds.ts';

const story = buildStory(readStoryFolder(SEED_DIR));

/** A difference whose sides carry only the values summarizeValues reads. */
function differenceOf(
	relation: Difference['relation'],
	...values: [string, string | null][]
): Difference {
	return {
		id: 'd-x',
		kind: 'count',
		topic: 'Killed',
		relation,
		groupId: null,
		comparisons: [],
		sides: values.map(([value, qualifier]) => ({
			outletId: 'o',
			articleId: 'a',
			value,
			start: 0,
			end: 1,
			alsoIn: [],
			typed: {
				start: 0,
				end: 1,
				kind: 'count',
				value: 0,
				low: null,
				high: null,
				qualifier: qualifier as 'at least' | null,
				unit: null,
				noun: null,
				conversion: false,
			},
		})),
	};
}

describe('summarizeValues', () => {
	test('puts a bound before the value that fits it', () => {
		expect(
			summarizeValues(differenceOf('compatible', ['11', null], ['at least 5', 'at least'])),
		).toBe('at least 5 → 11');
	});

	test('lists conflicting values once each, in reading order', () => {
		expect(
			summarizeValues(differenceOf('different', ['3', null], ['10', null], ['10', null])),
		).toBe('3 · 10');
	});
});

describe('viewDifference', () => {
	test('quotes each side in its sentence with its paragraph and capture day', () => {
		const year = story.differences.find((d) => d.kind === 'date' && d.relation === 'different')!;
		const view = viewDifference(story, year);
		expect(view.sides.map((s) => [s.label, s.words, s.captured])).toEqual([
			['BBC News', '2019', expect.stringMatching(/^2023-03-2\d$/)],
			['CTV News (later capture)', '2018', null],
		]);
		expect(view.sides[1]!.before).toMatch(/first elected in $/);
		expect(view.sides[0]!.paragraph).toBeGreaterThan(0);
	});
});

describe('viewDifferences', () => {
	test('puts conflicts first and leaves out empty sections', () => {
		const sections = viewDifferences(story);
		expect(sections[0]!.relation).toBe('different');
		expect(sections.every((s) => s.differences.length > 0)).toBe(true);
		expect(sections.flatMap((s) => s.differences)).toHaveLength(story.differences.length);
	});
});
