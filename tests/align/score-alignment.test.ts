import { describe, expect, test } from 'vitest';
import { alignArticles } from '../../src/align/align-articles.ts';
import {
	predictedPairKinds,
	predictedPairs,
	scoreAlignment,
	scoreLabelledPairs,
} from '../../src/align/score-alignment.ts';
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

describe('scoreLabelledPairs', () => {
	test('counts recall per kind and aligned negatives as false positives', () => {
		const predicted = new Set(['a:1|b:0', 'a:0|b:1']);
		const score = scoreLabelledPairs(predicted, [
			{ a: ['a:1'], b: ['b:0'], kind: 'verbatim' },
			{ a: ['a:2'], b: ['b:2'], kind: 'reworded' },
			{ a: ['b:1'], b: ['a:0'], kind: 'negative' },
		]);
		expect(score.byKind.verbatim).toEqual({ labelled: 1, aligned: 1, rate: 1 });
		expect(score.byKind.reworded).toEqual({ labelled: 1, aligned: 0, rate: 0 });
		expect(score.precision).toBe(0.5);
		expect(score.recall).toBe(0.5);
		expect(score.falsePositives).toHaveLength(1);
	});
});

describe('predictedPairKinds', () => {
	test('gives each predicted sentence pair the kind of its passage pair', () => {
		expect([...predictedPairKinds(story)]).toEqual([['a:1|b:0', 'verbatim']]);
	});

	test('adds the pairs of related links that no group makes', () => {
		const restated =
			'The harbour bridge will shut for six weeks while crews replace its rusted steel deck.';
		const withRelated = alignArticles([
			article('a', bridge, 'The council met on Tuesday to discuss the budget.', restated),
			article('b', 'Fans queued overnight for final tickets.', bridge),
		]);
		expect([...predictedPairKinds(withRelated)]).toEqual([
			['a:0|b:1', 'verbatim'],
			['a:2|b:1', 'reworded'],
		]);
		expect(predictedPairs(withRelated)).toEqual(new Set(['a:0|b:1', 'a:2|b:1']));
	});
});
