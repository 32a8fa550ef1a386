import { describe, expect, test } from 'vitest';
import {
	areComparable,
	compareValues,
	dateParts,
	dimensionOf,
} from '../../src/differences/compare-values.ts';
import { extractValues } from '../../src/differences/extract-values.ts';
import type { TypedValue } from '../../src/schemas/differences.ts';

/** The first value stated in a phrase. */
const v = (phrase: string): TypedValue => extractValues(phrase)[0]!;

describe('compareValues', () => {
	test('finds one amount written two ways the same', () => {
		expect(compareValues(v('Ten dead'), v('killing 10 people'))).toBe('same');
		expect(compareValues(v('6.1 - magnitude'), v('magnitude - 6.1'))).toBe('same');
		expect(compareValues(v('110 billion euros'), v('a 110bn - euro package'))).toBe('same');
		expect(compareValues(v('A magnitude 6 quake'), v('A magnitude - 6.0 quake'))).toBe('same');
		expect(compareValues(v('at 1353 (1023 GMT)'), v('1:53 p. m. local time'))).toBe('same');
	});

	test('finds conflicting amounts different', () => {
		expect(compareValues(v('12 people were injured'), v('18 people had been injured'))).toBe(
			'different',
		);
		expect(compareValues(v('about 150 metres'), v('approximately 200 metres'))).toBe('different');
		expect(compareValues(v('about 600m'), v('some 700 metres'))).toBe('different');
		expect(compareValues(v('2:53 p. m.'), v('3:20 p. m.'))).toBe('different');
		// "just over 10" is a little over ten, not any figure above it.
		expect(compareValues(v('just over 10 seconds'), v('lasted 30 seconds'))).toBe('different');
		expect(compareValues(v('just over 10 seconds'), v('about 11 seconds'))).toBe('compatible');
	});

	test('finds a bound and a value it admits compatible', () => {
		expect(compareValues(v('at least 5 bombs'), v('11 bombs'))).toBe('compatible');
		expect(compareValues(v('at least four bombs'), v('Five bombs'))).toBe('compatible');
		expect(compareValues(v('dozens more'), v('injuring 80'))).toBe('compatible');
		expect(compareValues(v('Less than six months'), v('only four months ago'))).toBe('compatible');
		expect(compareValues(v('about 6.0 on the Richter scale'), v('5.9 - magnitude'))).toBe(
			'compatible',
		);
	});

	test('finds a bound a value breaks different', () => {
		expect(compareValues(v('at least 12 people'), v('seven people'))).toBe('different');
		expect(compareValues(v('less than 25 km'), v('about 30 km'))).toBe('different');
	});

	test('finds the same amount in another unit or currency converted', () => {
		expect(compareValues(v('about 60 metres'), v('about 200ft'))).toBe('converted');
		expect(compareValues(v('about 940 miles'), v('about 1,500 kilometers'))).toBe('converted');
		expect(compareValues(v('2,000ft'), v('609 metres'))).toBe('converted');
		expect(compareValues(v('euro110 billion'), v('$141 billion'))).toBe('converted');
	});

	test('compares years and dates by their digits', () => {
		expect(compareValues(v('in 2018'), v('in 2019'))).toBe('different');
		expect(compareValues(v('November 28th, 2005'), v('11 / 28 / 05'))).toBe('same');
	});

	test('finds dates that agree on every part both give compatible', () => {
		expect(compareValues(v('on April 9'), v('in April 2012'))).toBe('compatible');
		expect(compareValues(v('in 2018'), v('on March 1, 2018'))).toBe('compatible');
		expect(compareValues(v('on November 8'), v('on June 17'))).toBe('different');
		expect(compareValues(v('on April 9'), v('in May 2012'))).toBe('different');
	});
});

describe('dateParts', () => {
	test('reads full, partial and year-less dates', () => {
		expect(dateParts('2013-09-26')).toEqual({ year: '2013', month: '09', day: '26' });
		expect(dateParts('2012-04')).toEqual({ year: '2012', month: '04' });
		expect(dateParts('--11-08')).toEqual({ month: '11', day: '08' });
		expect(dateParts('2018')).toEqual({ year: '2018' });
		expect(dateParts('Monday')).toBeNull();
	});
});

describe('areComparable', () => {
	test('compares lengths with lengths and ages with ages only', () => {
		expect(areComparable(v('58km'), v('36 miles'))).toBe(true);
		expect(areComparable(v('58km'), v('5.9 - magnitude'))).toBe(false);
		expect(areComparable(v('Robert Buckley, 32,'), v('32 days'))).toBe(false);
	});
});

describe('dimensionOf', () => {
	test('names what a unit measures', () => {
		expect([
			dimensionOf(v('58km')),
			dimensionOf(v('3 weeks')),
			dimensionOf(v('on Tuesday')),
			dimensionOf(v('$5')),
		]).toEqual(['length', 'time', 'weekday', 'money']);
	});
});
