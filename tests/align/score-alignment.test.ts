import { describe, expect, test } from 'vitest';
import { alignArticles } from '../../src/align/align-articles.ts';
import { predictedPairs, scoreAlignment } from '../../src/align/score-alignment.ts';
import { article } from '../helpers/articles.ts';

const bridge =
	'Crews will replace the rusted steel deck of the harbour bridge during a six-week closure.';
const articles = [
	article('a', 'The council met on Tuesday to discuss the budget.', bridge),
	article('b', bridge, 'Fans queued overnight for final tickets.'),
];
const story = alignArticles(articles);

describe('predictedPairs', () => {
	test('lists the sentence pairs that share a passage', () => {
		expect([...predictedPairs(story)]).toEqual(['a:1|b:0']);
	});
});

describe('scoreAlignment', () => {
	test('scores precision and recall over sentence pairs', () => {
		expect(
			scoreAlignment(story, [
				['b:0', 'a:1'],
				['a:0', 'b:1'],
			]),
		).toEqual({
			predicted: 1,
			gold: 2,
			correct: 1,
			precision: 1,
			recall: 0.5,
			falsePositives: [],
			misses: [['a:0', 'b:1']],
		});
	});
});
