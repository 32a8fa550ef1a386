import { describe, expect, test } from 'vitest';
import {
	matchStatements,
	scoreDifferences,
	type GoldSlot,
} from '../../src/differences/score-differences.ts';
import type { Difference } from '../../src/schemas/differences.ts';
import { storyArticle } from '../helpers/story-article.ts';

const a = storyArticle('a', 'x', 'The quake killed 10 people.');
const b = storyArticle('b', 'y', 'Three people were killed, officials said.');
const slots: GoldSlot[] = [
	{
		slot: 'death toll',
		values: [
			{ file: 'a.txt', line: 1, text: '10 people', value: 10, qualifier: null, unit: 'people' },
			{ file: 'b.txt', line: 1, text: 'Three people', value: 3, qualifier: null, unit: 'people' },
		],
	},
	{ slot: 'magnitude', values: [] },
];

/** A difference setting a's "10 people" against b's words from `start` to `end`. */
function difference(start: number, end: number): Difference {
	const side = (articleId: string, s: number, e: number) => ({
		outletId: articleId,
		articleId,
		value: '',
		typed: null,
		start: s,
		end: e,
		alsoIn: [],
	});
	return {
		id: 'd',
		kind: 'count',
		topic: 'Killed',
		relation: 'different',
		groupId: null,
		sides: [side('a', 17, 26), side('b', start, end)],
		comparisons: [{ a: 0, b: 1, relation: 'different' }],
	};
}

describe('matchStatements', () => {
	test('finds the gold statements a span overlaps on its line', () => {
		expect(matchStatements(a, 17, 19, slots).map((h) => h.statement.text)).toEqual(['10 people']);
		expect(matchStatements(a, 0, 3, slots)).toEqual([]);
	});
});

describe('scoreDifferences', () => {
	test('counts a difference correct when its sides are conflicting statements of one slot', () => {
		expect(scoreDifferences([a, b], [difference(0, 12)], slots)).toMatchObject({
			predicted: 1,
			correct: 1,
			found: 1,
			precision: 1,
			recall: 0.5,
			misses: ['magnitude'],
		});
	});

	test('counts a difference that matches no slot as a false positive', () => {
		expect(scoreDifferences([a, b], [difference(25, 29)], slots)).toMatchObject({
			correct: 0,
			precision: 0,
			falsePositives: ['Killed'],
		});
	});
});
