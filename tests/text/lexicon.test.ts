import { describe, expect, it } from 'vitest';
import { SPELLING_VARIANTS, STOP_WORD_WEIGHT, STOP_WORDS } from '../../src/text/lexicon.ts';

describe('STOP_WORDS', () => {
	it('holds function words, not content words', () => {
		expect(STOP_WORDS.has('the')).toBe(true);
		expect(STOP_WORDS.has('said')).toBe(true);
		expect(STOP_WORDS.has('bridge')).toBe(false);
	});
});

describe('SPELLING_VARIANTS', () => {
	it('maps British spellings to one form and leaves that form unmapped', () => {
		expect(SPELLING_VARIANTS.get('defence')).toBe('defense');
		expect(SPELLING_VARIANTS.has('defense')).toBe(false);
		for (const target of SPELLING_VARIANTS.values())
			expect(SPELLING_VARIANTS.has(target)).toBe(false);
	});
});

describe('STOP_WORD_WEIGHT', () => {
	it('weighs a function word well below a content word', () => {
		expect(STOP_WORD_WEIGHT).toBeGreaterThan(0);
		expect(STOP_WORD_WEIGHT).toBeLessThan(0.5);
	});
});
