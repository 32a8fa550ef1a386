import { describe, expect, test } from 'vitest';
import { findMutualBest, type RunMatch } from '../../src/align/mutual-best.ts';

describe('findMutualBest', () => {
	// Runs 0 and 1 are in article 0, runs 2 and 3 in article 1, run 4 in article 2.
	const articleOf = (run: number) => [0, 0, 1, 1, 2][run]!;
	const match = (u: number, v: number, score: number, kind: RunMatch['kind'] = 'reworded') => ({
		u,
		v,
		kind,
		score,
	});

	test('accepts a pair only when each side is the other’s best in its article', () => {
		const a = match(0, 2, 0.5);
		const b = match(0, 3, 0.6);
		const c = match(1, 3, 0.7);
		const isMutualBest = findMutualBest([a, b, c], articleOf);
		// Run 0's best in article 1 is run 3, but run 3 prefers run 1.
		expect([a, b, c].map(isMutualBest)).toEqual([false, false, true]);
	});

	test('judges each other article on its own', () => {
		const a = match(0, 2, 0.5);
		const b = match(0, 4, 0.3);
		const isMutualBest = findMutualBest([a, b], articleOf);
		expect([a, b].map(isMutualBest)).toEqual([true, true]);
	});

	test('ranks a stronger kind above a higher score, and keeps the first of equals', () => {
		const near = match(0, 2, 0.5, 'near-verbatim');
		const reworded = match(0, 3, 0.9);
		expect(findMutualBest([reworded, near], articleOf)(near)).toBe(true);
		const first = match(1, 2, 0.4);
		const second = match(1, 3, 0.4);
		const isMutualBest = findMutualBest([first, second], articleOf);
		expect([first, second].map(isMutualBest)).toEqual([true, false]);
	});
});
