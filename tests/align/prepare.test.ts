import { describe, expect, test } from 'vitest';
import { contentWeights, findMainNames, prepare } from '../../src/align/prepare.ts';
import { article } from '../helpers/articles.ts';

const articles = [
	article('a', 'Officials said the mayor met Ruiz in Harbourton. The bridge closes in May.'),
	article('b', 'The mayor met engineer Ruiz on Monday. Harbourton residents were told.'),
	article('c', 'A closure was announced by Ruiz and the council.'),
];

describe('prepare', () => {
	test('cuts each article into units in id order, each knowing its sentence', () => {
		const prepared = prepare([...articles].reverse());
		expect(prepared.map((a) => a.id)).toEqual(['a', 'b', 'c']);
		expect(prepared[0]!.units.map((u) => u.sentence)).toEqual([0, 1]);
	});
});

describe('contentWeights', () => {
	test('weighs a word in fewer units more', () => {
		const weights = contentWeights(prepare(articles).flatMap((a) => a.units));
		expect(weights.get('ruiz')!).toBeLessThan(weights.get('bridg') ?? weights.get('bridge')!);
	});
});

describe('findMainNames', () => {
	test('finds names written capitalised inside sentences in most articles', () => {
		const names = findMainNames(prepare(articles));
		expect(names.has('ruiz')).toBe(true);
		// Harbourton opens its sentence in one of its two articles, so it counts in one only.
		expect(names.has('harbourton')).toBe(false);
		expect(names.has('mayor')).toBe(false);
	});
});
