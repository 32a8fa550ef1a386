import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	implausibleDate,
	MAX_DAYS_BEFORE_STORY,
	parseDateline,
	resolveDayMonth,
} from '../../src/ingest/find-dateline.ts';
import { ROOT } from '../helpers/seeds.ts';

interface ExpectedCapture {
	date: string;
	dateKind: 'published' | 'updated';
	dateText: string;
}

const CAPTURES = path.join(ROOT, 'tests/fixtures/content-captures');
// The fifteen dateline formats of the dateline fixtures, one per article.
const formats = readdirSync(CAPTURES)
	.filter((d) => d.startsWith('datelines-'))
	.flatMap((dir) => {
		const expected = JSON.parse(readFileSync(path.join(CAPTURES, dir, 'expected.json'), 'utf8'))
			.articles as Record<string, ExpectedCapture>;
		return Object.values(expected).map((e) => [e.dateText, e.date, e.dateKind] as const);
	});

describe('parseDateline', () => {
	test('covers the fifteen dateline formats of the fixtures', () => {
		expect(formats).toHaveLength(15);
	});

	test.each(formats)('reads "%s" as %s (%s)', (text, date, kind) => {
		expect(parseDateline(text)).toMatchObject({ date, kind });
	});

	test('reads a publication and a later update on one line', () => {
		expect(
			parseDateline('Posted September 26, 2013 - 3:47pm Updated September 27, 2013 - 6:56am'),
		).toEqual({ date: '2013-09-26', kind: 'published', updated: '2013-09-27' });
	});

	test('reads day-first numeric dates when the month-first reading is impossible', () => {
		expect(parseDateline('Last updated 15:48 15 / 09 / 2013')?.date).toBe('2013-09-15');
	});

	test('keeps the day as printed, without shifting it to another time zone', () => {
		expect(parseDateline('Updated Thu 6 May 2010, 9:03am AEST')?.date).toBe('2010-05-06');
	});

	test('allows a short capitalised place beside the date', () => {
		expect(parseDateline('March 14, 2013 - UNITED STATES -')?.date).toBe('2013-03-14');
	});

	test.each([
		'The bridge closed on May 5, 2010.',
		'On Thursday, November 10th at approximately 3:00 pm, the camp was bombed.',
		'Born March 29, 1928, in the Bronx; died December 19 at the prison hospital.',
		'Ten dead in southern Iran quake',
		'Monday, 28 November',
		'2 hours ago',
		'Updated yesterday at 5pm',
		'',
	])('is not fooled by "%s"', (text) => {
		expect(parseDateline(text)).toBeNull();
	});
});

describe('parseDateline on an embedded post', () => {
	test('reads no date from the signature of a social media post', () => {
		expect(parseDateline('— Centerville Police (@CentervillePD) June 3, 2025')).toBeNull();
		expect(parseDateline('June 3, 2025')).not.toBeNull();
	});
});

describe('parseDateline beside relative times and update marks', () => {
	test('reads the written date and sets a relative update time aside', () => {
		expect(parseDateline('June 3, 2025 / 2:10 PM / Updated 3 hours ago')).toEqual({
			date: '2025-06-03',
			kind: 'published',
			updated: null,
		});
	});

	test('takes the unmarked date for the publication when the update comes first', () => {
		expect(parseDateline('Updated: June 4, 2025 | Published: June 3, 2025')).toEqual({
			date: '2025-06-03',
			kind: 'published',
			updated: '2025-06-04',
		});
	});
});

describe('resolveDayMonth', () => {
	const read = (date: string, updated: string | null = null) => ({ date, updated });

	test('takes the reading nearer the story’s date', () => {
		expect(resolveDayMonth('03/06/2025', read('2025-03-06'), '2025-06-03')).toEqual(
			read('2025-06-03'),
		);
		expect(resolveDayMonth('03/06/2025', read('2025-03-06'), '2025-03-05')).toEqual(
			read('2025-03-06'),
		);
	});

	test('reads every date of the line the same way, the update included', () => {
		expect(
			resolveDayMonth(
				'Published 03/06/2025, updated 04/06/2025',
				read('2025-03-06', '2025-04-06'),
				'2025-06-03',
			),
		).toEqual(read('2025-06-03', '2025-06-04'));
		expect(
			resolveDayMonth(
				'Updated 04/06/2025 | Published 03/06/2025',
				read('2025-03-06', '2025-04-06'),
				'2025-06-03',
			),
		).toEqual(read('2025-06-03', '2025-06-04'));
	});

	test('reads dotted dates day first when there is no story date', () => {
		expect(resolveDayMonth('3.6.2025', read('2025-03-06'))).toEqual(read('2025-06-03'));
		expect(resolveDayMonth('03/06/2025', read('2025-03-06'))).toEqual(read('2025-03-06'));
	});

	test('leaves a date that can be read only one way', () => {
		expect(resolveDayMonth('13/06/2025', read('2025-06-13'), '2025-01-01')).toEqual(
			read('2025-06-13'),
		);
		expect(resolveDayMonth('June 3, 2025', read('2025-06-03'), '2025-01-01')).toEqual(
			read('2025-06-03'),
		);
		expect(resolveDayMonth('06/06/2025', read('2025-06-06'), '2025-01-01')).toEqual(
			read('2025-06-06'),
		);
	});
});

describe('implausibleDate', () => {
	test('accepts a date between a year before the story and the build day', () => {
		expect(
			implausibleDate('2013-01-03', { storyDate: '2013-09-26', notAfter: '2026-01-01' }),
		).toBeNull();
		expect(implausibleDate('2008-04-30', { storyDate: '2007-04-10' })).toBeNull();
	});

	test('rejects a date after the build day', () => {
		expect(implausibleDate('2031-05-05', { notAfter: '2026-12-01' })).toMatch(
			/after 2026-12-01, the day the site was built/,
		);
	});

	test('rejects a date long before the story', () => {
		expect(implausibleDate('2010-01-01', { storyDate: '2013-09-26' })).toMatch(
			new RegExp(`more than ${MAX_DAYS_BEFORE_STORY} days before`),
		);
	});
});
