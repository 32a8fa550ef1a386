import { describe, expect, test } from 'vitest';
import { whyNotHeadline } from '../../src/ingest/judge-headline.ts';

describe('whyNotHeadline', () => {
	test.each([
		['Last Updated: Monday, 28 November 2005, 02:24 GMT', 'date'],
		['Monday, 28 November', 'date'],
		['14:25 GMT', 'time'],
		['7:00 p.m.', 'time'],
		['By Jane Roe', 'byline'],
		['Jane Roe, Staff Writer', 'byline'],
		['UNITED STATES', 'place'],
		['Troy, Mich.', 'place'],
		["Editor's note: This article was updated to correct a date.", 'note'],
		['Correction: An earlier version misspelled a name.', 'note'],
	])('rejects "%s" as a %s line', (line, reason) => {
		expect(whyNotHeadline(line)).toBe(reason);
	});

	test.each([
		'Ten dead in southern Iran quake',
		'5.9 Earthquake Jolts Iran',
		"Sudan 'bombs refugees' in South Sudan's Unity state",
		'Jury Convicts Spiro Man In Shooting Death Of Pregnant Girlfriend',
		'Breaking News: Sudan Bombs Yida Refugee Camp in South Sudan',
	])('accepts the headline "%s"', (line) => {
		expect(whyNotHeadline(line)).toBeNull();
	});
});
