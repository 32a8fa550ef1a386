import { describe, expect, test } from 'vitest';
import {
	attributionStems,
	countDistinctiveWords,
	kindOf,
	measurePair,
} from '../../src/align/classify.ts';
import {
	MEANING_MIN_REWORDED,
	NEAR_VERBATIM_MIN_SEQUENCE,
	REWORDED_MIN_BLEND,
	REWORDED_MIN_OVERLAP,
} from '../../src/align/thresholds.ts';
import { tokenize, type Token } from '../../src/text/tokenize.ts';

const w = (t: Token) => (t.stop ? 0.15 : 1);
const tokens = (text: string) => tokenize(text);

describe('kindOf', () => {
	test('applies the published thresholds in order', () => {
		expect(kindOf(true, 1, 1, 1, 5, 5)).toBe('verbatim');
		expect(kindOf(false, NEAR_VERBATIM_MIN_SEQUENCE, 0.5, 0.8, 5, 5)).toBe('near-verbatim');
		expect(kindOf(false, 0.6, 0.95, 0.7, 5, 5)).toBe('near-verbatim');
		expect(kindOf(false, 0.3, 0.4, REWORDED_MIN_OVERLAP, 3, 2)).toBe('reworded');
	});

	test('refuses a paraphrase with too few shared or distinctive words', () => {
		expect(kindOf(false, 0.3, 0.4, 0.6, 2, 2)).toBeNull();
		expect(kindOf(false, 0.3, 0.4, 0.6, 4, 1)).toBeNull();
		expect(kindOf(false, 0.1, 0.1, REWORDED_MIN_OVERLAP - 0.01, 5, 5)).toBeNull();
	});

	describe('with the semantic check', () => {
		test('vetoes a word match whose meanings differ', () => {
			expect(kindOf(false, 0.3, 0.4, 0.5, 5, 4, MEANING_MIN_REWORDED)).toBe('reworded');
			expect(kindOf(false, 0.3, 0.4, 0.5, 5, 4, MEANING_MIN_REWORDED - 0.01)).toBeNull();
		});

		test('lets meaning make up for unshared words, blending overlap and meaning', () => {
			const overlap = REWORDED_MIN_OVERLAP - 0.05;
			const enough = 2 * REWORDED_MIN_BLEND - overlap;
			expect(kindOf(false, 0.1, 0.2, overlap, 3, 1, enough)).toBe('reworded');
			expect(kindOf(false, 0.1, 0.2, overlap, 3, 1, enough - 0.02)).toBeNull();
			// Main names count towards the overlap but a blend still needs one other shared word.
			expect(kindOf(false, 0.3, 0.4, 0.5, 4, 1, 0.9)).toBe('reworded');
			expect(kindOf(false, 0.3, 0.4, 0.5, 4, 0, 0.9)).toBeNull();
		});

		test('never accepts fewer than three shared words, however close the meanings', () => {
			expect(kindOf(false, 0.3, 0.4, 0.6, 2, 2, 1)).toBeNull();
		});

		test('leaves copies to the word rules', () => {
			expect(kindOf(true, 1, 1, 1, 5, 5, -1)).toBe('verbatim');
			expect(kindOf(false, NEAR_VERBATIM_MIN_SEQUENCE, 0.5, 0.8, 5, 5, -1)).toBe('near-verbatim');
		});
	});
});

describe('countDistinctiveWords', () => {
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
