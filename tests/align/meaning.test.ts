import { describe, expect, test } from 'vitest';
import {
	centreVectors,
	cosine,
	listUnitTexts,
	spanMeaning,
	unitMeanings,
} from '../../src/align/meaning.ts';
import { prepare } from '../../src/align/prepare.ts';
import { article } from '../helpers/articles.ts';

describe('listUnitTexts', () => {
	test('lists each passage unit once, clauses cut as the engine cuts them', () => {
		const texts = listUnitTexts([
			article(
				'b',
				'The ferry will stop running in March; the council will vote on a new timetable next week.',
			),
			article('a', 'The harbour bridge closes on Monday.', 'The harbour bridge closes on Monday.'),
		]);
		expect(texts).toEqual([
			'The harbour bridge closes on Monday.',
			'The ferry will stop running in March;',
			'the council will vote on a new timetable next week.',
		]);
	});
});

describe('cosine', () => {
	test('is 1 for parallel vectors, 0 for orthogonal ones and for a zero vector', () => {
		expect(cosine([1, 2, 3], [2, 4, 6])).toBeCloseTo(1);
		expect(cosine([1, 0], [0, 5])).toBe(0);
		expect(cosine([0, 0], [1, 1])).toBe(0);
		expect(cosine([1, 0], [-1, 0])).toBeCloseTo(-1);
	});
});

describe('centreVectors', () => {
	test('subtracts the mean, so a component every vector shares stops counting', () => {
		// Both sentences share the story's direction (the first component) and differ otherwise.
		const [a, b] = centreVectors([
			[10, 1, 0],
			[10, 0, 1],
		]);
		expect(cosine([10, 1, 0], [10, 0, 1])).toBeGreaterThan(0.98);
		expect([...a!]).toEqual([0, 0.5, -0.5]);
		expect(cosine(a!, b!)).toBeCloseTo(-1);
	});
});

describe('unitMeanings', () => {
	const articles = prepare([article('a', 'One sentence here.', 'Another sentence there.')]);
	const units = articles[0]!.units;
	const textOf = (u: (typeof units)[number]) => articles[0]!.text.slice(u.start, u.end);

	test('gives each unit its centred vector', () => {
		const vectors = new Map([
			['One sentence here.', [1, 0]],
			['Another sentence there.', [0, 1]],
		]);
		const meanings = unitMeanings(units, textOf, vectors)!;
		expect(meanings.map((v) => [...v])).toEqual([
			[0.5, -0.5],
			[-0.5, 0.5],
		]);
	});

	test('is off for the whole story when any unit lacks a usable vector, or none are given', () => {
		expect(unitMeanings(units, textOf, new Map([['One sentence here.', [1, 0]]]))).toBeUndefined();
		expect(unitMeanings(units, textOf, undefined)).toBeUndefined();
		expect(unitMeanings(units, textOf, new Map())).toBeUndefined();
		const ragged = new Map([
			['One sentence here.', [1, 0]],
			['Another sentence there.', [0, 1, 0]],
		]);
		expect(unitMeanings(units, textOf, ragged)).toBeUndefined();
		const broken = new Map([
			['One sentence here.', [1, Number.NaN]],
			['Another sentence there.', [0, 1]],
		]);
		expect(unitMeanings(units, textOf, broken)).toBeUndefined();
	});
});

describe('spanMeaning', () => {
	test('compares runs of units by their summed vectors', () => {
		const meanings = [
			Float64Array.from([1, 0, 0]),
			Float64Array.from([0, 1, 0]),
			Float64Array.from([1, 1, 0]),
			Float64Array.from([0, 0, 1]),
		];
		expect(spanMeaning(meanings, [0, 1], [2])).toBeCloseTo(1);
		expect(spanMeaning(meanings, [0], [3])).toBe(0);
	});
});
