import { describe, expect, test } from 'vitest';
import { markPassages } from '../../src/view/mark-passages.ts';

describe('markPassages', () => {
	test('cuts text at passage edges and says which passages cover each piece', () => {
		const passages = [
			{ id: 'p1', start: 2, end: 8 },
			{ id: 'p2', start: 5, end: 12 },
		];
		expect(markPassages(0, 12, passages, [{ id: 'q1', start: 0 }])).toEqual([
			{ start: 0, end: 2, passageIds: [], opens: [], closes: [], anchors: ['q1'] },
			{ start: 2, end: 5, passageIds: ['p1'], opens: ['p1'], closes: [], anchors: [] },
			{ start: 5, end: 8, passageIds: ['p2', 'p1'], opens: ['p2'], closes: ['p1'], anchors: [] },
			{ start: 8, end: 12, passageIds: ['p2'], opens: [], closes: ['p2'], anchors: [] },
		]);
	});

	test('returns the whole stretch when no passage touches it', () => {
		expect(markPassages(10, 20, [{ id: 'p', start: 0, end: 5 }])).toEqual([
			{ start: 10, end: 20, passageIds: [], opens: [], closes: [], anchors: [] },
		]);
	});
});
