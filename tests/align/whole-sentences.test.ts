import { describe, expect, test } from 'vitest';
import { allPairs } from '../../src/align/candidates.ts';
import type { Link } from '../../src/align/model.ts';
import { contentWeights, findMainNames, prepare } from '../../src/align/prepare.ts';
import { matchWholeSentences } from '../../src/align/whole-sentences.ts';
import { STOP_WORD_WEIGHT } from '../../src/text/lexicon.ts';
import type { Token } from '../../src/text/tokenize.ts';
import { article } from '../helpers/articles.ts';

/** The engine's inputs for a few hand-made articles, every pair of units a candidate. */
function setUp(...articles: ReturnType<typeof article>[]) {
	const prepared = prepare(articles);
	const units = prepared.flatMap((a) => a.units);
	const weight = contentWeights(units);
	const w = (t: Token) => (t.stop ? STOP_WORD_WEIGHT : (weight.get(t.stem) ?? 1));
	return { prepared, units, w, mainNames: findMainNames(prepared), candidates: allPairs(units) };
}

// One sentence cut into two clauses at the semicolon, each with content of its own.
const cut =
	'The council voted to close the harbour bridge for six weeks of repairs; engineers had found its steel deck badly rusted by salt spray.';
const whole =
	'Salt spray had badly rusted the steel deck, engineers found, and so the bridge over the harbour will shut for six weeks while repairs are made, after a council vote.';

describe('matchWholeSentences', () => {
	test('takes whole a sentence cut into clauses that another outlet rewords in one sentence', () => {
		const { prepared, units, w, mainNames, candidates } = setUp(
			article('a', cut),
			article('b', whole),
		);
		expect(prepared[0]!.units).toHaveLength(2);
		const found = matchWholeSentences(prepared, units, candidates, [], w, mainNames);
		const [first, second] = prepared[0]!.units;
		expect(found.fusions).toEqual([[first!.g, second!.g]]);
		expect(found.links).toHaveLength(1);
		expect(found.links[0]).toMatchObject({ x: first!.g, y: prepared[1]!.units[0]!.g });
		expect(found.links[0]!.kind).not.toBeNull();
	});

	test('keeps a sentence cut when another outlet copies one of its clauses', () => {
		const { prepared, units, w, mainNames, candidates } = setUp(
			article('a', cut),
			article('b', whole),
		);
		const copy: Link = {
			x: prepared[0]!.units[1]!.g,
			y: prepared[1]!.units[0]!.g,
			kind: 'near-verbatim',
			similarity: 0.8,
			rangeX: [0, 0],
			rangeY: [0, 0],
		};
		const found = matchWholeSentences(prepared, units, candidates, [copy], w, mainNames);
		expect(found).toEqual({ links: [], fusions: [] });
	});

	test('leaves sentences alone when one clause already holds what they share', () => {
		const { prepared, units, w, mainNames, candidates } = setUp(
			article('a', cut),
			article(
				'b',
				'The council voted to close the harbour bridge for six weeks of repairs starting in May.',
			),
		);
		expect(matchWholeSentences(prepared, units, candidates, [], w, mainNames)).toEqual({
			links: [],
			fusions: [],
		});
	});

	test('ignores pairs of sentences that are not cut', () => {
		const { prepared, units, w, mainNames, candidates } = setUp(
			article('a', 'Engineers found the steel deck of the harbour bridge badly rusted.'),
			article('b', 'The harbour bridge has a badly rusted steel deck, engineers found.'),
		);
		expect(matchWholeSentences(prepared, units, candidates, [], w, mainNames)).toEqual({
			links: [],
			fusions: [],
		});
	});
});
