import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { countChangedWords, diffWordsOf } from '../../src/text/word-diff.ts';

const sideA = (parts: ReturnType<typeof diffWordsOf>) =>
	parts.map((p) => (p.op === 'insert' ? '' : p.a)).join('');
const sideB = (parts: ReturnType<typeof diffWordsOf>) =>
	parts.map((p) => (p.op === 'delete' ? '' : p.b)).join('');

describe('diffWordsOf', () => {
	test('marks deleted and inserted words, keeping each side’s own text', () => {
		expect(diffWordsOf('He said “no.”', 'he said "yes."')).toEqual([
			{ op: 'equal', a: 'He said “', b: 'he said "' },
			{ op: 'delete', a: 'no.”' },
			{ op: 'insert', b: 'yes."' },
		]);
	});

	test('treats quote style, dashes and spelling variants as equal', () => {
		expect(diffWordsOf('benefitting -- “it”', 'benefiting — "it"')).toEqual([
			{ op: 'equal', a: 'benefitting -- “it”', b: 'benefiting — "it"' },
		]);
	});

	test('handles empty and punctuation-only wordings', () => {
		expect(diffWordsOf('', '')).toEqual([]);
		expect(diffWordsOf('...', 'x')).toEqual([
			{ op: 'insert', b: 'x' },
			{ op: 'delete', a: '...' },
		]);
	});

	test('rebuilds both wordings exactly from the parts', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 80 }), (a, b) => {
				const parts = diffWordsOf(a, b);
				expect(sideA(parts)).toBe(a);
				expect(sideB(parts)).toBe(b);
			}),
			{ numRuns: 2000 },
		);
	});
});

describe('countChangedWords', () => {
	test('counts deleted plus inserted words', () => {
		expect(
			countChangedWords(diffWordsOf('the rusted steel deck', 'the corroded steel deck today')),
		).toBe(3);
	});
});
