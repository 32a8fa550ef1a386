/**
 * Typed values in news text: counts with the noun they count, money with its currency,
 * measures with their unit, ages, durations, dates and times, percentages and ordinals, each
 * with its qualifier ("at least", "about") and the exact span of the words that state it.
 * Numbers may be digits with separators and decimals, number words ("twenty - six", "half a
 * million", "a dozen") or vague plurals ("dozens"); the text may be tokenised with spaces
 * around hyphens and slashes (`6.1 - magnitude`, `11 / 28 / 05`), as some corpora are.
 */
import * as chrono from 'chrono-node';
import type { Qualifier, TypedValue, ValueKind } from '../schemas/differences.ts';
import { STOP_WORDS } from '../text/lexicon.ts';
import {
	CASUALTY_WORDS,
	CURRENCY_PREFIXES,
	CURRENCY_SUFFIXES,
	MEASURE_UNITS,
	MONTHS,
	ORDINALS,
	QUALIFIERS,
	SCALES,
	SEISMIC_NOUNS,
	SMALL_NUMBERS,
	TIME_UNITS,
	VAGUE_PLURALS,
	WEEKDAYS,
} from './value-words.ts';

/** A token of the value reader: a digit run, a word, or one other character. */
interface Tok {
	text: string;
	low: string;
	start: number;
	end: number;
	type: 'num' | 'word' | 'sym';
	/** True when whitespace precedes the token. */
	gap: boolean;
}

const TOKEN = /\d+(?:[.,]\d+)*|[\p{L}]+(?:['’][\p{L}]+)*|\S/gu;

/** Splits text into the value reader's tokens. */
function tokenizeValues(text: string): Tok[] {
	const toks: Tok[] = [];
	for (const m of text.matchAll(TOKEN)) {
		const t = m[0];
		toks.push({
			text: t,
			low: t.toLowerCase(),
			start: m.index,
			end: m.index + t.length,
			type: /^\d/.test(t) ? 'num' : /^\p{L}/u.test(t) ? 'word' : 'sym',
			gap: m.index > 0 && /\s/.test(text[m.index - 1]!),
		});
	}
	return toks;
}

/** The value of a digit token: "1,000" → 1000, "6.1" → 6.1; null for "1,2,3"-like lists. */
export function parseDigits(text: string): number | null {
	if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(text)) return Number(text.replace(/,/g, ''));
	if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text);
	return null;
}

/**
 * Reads number words from `toks[i]`: "twenty - six", "two hundred and fifty", "half a million",
 * "a dozen", "a quarter". Returns the value and the index after the last word, or null.
 */
function readNumberWords(toks: readonly Tok[], i: number): { value: number; next: number } | null {
	const w = (k: number) => toks[k]?.low ?? '';
	// "a dozen", "a hundred", "a million", "a quarter"; "half a million"
	if ((w(i) === 'a' || w(i) === 'an') && (SCALES.has(w(i + 1)) || w(i + 1) === 'dozen'))
		return { value: w(i + 1) === 'dozen' ? 12 : SCALES.get(w(i + 1))!, next: i + 2 };
	if ((w(i) === 'a' || w(i) === 'an') && w(i + 1) === 'quarter')
		return { value: 0.25, next: i + 2 };
	if (w(i) === 'half' && w(i + 1) === 'a' && (SCALES.has(w(i + 2)) || w(i + 2) === 'dozen'))
		return { value: 0.5 * (w(i + 2) === 'dozen' ? 12 : SCALES.get(w(i + 2))!), next: i + 3 };
	let total = 0;
	let current = 0;
	let seen = false;
	let k = i;
	while (k < toks.length) {
		const word = w(k);
		if (SMALL_NUMBERS.has(word)) {
			current += SMALL_NUMBERS.get(word)!;
		} else if (word === 'dozen' && seen) {
			current *= 12;
		} else if (word === 'hundred' && seen) {
			current = (current || 1) * 100;
		} else if (SCALES.has(word) && word.length > 2 && seen) {
			total += (current || 1) * SCALES.get(word)!;
			current = 0;
		} else break;
		seen = true;
		k++;
		// Parts joined by a hyphen or "and": "twenty - six", "two hundred and fifty".
		const joiner = w(k) === '-' || (w(k) === 'and' && w(k - 1) === 'hundred');
		if (joiner && isNumberWord(w(k + 1))) k++;
	}
	if (!seen) return null;
	return { value: total + current, next: k };
}

function isNumberWord(word: string): boolean {
	return SMALL_NUMBERS.has(word) || SCALES.has(word) || word === 'dozen';
}

/** The qualifier whose words end just before token `i`, with its first token index. */
function qualifierBefore(toks: readonly Tok[], i: number): { q: Qualifier; from: number } | null {
	for (const [words, q] of QUALIFIERS) {
		const from = i - words.length;
		if (from < 0) continue;
		if (words.every((word, k) => toks[from + k]!.low === word)) return { q, from };
	}
	return null;
}

/** Words that close a noun phrase after an amount. */
const NOUN_STOP = new Set([
	...STOP_WORDS,
	'more',
	'per',
	'cent',
	'today',
	'yesterday',
	'tonight',
	'tomorrow',
	'ago',
	...WEEKDAYS,
]);

/** Plurals without an -s that name people; nothing after them belongs to the noun. */
const PERSON_PLURALS = new Set(['people', 'men', 'women', 'children', 'police', 'persons']);

/** Words between an amount and its noun that say "in addition" and are not part of the noun. */
const ADDITIVE = new Set(['other', 'further', 'additional', 'more']);

/**
 * The head noun after token `i`: the last lowercase word (the last plural one for `plural`
 * amounts) of a run of up to three words
 * (adjectives and compounds before it: "three strong aftershocks", "12 worst - hit villages").
 * A casualty word ends the run ("three people killed" counts people) unless it comes first
 * ("20 wounded"). Returns the noun and the index after it.
 */
function nounAfter(
	toks: readonly Tok[],
	i: number,
	plural = false,
): { noun: string; next: number } | null {
	let k = i;
	let head: { noun: string; next: number } | null = null;
	// More than one of a thing takes a plural noun: "workers marched" counts workers.
	let lastPlural: { noun: string; next: number } | null = null;
	let words = 0;
	if (
		ADDITIVE.has(toks[k]?.low ?? '') &&
		toks[k + 1]?.type === 'word' &&
		!NOUN_STOP.has(toks[k + 1]!.low)
	)
		k++;
	// "20 were wounded", "three had been killed": a casualty word after a form of "to be"
	const be = /^(were|was|are|is)$/.test(toks[k]?.low ?? '')
		? 1
		: /^(had|have|has)$/.test(toks[k]?.low ?? '') && toks[k + 1]?.low === 'been'
			? 2
			: 0;
	if (be && CASUALTY_WORDS.has(toks[k + be]?.low ?? ''))
		return { noun: CASUALTY_WORDS.get(toks[k + be]!.low)!, next: k };
	while (k < toks.length && words < 3) {
		const t = toks[k]!;
		if (t.low === '-' && toks[k + 1]?.type === 'word' && words > 0) {
			k++;
			continue;
		}
		if (t.type !== 'word' || NOUN_STOP.has(t.low)) break;
		if (CASUALTY_WORDS.has(t.low)) {
			if (words === 0) return { noun: CASUALTY_WORDS.get(t.low)!, next: k + 1 };
			break;
		}
		if (SCALES.has(t.low) || isNumberWord(t.low)) break;
		if (t.text[0] === t.text[0]!.toLowerCase()) {
			head = { noun: t.low, next: k + 1 };
			if (/[^s]s$/.test(t.low) || PERSON_PLURALS.has(t.low)) lastPlural = head;
		}
		words++;
		k++;
		// Irregular plurals of people end the noun: "20,000 people took to the streets".
		if (PERSON_PLURALS.has(t.low)) break;
	}
	return plural && lastPlural ? lastPlural : head;
}

/** A casualty verb just before the amount ("injuring 80", "killed more than 1,400"). */
function casualtyBefore(toks: readonly Tok[], i: number): string | null {
	let k = i - 1;
	if (toks[k]?.low === 'other' || toks[k]?.low === 'another') k--;
	const word = toks[k]?.low;
	return word && CASUALTY_WORDS.has(word) ? CASUALTY_WORDS.get(word)! : null;
}

interface Amount {
	value: number;
	/** First and one-past-last token of the amount. */
	from: number;
	next: number;
	/** Vague plurals are lower bounds. */
	vague: boolean;
	digits: boolean;
	/** Written with a scale word ("2 million"), which makes "pound" a currency. */
	scaled: boolean;
}

/** An amount starting at token `i`: digits with an optional scale, number words, or a vague plural. */
function readAmount(toks: readonly Tok[], i: number): Amount | null {
	const t = toks[i];
	if (!t) return null;
	if (t.type === 'num') {
		const v = parseDigits(t.text);
		if (v === null) return null;
		let next = i + 1;
		let value = v;
		let scaled = false;
		// "2 million", "110bn", "$143 - billion", "110 b. Euro"
		let k = next;
		if (toks[k]?.low === '-' && SCALES.has(toks[k + 1]?.low ?? '')) k++;
		const scale = toks[k]?.low ?? '';
		if (SCALES.has(scale) && scale !== 'hundred') {
			value *= SCALES.get(scale)!;
			next = k + 1;
			scaled = true;
		} else if (scale === 'b' && toks[k + 1]?.text === '.') {
			value *= 1e9;
			next = k + 2;
			scaled = true;
		}
		return { value, from: i, next, vague: false, digits: true, scaled };
	}
	if (t.type !== 'word') return null;
	// "tens of thousands", "hundreds of thousands"
	if (VAGUE_PLURALS.has(t.low)) {
		if (toks[i + 1]?.low === 'of' && VAGUE_PLURALS.has(toks[i + 2]?.low ?? '')) {
			const unit = toks[i + 2]!.low;
			const scaleOf =
				unit === 'thousands' ? 1e3 : unit === 'millions' ? 1e6 : unit === 'hundreds' ? 100 : 1;
			return {
				value: (VAGUE_PLURALS.get(t.low)! / (t.low === 'tens' ? 1 : 1)) * scaleOf,
				from: i,
				next: i + 3,
				vague: true,
				digits: false,
				scaled: false,
			};
		}
		if (t.low === 'tens') return null;
		return {
			value: VAGUE_PLURALS.get(t.low)!,
			from: i,
			next: i + 1,
			vague: true,
			digits: false,
			scaled: false,
		};
	}
	const words = readNumberWords(toks, i);
	if (!words) return null;
	let next = words.next;
	let value = words.value;
	let scaled = false;
	if (toks[next]?.low === '-' && SCALES.has(toks[next + 1]?.low ?? '')) {
		value *= SCALES.get(toks[next + 1]!.low)!;
		next += 2;
		scaled = true;
	}
	return { value, from: i, next, vague: false, digits: false, scaled };
}

/** A unit after token `i` (skipping one hyphen): its canonical name, kind and where it ends. */
function unitAfter(
	toks: readonly Tok[],
	i: number,
	amount: Amount,
): { unit: string; kind: ValueKind; factor: number; next: number; age: boolean } | null {
	let k = i;
	const w = (n: number) => toks[n]?.low ?? '';
	if (w(k) === '-') k++;
	const word = w(k);
	// Percentages
	if (word === '%') return { unit: 'percent', kind: 'percent', factor: 1, next: k + 1, age: false };
	if (word === 'percent' || word === 'pct')
		return { unit: 'percent', kind: 'percent', factor: 1, next: k + 1, age: false };
	if (word === 'per' && w(k + 1) === 'cent')
		return { unit: 'percent', kind: 'percent', factor: 1, next: k + 2, age: false };
	// Currencies after the amount; "pound" is money only with a scale ("93.6 billion pound").
	if (CURRENCY_SUFFIXES.has(word) && !(word.startsWith('pound') && !amount.scaled))
		return {
			unit: CURRENCY_SUFFIXES.get(word)!,
			kind: 'money',
			factor: 1,
			next: k + 1,
			age: false,
		};
	// Areas: "1,500 - square - kilometer", "170,000 - square - foot"
	if (word === 'square' || word === 'sq') {
		let n = k + 1;
		if (w(n) === '-') n++;
		const base = MEASURE_UNITS.get(w(n));
		if (base === 'km' || base === 'm' || base === 'ft' || base === 'miles') {
			const unit = base === 'ft' ? 'sq ft' : base === 'miles' ? 'sq miles' : `${base}2`;
			return { unit, kind: 'measure', factor: 1, next: n + 1, age: false };
		}
	}
	// Temperatures: "28 degrees Celsius", "- 15C"
	if ((word === 'degrees' || word === 'degree') && /^(celsius|centigrade|c)$/.test(w(k + 1)))
		return { unit: '°C', kind: 'measure', factor: 1, next: k + 2, age: false };
	if ((word === 'degrees' || word === 'degree') && /^(fahrenheit|f)$/.test(w(k + 1)))
		return { unit: '°F', kind: 'measure', factor: 1, next: k + 2, age: false };
	if (word === 'c' && !toks[k]!.gap && amount.digits)
		return { unit: '°C', kind: 'measure', factor: 1, next: k + 1, age: false };
	// A quake's "degree", and the Richter scale
	if ((word === 'degree' || word === 'degrees') && SEISMIC_NOUNS.has(w(k + 1)))
		return { unit: 'magnitude', kind: 'measure', factor: 1, next: k + 1, age: false };
	if (word === 'on' && w(k + 1) === 'the' && w(k + 2) === 'richter' && w(k + 3) === 'scale')
		return { unit: 'magnitude', kind: 'measure', factor: 1, next: k + 4, age: false };
	// Speeds: "miles per hour", "km / h", "kilometres an hour"
	if (MEASURE_UNITS.has(word) && (w(k + 1) === 'per' || w(k + 1) === 'an') && w(k + 2) === 'hour') {
		const base = MEASURE_UNITS.get(word);
		if (base === 'miles')
			return { unit: 'mph', kind: 'measure', factor: 1, next: k + 3, age: false };
		if (base === 'km') return { unit: 'km/h', kind: 'measure', factor: 1, next: k + 3, age: false };
	}
	if (MEASURE_UNITS.get(word) === 'km' && w(k + 1) === '/' && w(k + 2) === 'h')
		return { unit: 'km/h', kind: 'measure', factor: 1, next: k + 3, age: false };
	if (word === 'mm' && w(k + 1) === '/' && /^(yr|year)$/.test(w(k + 2)))
		return { unit: 'mm/yr', kind: 'measure', factor: 1, next: k + 3, age: false };
	// Durations and ages: "three decades", "a 12 - year sentence", "32 - year - old", "27 year old"
	const time = TIME_UNITS.get(word);
	if (time) {
		let n = k + 1;
		if (w(n) === '-') n++;
		if (w(n) === 'old')
			return { unit: time.unit, kind: 'age', factor: time.factor, next: n + 1, age: true };
		return { unit: time.unit, kind: 'duration', factor: time.factor, next: k + 1, age: false };
	}
	if (word === 'quarter' && w(k + 1) === '-' && w(k + 2) === 'century')
		return { unit: 'years', kind: 'duration', factor: 100, next: k + 3, age: false };
	const measure = MEASURE_UNITS.get(word);
	if (measure) {
		// "m" after digits is metres, except for money ("$1.5m"), handled by the caller.
		if (word === 'm' && (toks[k]!.gap || !amount.digits)) return null;
		if (measure === 'lb' && amount.scaled) return null;
		if (measure === 'percent')
			return { unit: 'percent', kind: 'percent', factor: 1, next: k + 1, age: false };
		return { unit: measure, kind: 'measure', factor: 1, next: k + 1, age: false };
	}
	return null;
}

/** A value being assembled: token range and parse. */
interface Draft {
	from: number;
	next: number;
	kind: ValueKind;
	value: number | string | null;
	low: number | null;
	high: number | null;
	qualifier: Qualifier | null;
	unit: string | null;
	noun: string | null;
	conversion: boolean;
	/** A second value the same words state ("no one was killed or injured": zero of each). */
	also?: Draft;
}

const AMPM = /^(a|p)$/;

/** A clock time at token `i`: "1:53 p. m.", "3pm", "09:10 hours", "at 1353 (1023 GMT)". */
function readTime(toks: readonly Tok[], i: number): Draft | null {
	const t = toks[i]!;
	const w = (n: number) => toks[n]?.low ?? '';
	if (t.type !== 'num' || !/^\d{1,4}$/.test(t.text)) return null;
	let hour: number;
	let minute = 0;
	let k = i + 1;
	if (w(k) === ':' && /^\d{2}$/.test(toks[k + 1]?.text ?? '') && t.text.length <= 2) {
		hour = Number(t.text);
		minute = Number(toks[k + 1]!.text);
		k += 2;
	} else if (t.text.length <= 2) {
		hour = Number(t.text);
	} else if (
		t.text.length === 4 &&
		(w(i - 1) === 'at' || w(i - 1) === '(') &&
		/^(gmt|utc|\(|local|hours|hrs)$/.test(w(k))
	) {
		hour = Number(t.text.slice(0, 2));
		minute = Number(t.text.slice(2));
	} else return null;
	if (hour > 23 || minute > 59) return null;
	let marked = k > i + 1 || t.text.length === 4;
	// a.m. / p.m. in any spacing: "pm", "p.m.", "p. m."
	if (w(k) === 'am' || w(k) === 'pm') {
		if (w(k) === 'pm' && hour < 12) hour += 12;
		if (w(k) === 'am' && hour === 12) hour = 0;
		k++;
		marked = true;
	} else if (AMPM.test(w(k)) && w(k + 1) === '.' && w(k + 2) === 'm') {
		if (w(k) === 'p' && hour < 12) hour += 12;
		if (w(k) === 'a' && hour === 12) hour = 0;
		k += 3;
		if (w(k) === '.' && !toks[k]!.gap) k++;
		marked = true;
	}
	if (!marked || hour > 23) return null;
	let unit: string | null = null;
	if (w(k) === 'hours' || w(k) === 'hrs') k++;
	if (w(k) === 'gmt' || w(k) === 'utc') {
		unit = 'GMT';
		k++;
	} else if (w(k) === 'local' && w(k + 1) === 'time') k += 2;
	const value = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
	const q = qualifierBefore(toks, i);
	return {
		from: q?.from ?? i,
		next: k,
		kind: 'time',
		value,
		low: null,
		high: null,
		qualifier: q?.q ?? null,
		unit,
		noun: null,
		conversion: false,
	};
}

/** A numeric date at token `i`: "11 / 28 / 05", "15 / 09 / 2013" (day first when the first number cannot be a month). */
function readNumericDate(toks: readonly Tok[], i: number): Draft | null {
	const n = [0, 2, 4].map((d) => toks[i + d]);
	if (!n.every((t) => t?.type === 'num') || toks[i + 1]?.text !== '/' || toks[i + 3]?.text !== '/')
		return null;
	const [a, b, c] = n.map((t) => Number(t!.text)) as [number, number, number];
	const year = c < 100 ? 2000 + c : c;
	const [month, day] = a > 12 ? [b, a] : [a, b];
	if (month < 1 || month > 12 || day < 1 || day > 31) return null;
	const value = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
	return {
		from: i,
		next: i + 5,
		kind: 'date',
		value,
		low: null,
		high: null,
		qualifier: null,
		unit: null,
		noun: null,
		conversion: false,
	};
}

/** Dates written with a month or weekday name, read by chrono-node, as token drafts. */
function readNamedDates(text: string, toks: readonly Tok[]): Draft[] {
	const drafts: Draft[] = [];
	const results = chrono.parse(text, new Date(Date.UTC(2000, 0, 1)));
	for (const r of results) {
		const words = r.text.toLowerCase().match(/\p{L}+/gu) ?? [];
		const month = words.some((x) => MONTHS.some((m) => m.startsWith(x) && x.length >= 3));
		const weekday = words.find((x) => WEEKDAYS.includes(x));
		if (!month && !weekday) continue;
		// Drop the leading preposition chrono includes ("on Tuesday", "in February 2021").
		const lead = /^(?:on|in|at|by|since|from|until|of)\s+/i.exec(r.text)?.[0].length ?? 0;
		const start = r.index + lead;
		let end = r.index + r.text.replace(/[\s,;.]+$/, '').length;
		// chrono reads "p" of a tokenised "p. m." as a time; dates end at their last date word.
		const dateEnd =
			/^(.*?(?:\d{4}|\d{1,2}(?:st|nd|rd|th)?|\p{L}+\.?))(?=\s*(?:at\b|,?\s*\d{1,2}\s*[:.]|$))/u.exec(
				text.slice(start, end),
			);
		if (r.start.isCertain('hour') && dateEnd) end = start + dateEnd[1]!.length;
		const from = toks.findIndex((t) => t.start >= start);
		let next = toks.findIndex((t) => t.start >= end);
		if (next === -1) next = toks.length;
		if (from === -1 || next <= from) continue;
		let value: string;
		if (month) {
			const y = r.start.isCertain('year') ? String(r.start.get('year')) : '-';
			const m = String(r.start.get('month')).padStart(2, '0');
			const d = r.start.isCertain('day') ? `-${String(r.start.get('day')).padStart(2, '0')}` : '';
			if (!r.start.isCertain('day') && !r.start.isCertain('year')) continue;
			value = y === '-' ? `--${m}${d}` : `${y}-${m}${d}`;
		} else {
			value = weekday![0]!.toUpperCase() + weekday!.slice(1);
		}
		drafts.push({
			from,
			next,
			kind: 'date',
			value,
			low: null,
			high: null,
			qualifier: null,
			unit: null,
			noun: null,
			conversion: false,
		});
	}
	return drafts;
}

/** Ages written as "Name, 32," or "aged 61", "at age 61", "he was 77.", "in his early 30s". */
function readAge(toks: readonly Tok[], i: number): Draft | null {
	const t = toks[i]!;
	const w = (n: number) => toks[n]?.low ?? '';
	// "in his early 30s": early 30–33, mid 34–36, late 37–39, else the whole decade.
	if (t.type === 'num' && /^\d0$/.test(t.text) && w(i + 1) === 's' && !toks[i + 1]!.gap) {
		const base = Number(t.text);
		const part = w(i - 1);
		const [lo, hi] =
			part === 'early' ? [0, 3] : part === 'mid' ? [4, 6] : part === 'late' ? [7, 9] : [0, 9];
		const from = /^(early|mid|late)$/.test(part) ? i - 1 : i;
		const possessive = /^(his|her|their)$/.test(w(from - 1));
		if (!possessive) return null;
		return {
			from,
			next: i + 2,
			kind: 'age',
			value: null,
			low: base + lo,
			high: base + hi,
			qualifier: 'about',
			unit: 'years',
			noun: null,
			conversion: false,
		};
	}
	if (t.type !== 'num' || !/^\d{1,3}$/.test(t.text)) return null;
	const n = Number(t.text);
	if (n < 1 || n > 120) return null;
	const aged = w(i - 1) === 'aged' || (w(i - 1) === 'age' && /^(at|of)$/.test(w(i - 2)));
	const from = aged ? (w(i - 1) === 'aged' ? i - 1 : i - 2) : i;
	// "Robert Buckley, 32," — a number between commas right after a capitalised word
	const apposed =
		w(i - 1) === ',' &&
		/^\p{Lu}/u.test(toks[i - 2]?.text ?? '') &&
		(w(i + 1) === ',' || w(i + 1) === ')');
	const was = /^(was|is)$/.test(w(i - 1)) && /^(he|she)$/.test(w(i - 2)) && /^[.;]$/.test(w(i + 1));
	if (!aged && !apposed && !was) return null;
	return {
		from,
		next: i + 1,
		kind: 'age',
		value: n,
		low: null,
		high: null,
		qualifier: null,
		unit: 'years',
		noun: null,
		conversion: false,
	};
}

/** A four-digit number read as a year: 1900–2099 and not followed by a unit or a counted noun. */
function readYear(toks: readonly Tok[], i: number): Draft | null {
	const t = toks[i]!;
	if (t.type !== 'num' || !/^(19|20)\d{2}$/.test(t.text)) return null;
	const next = toks[i + 1];
	if (next && !next.gap && next.type === 'word') return null;
	if (
		next?.type === 'word' &&
		!STOP_WORDS.has(next.low) &&
		/^[a-z]/.test(next.text) &&
		!/^(and|to)$/.test(next.low)
	)
		return null;
	const prev = toks[i - 1]?.low ?? '';
	if (QUALIFIERS.some(([words]) => words.at(-1) === prev) && prev !== 'in') return null;
	return {
		from: i,
		next: i + 1,
		kind: 'date',
		value: t.text,
		low: null,
		high: null,
		qualifier: null,
		unit: null,
		noun: null,
		conversion: false,
	};
}

/** Reads a quantity (count, money, measure, duration, age, percent) at token `i`. */
function readQuantity(toks: readonly Tok[], i: number): Draft | null {
	const w = (n: number) => toks[n]?.low ?? '';
	// Currency before the amount: "$143", "US$ 5", "euro110", "Dh472.72bn"
	let currency: string | null = null;
	let from = i;
	let k = i;
	const prefix = CURRENCY_PREFIXES.get(w(k));
	if (prefix && toks[k + 1]?.type === 'num' && (w(k).length === 1 || !toks[k + 1]!.gap)) {
		currency = prefix;
		if (w(k - 1) === 'us' && !toks[k]!.gap) from = k - 1;
		k++;
	}
	const amount = readAmount(toks, k);
	if (!amount) return null;
	// "one" and "no" alone are too common to stand as amounts without a noun.
	let draft: Draft = {
		from,
		next: amount.next,
		kind: 'count',
		value: amount.value,
		low: amount.vague ? amount.value : null,
		high: null,
		qualifier: amount.vague ? 'at least' : null,
		unit: null,
		noun: null,
		conversion: false,
	};
	let unit = currency ? null : unitAfter(toks, amount.next, amount);
	// "m" after a currency amount is millions: "$1.5m"
	if (currency && w(amount.next) === 'm' && !toks[amount.next]!.gap) {
		draft.value = amount.value * 1e6;
		draft.next = amount.next + 1;
	}
	if (currency) {
		draft.kind = 'money';
		draft.unit = currency;
		// "110bn - euro": the currency word may still follow
	} else if (
		!unit &&
		w(amount.next) === '-' &&
		CURRENCY_SUFFIXES.has(w(amount.next + 1)) &&
		amount.scaled
	) {
		unit = {
			unit: CURRENCY_SUFFIXES.get(w(amount.next + 1))!,
			kind: 'money',
			factor: 1,
			next: amount.next + 2,
			age: false,
		};
	}
	// Ranges: "between 40 and 80 percent", "two to three", "10 - 20 years", "8 - to 12 - week - old", "from 3.6 to 4.3"
	if (!currency && !amount.vague) {
		let n = unit?.kind === 'percent' ? unit.next : amount.next;
		if (w(n) === '-' && w(n + 1) === 'to') n++;
		const joiner = w(n);
		const between = w(from - 1) === 'between';
		if (
			(joiner === 'to' && !between) ||
			(joiner === 'and' && between) ||
			(joiner === '-' && amount.digits)
		) {
			const second = readAmount(toks, n + 1);
			if (second && second.value > amount.value && second.digits === amount.digits) {
				draft.low = amount.value;
				draft.high = second.value;
				draft.value = null;
				draft.next = second.next;
				if (between) draft.from = from - 1;
				else if (w(from - 1) === 'from' && /^(ranging|rising|up)$/.test(w(from - 2)))
					draft.from = from - 1;
				unit = unitAfter(toks, second.next, second) ?? unit;
				if (unit && unit.next < second.next) unit = { ...unit, next: second.next };
			}
		}
	}
	// A minus sign set apart before a temperature: "- 15C"
	if (unit?.unit === '°C' || unit?.unit === '°F') {
		if (w(from - 1) === '-' && toks[from - 2]?.type !== 'num') {
			amount.value = -amount.value;
			draft.value = amount.value;
			draft.from = from - 1;
		}
	}
	if (unit) {
		draft.kind = unit.kind;
		draft.unit = unit.unit;
		if (typeof draft.value === 'number') draft.value *= unit.factor;
		if (draft.low !== null) draft.low *= unit.factor;
		if (draft.high !== null) draft.high *= unit.factor;
		draft.next = Math.max(draft.next, unit.next);
	}
	if (draft.kind === 'money' && currency === null && unit === null) draft.kind = 'count';
	// Magnitude named before the amount: "magnitude - 5.9", "a magnitude of 5.9", "magnitude 6"
	if (draft.kind === 'count' && amount.digits) {
		let b = from - 1;
		while (b >= 0 && /^(-|of|at|was|from|ranging|between)$/.test(w(b))) b--;
		if (b >= from - 3 && (w(b) === 'magnitude' || w(b) === 'magnitudes')) {
			draft = { ...draft, kind: 'measure', unit: 'magnitude' };
			if (from - b <= 2) draft.from = b;
		} else if (/\./.test(toks[amount.from]!.text) && SEISMIC_NOUNS.has(w(amount.next))) {
			draft = { ...draft, kind: 'measure', unit: 'magnitude' };
		}
	}
	// Qualifier before (after "magnitude of": "a magnitude of at least 5.9")
	const q =
		qualifierBefore(toks, draft.from) ?? (draft.from === from ? null : qualifierBefore(toks, from));
	if (q && draft.qualifier === null) {
		draft.qualifier = q.q;
		draft.from = Math.min(draft.from, q.from);
	}
	// After the amount: "300 - plus - pound", "five or more"
	if (w(amount.next) === '-' && w(amount.next + 1) === 'plus') {
		draft.qualifier = 'more than';
		const u = unitAfter(toks, amount.next + 2, amount);
		if (u) {
			draft.kind = u.kind;
			draft.unit = u.unit;
			draft.next = u.next;
		} else draft.next = amount.next + 2;
	}
	if (w(draft.next) === 'or' && /^(more|over)$/.test(w(draft.next + 1))) {
		draft.qualifier = 'at least';
		draft.next += 2;
	}
	// Nouns: counts take the noun that follows ("five villages", "20 wounded", "200 - student"),
	// else a casualty verb before ("injuring 80"); measures and durations modify a noun
	// ("a 12 - year sentence", "6.1 - magnitude quake").
	// "a 200 - student schoolhouse": the word hyphened to a count is what it counts.
	if (
		draft.kind === 'count' &&
		w(draft.next) === '-' &&
		toks[draft.next + 1]?.type === 'word' &&
		!NOUN_STOP.has(w(draft.next + 1))
	) {
		draft.noun = w(draft.next + 1);
		draft.next += 2;
		return draft;
	}
	// "a depth of 1.2 miles": the noun a measure is "of"
	if (
		draft.kind === 'measure' &&
		w(draft.from - 1) === 'of' &&
		toks[draft.from - 2]?.type === 'word' &&
		!NOUN_STOP.has(w(draft.from - 2))
	) {
		draft.noun = w(draft.from - 2);
	}
	let nounFrom = draft.next;
	if (w(nounFrom) === 'of' && (amount.vague || amount.scaled || draft.kind === 'measure'))
		nounFrom++;
	if (w(nounFrom) === '-') nounFrom++;
	const noun = nounAfter(
		toks,
		nounFrom,
		typeof draft.value === 'number' ? draft.value !== 1 : true,
	);
	if (draft.kind === 'count') {
		if (noun) {
			draft.noun = noun.noun;
			draft.next = noun.next;
		} else draft.noun = casualtyBefore(toks, draft.from);
		const ordinal = /^(st|nd|rd|th)$/.test(w(amount.next)) && !toks[amount.next]!.gap;
		if (ordinal) {
			const n2 = nounAfter(toks, amount.next + 1);
			draft = {
				...draft,
				kind: 'ordinal',
				noun: n2?.noun ?? null,
				next: n2?.next ?? amount.next + 1,
			};
		}
		if (!amount.digits && amount.value === 1 && !noun) return null;
	} else if (noun && draft.kind !== 'money' && draft.kind !== 'percent' && !draft.noun) {
		// Measures name what they measure when it follows directly ("a 2.9 aftershock").
		draft.noun = noun.noun;
	} else if (draft.kind === 'money' && noun) {
		draft.noun = noun.noun;
	}
	// A bare small count with no noun and no casualty verb says too little to compare.
	return draft;
}

/** Ordinal words with a noun: "the sixth aftershock". */
function readOrdinalWord(toks: readonly Tok[], i: number): Draft | null {
	const n = ORDINALS.get(toks[i]!.low);
	if (n === undefined) return null;
	const noun = nounAfter(toks, i + 1);
	if (!noun) return null;
	return {
		from: i,
		next: noun.next,
		kind: 'ordinal',
		value: n,
		low: null,
		high: null,
		qualifier: null,
		unit: null,
		noun: noun.noun,
		conversion: false,
	};
}

/** "no one was killed", "no casualties", "no dead or wounded": a count of zero. */
function readNone(toks: readonly Tok[], i: number): Draft | null {
	const w = (n: number) => toks[n]?.low ?? '';
	if (w(i) !== 'no' && w(i) !== 'nobody') return null;
	// "no one was killed", "nobody was hurt": the casualty word follows the verb
	const person = w(i) === 'nobody' ? 1 : w(i + 1) === 'one' ? 2 : 0;
	const at = person ? i + person + 1 : i + 1;
	const word = w(at);
	if (!CASUALTY_WORDS.has(word)) return null;
	const zero = (noun: string, from: number, next: number): Draft => ({
		from,
		next,
		kind: 'count',
		value: 0,
		low: null,
		high: null,
		qualifier: null,
		unit: null,
		noun,
		conversion: false,
	});
	const draft = zero(CASUALTY_WORDS.get(word)!, i, person ? i + person : i + 2);
	// "no one was killed or injured", "no dead or wounded": zero of both
	if (w(at + 1) === 'or' && CASUALTY_WORDS.has(w(at + 2))) {
		const other = CASUALTY_WORDS.get(w(at + 2))!;
		if (other !== draft.noun) draft.also = zero(other, draft.from, draft.next);
	}
	return draft;
}

/**
 * Every typed value stated in `text`, in text order, without overlaps. Offsets index `text`;
 * a value in brackets right after another restating it in another unit is marked `conversion`.
 */
export function extractValues(text: string): TypedValue[] {
	const toks = tokenizeValues(text);
	const drafts: Draft[] = [];
	const taken = new Array<boolean>(toks.length).fill(false);
	const take = (d: Draft | null) => {
		if (!d || d.next <= d.from) return;
		for (let k = d.from; k < d.next; k++) if (taken[k]) return;
		for (let k = d.from; k < d.next; k++) taken[k] = true;
		drafts.push(d);
		if (d.also) drafts.push(d.also);
	};
	// Times and dates first, so their digits are not read as counts.
	for (let i = 0; i < toks.length; i++) take(readTime(toks, i));
	for (let i = 0; i < toks.length; i++) take(readNumericDate(toks, i));
	for (const d of readNamedDates(text, toks)) take(d);
	for (let i = 0; i < toks.length; i++) {
		if (taken[i]) continue;
		take(readAge(toks, i));
	}
	for (let i = 0; i < toks.length; i++) {
		if (taken[i]) continue;
		const d =
			readNone(toks, i) ??
			readOrdinalWord(toks, i) ??
			readYearRange(toks, i) ??
			readYear(toks, i) ??
			readQuantity(toks, i);
		take(d);
		if (d && !taken[i]) continue;
		if (d) i = Math.max(i, d.next - 1);
	}
	drafts.sort((a, b) => a.from - b.from);
	// Bracketed restatements: "58km (36 miles)", "euro110 billion ($141 billion)"
	for (let n = 1; n < drafts.length; n++) {
		const prev = drafts[n - 1]!;
		const d = drafts[n]!;
		if (toks[d.from - 1]?.text === '(' && d.from - 1 === prev.next && sameDimension(prev, d)) {
			d.conversion = true;
			// "less than 25 km (15 miles)": the restatement carries the bound.
			d.qualifier ??= prev.qualifier;
		}
	}
	return drafts.map((d) => ({
		start: toks[d.from]!.start,
		end: toks[d.next - 1]!.end,
		kind: d.kind,
		value: d.value,
		low: d.low,
		high: d.high,
		qualifier: d.qualifier,
		unit: d.unit,
		noun: d.noun,
		conversion: d.conversion,
	}));
}

/** "from 2018 to 2021", "between 2005 and 2010": a stretch of years, read as its length. */
function readYearRange(toks: readonly Tok[], i: number): Draft | null {
	const w = (n: number) => toks[n]?.low ?? '';
	if (!(/^(from|between)$/.test(w(i)) && /^(19|20)\d{2}$/.test(toks[i + 1]?.text ?? '')))
		return null;
	if (!/^(to|until|and|-)$/.test(w(i + 2)) || !/^(19|20)\d{2}$/.test(toks[i + 3]?.text ?? ''))
		return null;
	const first = Number(toks[i + 1]!.text);
	const last = Number(toks[i + 3]!.text);
	if (last <= first) return null;
	// A stretch from one year to another lasts between one year less and one year more than
	// their difference: 2018 to 2021 is 2 to 4 years.
	return {
		from: i,
		next: i + 4,
		kind: 'duration',
		value: null,
		low: Math.max(0, last - first - 1),
		high: last - first + 1,
		qualifier: null,
		unit: 'years',
		noun: null,
		conversion: false,
	};
}

function sameDimension(a: Draft, b: Draft): boolean {
	if (a.kind !== b.kind) return false;
	return a.unit !== null && b.unit !== null;
}
