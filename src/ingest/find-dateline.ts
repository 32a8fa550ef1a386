/**
 * Reads a capture's dateline ("Published: April 10, 2007", "Last Updated: Monday, 28 November
 * 2005, 02:24 GMT", "11 / 28 / 05") with chrono-node, and judges whether the date can be right.
 * A line counts as a dateline only when, once its dates, times and dateline words are taken
 * out, almost nothing is left: a body sentence that mentions a date is never one.
 */
import * as chrono from 'chrono-node';
import { DATELINE_WORDS, MONTH_NAMES, UPDATE_WORDS } from '../text/lexicon.ts';
import type { DateKind } from '../schemas/article.ts';

/** What a dateline line says. */
export interface DatelineReading {
	/** The day the line gives, `YYYY-MM-DD` as printed (no time-zone shift). */
	date: string;
	/** Whether that day is the first publication or an update. */
	kind: DateKind;
	/** A later update day the same line gives ("Posted … Updated …"), or null. */
	updated: string | null;
}

/**
 * Words (other than dates, times and dateline words) a dateline may carry: a short place or
 * section, capitalised ("March 14, 2013 - UNITED STATES -"). Three, because the place names in the dev
 * corpus's datelines have at most two words and a body sentence has far more.
 */
const MAX_OTHER_WORDS = 3;
/** A dateline is short; longer lines are prose even when they open with a date. */
const MAX_DATELINE_WORDS = 20;
// Time zones and clock times chrono leaves outside a date match ("1052 GMT (1852 HKT)").
const TIME_ZONE = /^[A-Z]{2,5}$/;
const CLOCK = /^\d{1,2}(?:[:.]\d{2}){0,2}(?:am|pm)?$/i;
const WORD = /[\p{L}\p{N}]+(?:['’.:][\p{L}\p{N}]+)*/gu;
/** A date that names its year: four digits, or a numeric date's last part ("03/06/25"). */
const WRITTEN_YEAR = /\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2}\b/;

/**
 * The signature of a social media post embedded in the text ("— City Police (@CityPD) June 3,
 * 2025"): a dash, a name, the account's handle in brackets, and a date ending the line. It dates
 * the post, not the article. Bounds: a display name of up to 80 characters, a handle of up to
 * 30 (the longest any large network allows), a date of up to 40.
 */
export const EMBED_SIGNATURE = /^\s*[—–-]+\s*[^()]{1,80}\(@[\w.]{1,30}\)\s*[^()]{0,40}\d{4}\s*$/u;

/**
 * A relative time beside a written date ("Updated 3 hours ago"): it dates nothing (the page's
 * capture time is unknown), so it is set aside, with its update mark.
 */
const RELATIVE_TIME =
	/\b(?:(?:last\s+)?updated?\s*:?\s*)?\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\b/gi;

/** Reads one line as a dateline; null when it is not one (or names no full date). */
export function parseDateline(line: string): DatelineReading | null {
	if (EMBED_SIGNATURE.test(line)) return null;
	const text = normalizeDateline(line).replace(RELATIVE_TIME, ' ').replace(/\s+/g, ' ').trim();
	const words = text.match(WORD) ?? [];
	if (words.length === 0 || words.length > MAX_DATELINE_WORDS) return null;
	// A fixed reference keeps parsing deterministic; every date kept names its own year.
	const results = chrono.strict
		.parse(text, new Date(Date.UTC(2000, 0, 1)))
		.filter((r) => ['year', 'month', 'day'].every((c) => r.start.isCertain(c as 'day')))
		// A relative time ("2 hours ago", "yesterday") dates nothing until the page is dated.
		.filter((r) => WRITTEN_YEAR.test(r.text));
	if (results.length === 0) return null;
	let rest = text;
	for (const r of [...results].sort((a, b) => b.index - a.index)) {
		rest = rest.slice(0, r.index) + ' ' + rest.slice(r.index + r.text.length);
	}
	const other = (rest.match(WORD) ?? []).filter(
		(w) => !DATELINE_WORDS.has(w.toLowerCase()) && !TIME_ZONE.test(w) && !CLOCK.test(w),
	);
	// What is left may name a place or section ("UNITED STATES"), never carry prose.
	if (other.length > MAX_OTHER_WORDS || other.some((w) => !/^[\p{Lu}\p{N}]/u.test(w))) return null;
	const days = results.map((r) => ({ date: isoDay(r), updateMark: updateBefore(text, r.index) }));
	const lower = text.toLowerCase();
	const first = days[0]!;
	if (days.length === 1) {
		const kind = UPDATE_WORDS.some((w) => lower.includes(w)) ? 'updated' : 'published';
		return { date: first.date, kind, updated: null };
	}
	if (first.updateMark) {
		// "Updated: June 4, 2025 | Published: June 3, 2025": the unmarked date is the publication.
		const published = days.slice(1).find((d) => !d.updateMark);
		return published
			? { date: published.date, kind: 'published', updated: first.date }
			: { date: first.date, kind: 'updated', updated: null };
	}
	const later = days.slice(1).find((d) => d.updateMark);
	return { date: first.date, kind: 'published', updated: later?.date ?? null };
}

/** Numeric dates: two numbers of at most two digits, then a year ("03/06/2025", "3.6.25"). */
const NUMERIC_DATES = /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})\b/g;

/**
 * The days a numeric dateline means when its day and month could be swapped ("03/06/2025" is 6
 * March in the United States and 3 June in most of the world). The parser reads month first; when
 * the first date it read that way is nearer the story's date read day first (or, without a story
 * date, is written with dots, day first in every country that writes them), every date of the
 * line is read day first, its update included. Otherwise `reading` is returned unchanged.
 */
export function resolveDayMonth(
	text: string,
	reading: { date: string; updated: string | null },
	storyDate?: string | null,
): { date: string; updated: string | null } {
	// Two-digit years are this century's: captures are of news sites.
	const found = [...text.matchAll(NUMERIC_DATES)].map((m) => ({
		a: Number(m[1]),
		b: Number(m[3]),
		dots: m[2] === '.',
		year: m[4]!.length === 2 ? `20${m[4]}` : m[4]!,
	}));
	const iso = (year: string, month: number, day: number) =>
		`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
	const ambiguous = found.filter((d) => d.a !== d.b && d.a <= 12 && d.b <= 12);
	const monthFirst = (d: (typeof found)[number]) => iso(d.year, d.a, d.b);
	const dayFirst = (d: (typeof found)[number]) => iso(d.year, d.b, d.a);
	const source = ambiguous.find((d) => monthFirst(d) === reading.date);
	if (!source) return reading;
	const distance = (day: string) => Math.abs(Date.parse(day) - Date.parse(storyDate ?? ''));
	const swap = storyDate ? distance(dayFirst(source)) < distance(monthFirst(source)) : source.dots;
	if (!swap) return reading;
	const swapped = (day: string | null) => {
		const d = day === null ? undefined : ambiguous.find((x) => monthFirst(x) === day);
		return d ? dayFirst(d) : day;
	};
	return { date: dayFirst(source), updated: swapped(reading.updated) };
}

/**
 * Why a capture's date cannot be right, or null when it can: it lies after the day the site is
 * built (a capture cannot be dated after it was made), or long before the story.
 */
export function implausibleDate(
	date: string,
	bounds: { storyDate?: string | null; notAfter?: string | null },
): string | null {
	if (bounds.notAfter && date > bounds.notAfter) {
		return `${date} is after ${bounds.notAfter}, the day the site was built`;
	}
	if (bounds.storyDate && daysBetween(date, bounds.storyDate) > MAX_DAYS_BEFORE_STORY) {
		return `${date} is more than ${MAX_DAYS_BEFORE_STORY} days before the story's date ${bounds.storyDate}`;
	}
	return null;
}

/**
 * How long before the story's date a capture may be dated: a year. Outlets do report a story's
 * earlier stages (the dev corpus has a plea report nine months before the verdict it covers),
 * but a dateline older than a year is a misread or the wrong page.
 */
export const MAX_DAYS_BEFORE_STORY = 366;

/** Puts a dateline into the shape chrono reads: tokenised slashes joined, months spelt right. */
function normalizeDateline(line: string): string {
	return line
		.replace(/(\d)\s*\/\s*(?=\d)/g, '$1/')
		.replace(/\b([ap])\.\s?m\.?(?=\s|$)/gi, '$1m')
		.replace(/\p{L}{5,}/gu, (word) => correctMonth(word))
		.replace(/\s+/g, ' ')
		.trim();
}

/** A word one typing slip away from a month name becomes that month ("Novemer"). */
function correctMonth(word: string): string {
	const lower = word.toLowerCase();
	if (MONTH_NAMES.includes(lower)) return word;
	const month = MONTH_NAMES.find((m) => m.length >= 5 && editDistanceAtMostOne(lower, m));
	return month ?? word;
}

function editDistanceAtMostOne(a: string, b: string): boolean {
	if (Math.abs(a.length - b.length) > 1) return false;
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	if (a.length === b.length) {
		// One substitution, or two neighbours swapped.
		if (a.slice(i + 1) === b.slice(i + 1)) return true;
		return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
	}
	return a.length < b.length ? a.slice(i) === b.slice(i + 1) : a.slice(i + 1) === b.slice(i);
}

function isoDay(result: chrono.ParsedResult): string {
	const pad = (n: number | null, width: number) => String(n ?? 0).padStart(width, '0');
	return `${pad(result.start.get('year'), 4)}-${pad(result.start.get('month'), 2)}-${pad(result.start.get('day'), 2)}`;
}

/** Whether an update word stands between the previous date and this one. */
function updateBefore(text: string, index: number): boolean {
	const before = text.slice(0, index).toLowerCase();
	const lastDigit = Math.max(before.search(/\d[^\d]*$/), 0);
	const between = before.slice(lastDigit);
	return UPDATE_WORDS.some((w) => between.includes(w));
}

function daysBetween(earlier: string, later: string): number {
	return (Date.parse(later) - Date.parse(earlier)) / 86_400_000;
}
