import { describe, expect, test } from 'vitest';
import {
	deniesSomething,
	isRelatedEvidence,
	selectRelated,
	type RunPlace,
} from '../../src/align/related.ts';
import { tokenize } from '../../src/text/tokenize.ts';
import {
	RELATED_MEANING_MIN_OVERLAP,
	RELATED_MIN_MEANING,
	RELATED_MIN_OVERLAP,
} from '../../src/align/thresholds.ts';

describe('isRelatedEvidence', () => {
	test('accepts a rewording’s overlap at the related threshold on words alone', () => {
		expect(isRelatedEvidence('reworded', RELATED_MIN_OVERLAP, undefined)).toBe(true);
		expect(isRelatedEvidence('reworded', RELATED_MIN_OVERLAP - 0.01, undefined)).toBe(false);
	});

	test('lets meaning make up for overlap down to its own floor', () => {
		const lower = RELATED_MEANING_MIN_OVERLAP;
		expect(isRelatedEvidence('reworded', lower, RELATED_MIN_MEANING)).toBe(true);
		expect(isRelatedEvidence('reworded', lower, RELATED_MIN_MEANING - 0.01)).toBe(false);
		expect(isRelatedEvidence('reworded', lower - 0.01, 1)).toBe(false);
	});

	test('accepts a copy, whose kind already rests on a stricter threshold', () => {
		expect(isRelatedEvidence('verbatim', 1, undefined)).toBe(true);
		expect(isRelatedEvidence('near-verbatim', 0.5, 0)).toBe(true);
	});
});

describe('selectRelated', () => {
	// Runs 0 and 1 are in article 0, runs 2 and 3 in article 1, run 4 in article 2.
	// Runs 0 and 2 share group 0; the others are in no group.
	const places: RunPlace[] = [
		{ article: 0, group: 0 },
		{ article: 0, group: undefined },
		{ article: 1, group: 0 },
		{ article: 1, group: undefined },
		{ article: 2, group: undefined },
	];
	const place = (run: number) => places[run] ?? null;
	const match = (u: number, v: number, score: number) => ({
		u,
		v,
		kind: 'reworded' as const,
		score,
	});

	test('never links two members of one group', () => {
		expect(selectRelated([match(0, 2, 0.9)], place)).toEqual([]);
	});

	test('keeps only each run’s best match in the other article, both ways', () => {
		const chosen = selectRelated([match(1, 2, 0.5), match(1, 3, 0.7), match(0, 3, 0.6)], place);
		expect(chosen).toEqual([match(1, 3, 0.7)]);
	});

	test('drops matches below the evidence threshold before choosing the best', () => {
		const chosen = selectRelated([match(1, 3, 0.9), match(1, 4, RELATED_MIN_OVERLAP - 0.1)], place);
		expect(chosen).toEqual([match(1, 3, 0.9)]);
		expect(selectRelated([match(1, 4, 0.3)], place)).toEqual([]);
		expect(selectRelated([match(1, 4, 0.3)], place, () => RELATED_MIN_MEANING)).toEqual([
			match(1, 4, 0.3),
		]);
	});

	test('skips runs that can take no link', () => {
		expect(selectRelated([match(1, 9, 0.9)], place)).toEqual([]);
	});

	test('does not link a rewording that denies to one that does not, but links two denials', () => {
		const denying = (run: number) => (run === 1 ? { ...places[1]!, denies: true } : place(run));
		expect(selectRelated([match(1, 3, 0.9)], denying)).toEqual([]);
		const both = (run: number) =>
			run === 1 || run === 3 ? { ...places[run]!, denies: true } : place(run);
		expect(selectRelated([match(1, 3, 0.9)], both)).toEqual([match(1, 3, 0.9)]);
		// A copy is linked whatever it says: its kind rests on the same words in the same order.
		expect(selectRelated([{ ...match(1, 3, 0.9), kind: 'near-verbatim' }], denying)).toHaveLength(
			1,
		);
	});
});

describe('deniesSomething', () => {
	test('finds a finite verb of denial', () => {
		expect(deniesSomething(tokenize('but denied that he advised them to delay the release'))).toBe(
			true,
		);
		expect(deniesSomething(tokenize('The ministry rejects the claims.'))).toBe(true);
	});

	test('passes over the participle and wordings without denial', () => {
		expect(deniesSomething(tokenize('Denying he was a gangster, he wandered the streets.'))).toBe(
			false,
		);
		expect(deniesSomething(tokenize('He advised them to delay the release.'))).toBe(false);
	});
});
