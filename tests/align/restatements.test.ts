import { describe, expect, test } from 'vitest';
import { findRestatements, type RestatingRun } from '../../src/align/restatements.ts';
import {
	RESTATEMENT_LEDE_SENTENCES,
	RESTATEMENT_MIN_OTHER_WORDINGS,
} from '../../src/align/thresholds.ts';

describe('findRestatements', () => {
	// Run 0 opens article 0; run 1 is article 0's wording in the group, runs 2 to 4 the other
	// articles' wordings of the same fact.
	const group = [
		{ root: 1, article: 0 },
		{ root: 2, article: 1 },
		{ root: 3, article: 2 },
		{ root: 4, article: 3 },
	];
	const opening: RestatingRun = { root: 0, article: 0, sentence: 0 };
	const always = { agrees: () => true, restates: () => true };

	test('links an opening that restates its own grouped wording to every other member', () => {
		expect(findRestatements([opening], [group], always, 8)).toEqual([
			{ run: 0, member: 2, restates: 1 },
			{ run: 0, member: 3, restates: 1 },
			{ run: 0, member: 4, restates: 1 },
		]);
	});

	test('leaves out a wording past the opening', () => {
		const later = { ...opening, sentence: RESTATEMENT_LEDE_SENTENCES };
		expect(findRestatements([later], [group], always, 8)).toEqual([]);
		const second = { ...opening, sentence: RESTATEMENT_LEDE_SENTENCES - 1 };
		expect(findRestatements([second], [group], always, 8)).toHaveLength(3);
	});

	test('needs its own article to be in the group, with enough other outlets', () => {
		const without = group.filter((m) => m.article !== 0);
		expect(findRestatements([opening], [without], always, 8)).toEqual([]);
		const small = group.slice(0, RESTATEMENT_MIN_OTHER_WORDINGS);
		expect(findRestatements([opening], [small], always, 8)).toEqual([]);
	});

	test('needs every other member to agree and its own wording to mean the same', () => {
		const oneDisagrees = { ...always, agrees: (_: number, member: number) => member !== 3 };
		expect(findRestatements([opening], [group], oneDisagrees, 8)).toEqual([]);
		const ownDiffers = { ...always, restates: () => false };
		expect(findRestatements([opening], [group], ownDiffers, 8)).toEqual([]);
	});

	test('checks and links only a sample of a large group', () => {
		const large = [...group, { root: 5, article: 4 }, { root: 6, article: 5 }];
		const checked: number[] = [];
		const agrees = (_: number, member: number) => {
			checked.push(member);
			return true;
		};
		const found = findRestatements([opening], [large], { ...always, agrees }, 3);
		expect(checked).toEqual([2, 3, 4]);
		expect(found.map((r) => r.member)).toEqual([2, 3, 4]);
	});
});
