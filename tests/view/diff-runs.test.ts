import { describe, expect, test } from 'vitest';
import type { DiffPart } from '../../src/schemas/word-diff.ts';
import { diffMarkLabel, diffRuns } from '../../src/view/diff-runs.ts';

const parts: DiffPart[] = [
	{ op: 'equal', a: 'He said ', b: 'He said ' },
	{ op: 'delete', a: 'on Monday ' },
	{ op: 'insert', b: 'late ' },
	{ op: 'equal', a: 'that', b: 'that' },
];

describe('diffRuns', () => {
	test('shows A’s wording with its own words marked deleted', () => {
		expect(diffRuns(parts, 'a')).toEqual([
			{ text: 'He said ', mark: null },
			{ text: 'on Monday ', mark: 'del' },
			{ text: 'that', mark: null },
		]);
	});

	test('shows B’s wording with its own words marked inserted', () => {
		expect(
			diffRuns(parts, 'b')
				.map((r) => r.text)
				.join(''),
		).toBe('He said late that');
		expect(diffRuns(parts, 'b').filter((r) => r.mark)).toEqual([{ text: 'late ', mark: 'ins' }]);
	});

	test('shows both edits as tracked changes', () => {
		expect(diffRuns(parts, 'both').map((r) => r.mark)).toEqual([null, 'del', 'ins', null]);
	});
});

describe('diffMarkLabel', () => {
	test('names the other wording for one side and the edit for both', () => {
		expect(diffMarkLabel('del', 'a', 'CBC News')).toBe('not in CBC News');
		expect(diffMarkLabel('del', 'both', 'CBC News')).toBe('deleted');
		expect(diffMarkLabel('ins', 'both', 'CBC News')).toBe('added');
	});
});
