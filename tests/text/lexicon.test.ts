import { describe, expect, it } from 'vitest';
import {
	ABBREVIATIONS_MAYBE_FINAL,
	ABBREVIATIONS_NEVER_FINAL,
	DATELINE_WORDS,
	MONTH_NAMES,
	PROMO_OPENINGS,
	SPELLING_VARIANTS,
	STOP_WORD_WEIGHT,
	STOP_WORDS,
} from '../../src/text/lexicon.ts';

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

describe('MONTH_NAMES', () => {
	it('lists the twelve months in order', () => {
		expect(MONTH_NAMES).toHaveLength(12);
		expect(MONTH_NAMES[0]).toBe('january');
		expect(MONTH_NAMES[11]).toBe('december');
	});
});

describe('DATELINE_WORDS', () => {
	it('holds dateline and weekday words, not content words', () => {
		for (const word of ['posted', 'updated', 'monday', 'on'])
			expect(DATELINE_WORDS.has(word)).toBe(true);
		expect(DATELINE_WORDS.has('earthquake')).toBe(false);
	});
});

describe('ABBREVIATIONS_NEVER_FINAL', () => {
	it('shares no word with the abbreviations that may end a sentence', () => {
		for (const word of ABBREVIATIONS_NEVER_FINAL)
			expect(ABBREVIATIONS_MAYBE_FINAL.has(word)).toBe(false);
	});
});

describe('PROMO_OPENINGS', () => {
	it('holds openings of links to other stories, each a short phrase', () => {
		expect(PROMO_OPENINGS).toContain('read more');
		for (const opening of PROMO_OPENINGS) expect(opening.split(' ').length).toBeLessThanOrEqual(5);
	});
});
