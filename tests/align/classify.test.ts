import { describe, expect, test } from 'vitest';
import {
	attributionStems,
	countContentWords,
	countDistinctiveWords,
	countSentenceWords,
	kindOf,
	measurePair,
	minSharedWords,
} from '../../src/align/classify.ts';
import { prepare } from '../../src/align/prepare.ts';
import {
	MEANING_MIN_REWORDED,
	NEAR_VERBATIM_MIN_SEQUENCE,
	REWORDED_MIN_BLEND,
	REWORDED_MIN_OVERLAP,
	REWORDED_MIN_SHARED_WORDS,
	REWORDED_SHORT_MAX_WORDS,
	REWORDED_SHORT_MIN_SHARED_WORDS,
} from '../../src/align/thresholds.ts';
import { tokenize, type Token } from '../../src/text/tokenize.ts';
import { article } from '../helpers/articles.ts';

const w = (t: Token) => (t.stop ? 0.15 : 1);
const tokens = (text: string) => tokenize(text);

/** kindOf on positional figures, for wordings of `fewest` content words (long ones unless given). */
const kind = (
	same: boolean,
	sequence: number,
	containment: number,
	overlap: number,
	shared: number,
	other: number,
	meaning?: number,
	fewest = 12,
) => kindOf({ same, sequence, containment, overlap, shared, other, fewest, meaning });

describe('kindOf', () => {
	test('applies the published thresholds in order', () => {
		expect(kind(true, 1, 1, 1, 5, 5)).toBe('verbatim');
		expect(kind(false, NEAR_VERBATIM_MIN_SEQUENCE, 0.5, 0.8, 5, 5)).toBe('near-verbatim');
		expect(kind(false, 0.6, 0.95, 0.7, 5, 5)).toBe('near-verbatim');
		expect(kind(false, 0.3, 0.4, REWORDED_MIN_OVERLAP, 3, 2)).toBe('reworded');
	});

	test('refuses a paraphrase with too few shared or distinctive words', () => {
		expect(kind(false, 0.3, 0.4, 0.6, 2, 2)).toBeNull();
		expect(kind(false, 0.3, 0.4, 0.6, 4, 1)).toBeNull();
		expect(kind(false, 0.1, 0.1, REWORDED_MIN_OVERLAP - 0.01, 5, 5)).toBeNull();
	});

	describe('with the semantic check', () => {
		test('vetoes a word match whose meanings differ', () => {
			expect(kind(false, 0.3, 0.4, 0.5, 5, 4, MEANING_MIN_REWORDED)).toBe('reworded');
			expect(kind(false, 0.3, 0.4, 0.5, 5, 4, MEANING_MIN_REWORDED - 0.01)).toBeNull();
		});

		test('lets meaning make up for unshared words, blending overlap and meaning', () => {
			const overlap = REWORDED_MIN_OVERLAP - 0.05;
			const enough = 2 * REWORDED_MIN_BLEND - overlap;
			expect(kind(false, 0.1, 0.2, overlap, 3, 1, enough)).toBe('reworded');
			expect(kind(false, 0.1, 0.2, overlap, 3, 1, enough - 0.02)).toBeNull();
			// Main names count towards the overlap but a blend still needs one other shared word.
			expect(kind(false, 0.3, 0.4, 0.5, 4, 1, 0.9)).toBe('reworded');
			expect(kind(false, 0.3, 0.4, 0.5, 4, 0, 0.9)).toBeNull();
		});

		test('never accepts fewer than three shared words, however close the meanings', () => {
			expect(kind(false, 0.3, 0.4, 0.6, 2, 2, 1)).toBeNull();
		});

		test('accepts two shared words from a short wording, both distinctive and meaning the same', () => {
			const short = REWORDED_SHORT_MAX_WORDS;
			expect(kind(false, 0.3, 0.4, 0.3, 2, 2, MEANING_MIN_REWORDED, short)).toBe('reworded');
			expect(kind(false, 0.3, 0.4, 0.3, 2, 2, MEANING_MIN_REWORDED, short + 1)).toBeNull();
			expect(kind(false, 0.3, 0.4, 0.3, 2, 1, MEANING_MIN_REWORDED, short)).toBeNull();
			expect(kind(false, 0.3, 0.4, 0.3, 2, 2, MEANING_MIN_REWORDED - 0.01, short)).toBeNull();
			expect(kind(false, 0.3, 0.4, 0.3, 1, 1, 1, 1)).toBeNull();
		});

		test('leaves copies to the word rules', () => {
			expect(kind(true, 1, 1, 1, 5, 5, -1)).toBe('verbatim');
			expect(kind(false, NEAR_VERBATIM_MIN_SEQUENCE, 0.5, 0.8, 5, 5, -1)).toBe('near-verbatim');
		});
	});
});

describe('countDistinctiveWords', () => {
	test('counts a shared name of several words once', () => {
		const shared = tokens('Harbour County divers');
		shared[0]!.name = 0;
		shared[1]!.name = 0;
		expect(countDistinctiveWords(shared, new Set())).toBe(2);
	});

	test('leaves out main names and news framing', () => {
		const shared = tokens('Dong reported last month allegations interference');
		expect(countDistinctiveWords(shared, new Set(['dong']))).toBe(2);
	});

	test('leaves out words that only attribute a quotation', () => {
		const shared = tokens('head union rejected contract');
		const attributing = new Set(['head', 'union']);
		expect(countDistinctiveWords(shared, new Set(), attributing)).toBe(2);
	});
});

describe('attributionStems', () => {
	test('gathers the stems either wording marks as attribution', () => {
		const a = tokens('Olsen said');
		const b = tokens('union head');
		a[0]!.attribution = true;
		b[1]!.attribution = true;
		expect([...attributionStems(a, b)].sort()).toEqual(['head', 'olsen']);
	});
});

describe('measurePair', () => {
	test('calls a trimmed copy lightly edited', () => {
		const m = measurePair(
			tokens('He had been dropped off by helicopter and was walking to a hut when he fell.'),
			tokens(
				'He had been dropped off by helicopter with a group and was walking to a hut when he fell, sliding down a steep slope.',
			),
			w,
			new Set(),
		);
		expect(m.kind).toBe('near-verbatim');
		expect(m.containment).toBeGreaterThan(0.9);
	});

	test('does not match two sentences that share only the story’s names', () => {
		const m = measurePair(
			tokens('Kovrig and Spavor were released in September.'),
			tokens('Officials say Kovrig and Spavor met the consul in Toronto.'),
			w,
			new Set(['kovrig', 'spavor', 'toronto']),
		);
		expect(m.kind).toBeNull();
	});
});

describe('measurePair on short sentences', () => {
	const short = tokens('His body was recovered later in the day.');
	const long = tokens(
		'Rescuers recovered the body of the climber on Sunday after two failed attempts.',
	);

	test('matches a short sentence on two distinctive shared words', () => {
		const m = measurePair(short, long, w, new Set(), 0.5);
		expect(m.shared).toBe(2);
		expect(m.fewest).toBeLessThanOrEqual(REWORDED_SHORT_MAX_WORDS);
		expect(m.kind).toBe('reworded');
	});

	test('asks three of a clause whose sentence is long', () => {
		expect(
			measurePair(short, long, w, new Set(), 0.5, REWORDED_SHORT_MAX_WORDS + 1).kind,
		).toBeNull();
	});

	test('asks three without the semantic check', () => {
		expect(measurePair(short, long, w, new Set()).kind).toBeNull();
	});
});

describe('minSharedWords', () => {
	test('asks fewer shared words of a short sentence', () => {
		expect(minSharedWords(REWORDED_SHORT_MAX_WORDS, true)).toBe(REWORDED_SHORT_MIN_SHARED_WORDS);
		expect(minSharedWords(REWORDED_SHORT_MAX_WORDS + 1, true)).toBe(REWORDED_MIN_SHARED_WORDS);
	});

	test('asks the usual number without the semantic check', () => {
		expect(minSharedWords(1, false)).toBe(REWORDED_MIN_SHARED_WORDS);
	});
});

describe('countContentWords', () => {
	test('counts distinct content stems, not stop words or repeats', () => {
		expect(countContentWords(tokens('The fire spread and the fire burned for a day.'))).toBe(4);
	});
});

describe('countSentenceWords', () => {
	test('counts the words of the whole sentence a clause lies in', () => {
		const [data] = prepare([
			article(
				'a',
				'The storm closed the mountain pass for two whole days; her body was recovered by the rescue team later.',
			),
		]);
		const units = data!.units;
		expect(units).toHaveLength(2);
		const clause = units[1]!;
		expect(countContentWords(clause.tokens)).toBeLessThan(
			countSentenceWords(clause.tokens, [clause]),
		);
		expect(countSentenceWords(clause.tokens, [clause])).toBe(
			countContentWords(units.flatMap((u) => u.tokens)),
		);
	});

	test('counts a wording’s own words when it spans sentences', () => {
		const [data] = prepare([article('a', 'Snow fell. The pass closed for days.')]);
		const units = data!.units;
		const tokens = units.flatMap((u) => u.tokens);
		expect(units.map((u) => u.sentenceWords)).toEqual([2, 3]);
		expect(countSentenceWords(tokens, units)).toBe(5);
	});
});
