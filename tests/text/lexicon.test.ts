import { describe, expect, it } from 'vitest';
import {
	ADDRESSEE_VERBS,
	ATTRIBUTION_VERBS,
	NAME_PARTICLES,
	ORGANISATION_HEADS,
	PLACE_HEADS,
	ROLE_SYNONYMS,
	SPEAKER_PRONOUNS,
	TITLES,
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

describe('ATTRIBUTION_VERBS', () => {
	it('holds reporting verbs in the forms news copy uses, lowercase', () => {
		for (const verb of ['said', 'says', 'told', 'added', 'saying'])
			expect(ATTRIBUTION_VERBS.has(verb)).toBe(true);
		expect(ATTRIBUTION_VERBS.has('walked')).toBe(false);
		for (const verb of ATTRIBUTION_VERBS) expect(verb).toBe(verb.toLowerCase());
	});
});

describe('ADDRESSEE_VERBS', () => {
	it('are attribution verbs whose object is the listener', () => {
		for (const verb of ADDRESSEE_VERBS) expect(ATTRIBUTION_VERBS.has(verb)).toBe(true);
		expect(ADDRESSEE_VERBS.has('said')).toBe(false);
	});
});

describe('TITLES', () => {
	it('holds titles and roles, lowercase and without a dot', () => {
		for (const title of ['mr', 'gov', 'inspector', 'president', 'spokesman'])
			expect(TITLES.has(title)).toBe(true);
		for (const title of TITLES) expect(title).toMatch(/^[a-z-]+$/);
	});
});

describe('ORGANISATION_HEADS, PLACE_HEADS and NAME_PARTICLES', () => {
	it('keep organisation nouns, place nouns and name particles apart', () => {
		expect(ORGANISATION_HEADS.has('police')).toBe(true);
		expect(PLACE_HEADS.has('island')).toBe(true);
		expect(NAME_PARTICLES.has('al')).toBe(true);
		for (const w of PLACE_HEADS) expect(ORGANISATION_HEADS.has(w)).toBe(false);
	});
});

describe('ROLE_SYNONYMS and SPEAKER_PRONOUNS', () => {
	it('group roles that name one role, and list the pronouns that stand for a speaker', () => {
		expect(ROLE_SYNONYMS.find((g) => g.includes('mp'))).toContain('representative');
		expect(new Set(ROLE_SYNONYMS.flat()).size).toBe(ROLE_SYNONYMS.flat().length);
		expect(SPEAKER_PRONOUNS.has('she')).toBe(true);
	});
});
