import { describe, expect, test } from 'vitest';
import { countDistinctiveWords, kindOf, measurePair } from '../../src/align/classify.ts';
import { NEAR_VERBATIM_MIN_SEQUENCE, REWORDED_MIN_OVERLAP } from '../../src/align/thresholds.ts';
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
});

describe('countDistinctiveWords', () => {
	test('leaves out main names and news framing', () => {
		const shared = tokens('Dong reported last month allegations interference');
		expect(countDistinctiveWords(shared, new Set(['dong']))).toBe(2);
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
