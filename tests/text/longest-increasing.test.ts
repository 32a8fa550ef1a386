import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { longestIncreasing } from '../../src/text/longest-increasing.ts';

describe('longestIncreasing', () => {
	test('keeps the items that stay in order', () => {
		expect([...longestIncreasing([3, 1, 2, 5, 4])].sort()).toEqual([1, 2, 4]);
		expect([...longestIncreasing([])]).toEqual([]);
	});

	test('returns an increasing run no shorter than any other', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 30 }), (values) => {
				const kept = [...longestIncreasing(values)].sort((a, b) => a - b).map((i) => values[i]!);
				for (let k = 1; k < kept.length; k++) expect(kept[k]!).toBeGreaterThan(kept[k - 1]!);
				// Quadratic check of the optimum length.
				const best = values.map(() => 1);
				for (let i = 0; i < values.length; i++)
					for (let j = 0; j < i; j++)
						if (values[j]! < values[i]!) best[i] = Math.max(best[i]!, best[j]! + 1);
				expect(kept.length).toBe(Math.max(0, ...best));
			}),
			{ numRuns: 1000 },
		);
	});
});
