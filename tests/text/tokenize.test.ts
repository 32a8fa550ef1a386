import { describe, expect, test } from 'vitest';
import { normalizeWord, stemWord, tokenize } from '../../src/text/tokenize.ts';

describe('tokenize', () => {
	test('returns words with offsets, canonical forms and stems', () => {
		expect(tokenize('Dong’s 1,000-day wait')).toEqual([
			{ start: 0, end: 6, norm: "dong's", stop: false, stem: 'dong' },
			{ start: 7, end: 12, norm: '1,000', stop: false, stem: '1,000' },
			{ start: 13, end: 16, norm: 'day', stop: false, stem: 'day' },
			{ start: 17, end: 21, norm: 'wait', stop: false, stem: 'wait' },
		]);
	});

	test('tokenizes a slice with offsets into the whole text', () => {
		expect(tokenize('ab cd ef', 3, 8).map((t) => [t.start, t.end, t.norm])).toEqual([
			[3, 5, 'cd'],
			[6, 8, 'ef'],
		]);
	});

	test('marks function words and reporting verbs as stop words', () => {
		expect(tokenize('He said the bridge closed').map((t) => t.stop)).toEqual([
			true,
			true,
			true,
			false,
			false,
		]);
	});

	test('reads an abbreviated month before a full stop or a day as the month', () => {
		expect(tokenize('sentenced Nov. 8 and Sept 30').map((t) => t.norm)).toEqual([
			'sentenced',
			'november',
			'8',
			'and',
			'september',
			'30',
		]);
	});

	test('keeps a word spelt like an abbreviated month when no date follows', () => {
		expect(tokenize('Jan said it would mar the day').map((t) => t.norm)).toEqual([
			'jan',
			'said',
			'it',
			'would',
			'mar',
			'the',
			'day',
		]);
	});

	test('skips punctuation, dashes and quote marks', () => {
		expect(tokenize('“No -- never…” — (really)').map((t) => t.norm)).toEqual([
			'no',
			'never',
			'really',
		]);
	});
});

describe('normalizeWord', () => {
	test.each([
		['Benefitting', 'benefiting'],
		['travelled', 'traveled'],
		['Colour', 'color'],
		['labourers', 'laborers'],
		['organisation', 'organization'],
		['recognised', 'recognized'],
		['Québec', 'quebec'],
		['Canada’s', "canada's"],
		['centre', 'center'],
	])('maps %s to %s', (word, expected) => {
		expect(normalizeWord(word)).toBe(expected);
	});

	test.each(['four', 'hour', 'your', 'devour', 'surprise', 'premise', 'realism'])(
		'leaves %s alone',
		(word) => {
			expect(normalizeWord(word)).toBe(word);
		},
	);
});

describe('stemWord', () => {
	test.each([
		['allegations', 'alleg'],
		['alleged', 'alleg'],
		['allegedly', 'alleg'],
		['discussion', 'discuss'],
		['discussed', 'discuss'],
		['delayed', 'delay'],
		['delay', 'delay'],
		['denied', 'deni'],
		['denies', 'deni'],
		['deny', 'deni'],
		['medical', 'medic'],
		['medics', 'medic'],
		['approval', 'approv'],
		['approve', 'approv'],
		['criminals', 'crimin'],
		['criminal', 'crimin'],
		['final', 'final'],
		['sitting', 'sit'],
		['sit', 'sit'],
		['stopped', 'stop'],
		['kidnapped', 'kidnap'],
		['falling', 'fall'],
		['passed', 'pass'],
		['business', 'business'],
		['news', 'news'],
		['2021', '2021'],
	])('stems %s to %s', (word, expected) => {
		expect(stemWord(word)).toBe(expected);
	});
});
