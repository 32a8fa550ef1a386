/**
 * English words for amounts, units, currencies and qualifiers, used to read typed values from
 * news text. General English only: nothing here names a story's people, places or events.
 */
import { MONTH_NAMES, WEEKDAY_NAMES } from '../text/lexicon.ts';
import type { Qualifier } from '../schemas/differences.ts';

/** Number words below twenty and the tens. */
export const SMALL_NUMBERS: ReadonlyMap<string, number> = new Map(
	Object.entries({
		zero: 0,
		one: 1,
		two: 2,
		three: 3,
		four: 4,
		five: 5,
		six: 6,
		seven: 7,
		eight: 8,
		nine: 9,
		ten: 10,
		eleven: 11,
		twelve: 12,
		thirteen: 13,
		fourteen: 14,
		fifteen: 15,
		sixteen: 16,
		seventeen: 17,
		eighteen: 18,
		nineteen: 19,
		twenty: 20,
		thirty: 30,
		forty: 40,
		fifty: 50,
		sixty: 60,
		seventy: 70,
		eighty: 80,
		ninety: 90,
	}),
);

/** Multipliers written as words or abbreviations after a number ("2 million", "110bn"). */
export const SCALES: ReadonlyMap<string, number> = new Map(
	Object.entries({
		hundred: 100,
		thousand: 1e3,
		million: 1e6,
		mn: 1e6,
		billion: 1e9,
		bn: 1e9,
		trillion: 1e12,
		tn: 1e12,
	}),
);

/** Ordinal words and their numbers. */
export const ORDINALS: ReadonlyMap<string, number> = new Map(
	Object.entries({
		second: 2,
		third: 3,
		fourth: 4,
		fifth: 5,
		sixth: 6,
		seventh: 7,
		eighth: 8,
		ninth: 9,
		tenth: 10,
		eleventh: 11,
		twelfth: 12,
	}),
);

/**
 * Plural amounts with no number, read as lower bounds (a reader would not call 20 "dozens"):
 * "dozens" at least 24, "hundreds" at least 200, "thousands" at least 2,000; "tens of
 * thousands" multiplies ("tens" 20 × "thousands" 1,000).
 */
export const VAGUE_PLURALS: ReadonlyMap<string, number> = new Map(
	Object.entries({
		dozens: 24,
		scores: 40,
		hundreds: 200,
		thousands: 2000,
		millions: 2e6,
		billions: 2e9,
		tens: 20,
	}),
);

/** Qualifiers before a value, longest first, with the bound they express. */
export const QUALIFIERS: readonly (readonly [string[], Qualifier])[] = (
	[
		[['slightly', 'more', 'than'], 'more than'],
		[['slightly', 'less', 'than'], 'less than'],
		[['at', 'least'], 'at least'],
		[['no', 'fewer', 'than'], 'at least'],
		[['no', 'less', 'than'], 'at least'],
		[['more', 'than'], 'more than'],
		[['just', 'over'], 'more than'],
		[['just', 'under'], 'less than'],
		[['shortly', 'after'], 'more than'],
		[['in', 'excess', 'of'], 'more than'],
		[['over'], 'more than'],
		[['upwards', 'of'], 'more than'],
		[['an', 'estimated'], 'about'],
		[['an', 'approximate'], 'about'],
		[['close', 'to'], 'about'],
		[['about'], 'about'],
		[['around'], 'about'],
		[['approximately'], 'about'],
		[['roughly'], 'about'],
		[['some'], 'about'],
		[['nearly'], 'about'],
		[['almost'], 'about'],
		[['circa'], 'about'],
		[['as', 'many', 'as'], 'up to'],
		[['as', 'much', 'as'], 'up to'],
		[['up', 'to'], 'up to'],
		[['within'], 'up to'],
		[['less', 'than'], 'less than'],
		[['fewer', 'than'], 'less than'],
		[['under'], 'less than'],
		[['below'], 'less than'],
	] as const satisfies readonly (readonly [string[], Qualifier])[]
).map(([words, q]) => [[...words], q] as const);

/** Currency words and signs, by ISO code. Signs and prefixes come before the amount. */
export const CURRENCY_PREFIXES: ReadonlyMap<string, string> = new Map(
	Object.entries({
		$: 'USD',
		'€': 'EUR',
		'£': 'GBP',
		'¥': 'JPY',
		euro: 'EUR',
		eur: 'EUR',
		dh: 'AED',
	}),
);
/** Currency words after the amount ("110 billion euros", "54 million dollars"). */
export const CURRENCY_SUFFIXES: ReadonlyMap<string, string> = new Map(
	Object.entries({
		euro: 'EUR',
		euros: 'EUR',
		eur: 'EUR',
		dollar: 'USD',
		dollars: 'USD',
		usd: 'USD',
		pound: 'GBP',
		pounds: 'GBP',
		sterling: 'GBP',
		gbp: 'GBP',
		yen: 'JPY',
		yuan: 'CNY',
		dirhams: 'AED',
	}),
);

/** Time units, in days, for durations and ages; decades and centuries count in years. */
export const TIME_UNITS: ReadonlyMap<string, { unit: string; factor: number }> = new Map(
	Object.entries({
		second: { unit: 'seconds', factor: 1 },
		seconds: { unit: 'seconds', factor: 1 },
		minute: { unit: 'minutes', factor: 1 },
		minutes: { unit: 'minutes', factor: 1 },
		hour: { unit: 'hours', factor: 1 },
		hours: { unit: 'hours', factor: 1 },
		day: { unit: 'days', factor: 1 },
		days: { unit: 'days', factor: 1 },
		week: { unit: 'weeks', factor: 1 },
		weeks: { unit: 'weeks', factor: 1 },
		month: { unit: 'months', factor: 1 },
		months: { unit: 'months', factor: 1 },
		year: { unit: 'years', factor: 1 },
		years: { unit: 'years', factor: 1 },
		decade: { unit: 'years', factor: 10 },
		decades: { unit: 'years', factor: 10 },
		century: { unit: 'years', factor: 100 },
		centuries: { unit: 'years', factor: 100 },
	}),
);

/** Measure units written as one word after the amount, by canonical unit. */
export const MEASURE_UNITS: ReadonlyMap<string, string> = new Map(
	Object.entries({
		km: 'km',
		kms: 'km',
		kilometer: 'km',
		kilometers: 'km',
		kilometre: 'km',
		kilometres: 'km',
		m: 'm',
		meter: 'm',
		meters: 'm',
		metre: 'm',
		metres: 'm',
		cm: 'cm',
		centimeters: 'cm',
		centimetres: 'cm',
		mile: 'miles',
		miles: 'miles',
		// A slip seen in real copy ("twenty-six mils north of …").
		mils: 'miles',
		ft: 'ft',
		feet: 'ft',
		foot: 'ft',
		yards: 'yd',
		mph: 'mph',
		kph: 'km/h',
		lb: 'lb',
		lbs: 'lb',
		pounds: 'lb',
		pound: 'lb',
		kg: 'kg',
		kilograms: 'kg',
		kilos: 'kg',
		tons: 'tons',
		tonnes: 'tons',
		ton: 'tons',
		tonne: 'tons',
		magnitude: 'magnitude',
		strength: 'magnitude',
		acres: 'acres',
		hectares: 'ha',
		percent: 'percent',
		pct: 'percent',
	}),
);

/**
 * Each measure unit's dimension and size in that dimension's base unit, so that "58km" and
 * "36 miles" compare as one length. Magnitudes, percents and temperatures only compare with
 * themselves.
 */
export const UNIT_SCALE: ReadonlyMap<string, { dimension: string; factor: number }> = new Map(
	Object.entries({
		km: { dimension: 'length', factor: 1000 },
		m: { dimension: 'length', factor: 1 },
		cm: { dimension: 'length', factor: 0.01 },
		miles: { dimension: 'length', factor: 1609.344 },
		ft: { dimension: 'length', factor: 0.3048 },
		yd: { dimension: 'length', factor: 0.9144 },
		km2: { dimension: 'area', factor: 1e6 },
		m2: { dimension: 'area', factor: 1 },
		'sq ft': { dimension: 'area', factor: 0.092903 },
		'sq miles': { dimension: 'area', factor: 2.59e6 },
		acres: { dimension: 'area', factor: 4046.86 },
		ha: { dimension: 'area', factor: 1e4 },
		mph: { dimension: 'speed', factor: 1.609344 },
		'km/h': { dimension: 'speed', factor: 1 },
		lb: { dimension: 'mass', factor: 0.453592 },
		kg: { dimension: 'mass', factor: 1 },
		tons: { dimension: 'mass', factor: 1000 },
		magnitude: { dimension: 'magnitude', factor: 1 },
		percent: { dimension: 'percent', factor: 1 },
		'°C': { dimension: 'temperature', factor: 1 },
		'°F': { dimension: 'temperature-f', factor: 1 },
		'mm/yr': { dimension: 'rate', factor: 1 },
		seconds: { dimension: 'time', factor: 1 / 86400 },
		minutes: { dimension: 'time', factor: 1 / 1440 },
		hours: { dimension: 'time', factor: 1 / 24 },
		days: { dimension: 'time', factor: 1 },
		weeks: { dimension: 'time', factor: 7 },
		months: { dimension: 'time', factor: 30.44 },
		years: { dimension: 'time', factor: 365.25 },
	}),
);

/** Nouns of earthquakes: a bare decimal before one is its magnitude ("a 2.9 aftershock"). */
export const SEISMIC_NOUNS: ReadonlySet<string> = new Set([
	'quake',
	'quakes',
	'earthquake',
	'earthquakes',
	'aftershock',
	'aftershocks',
	'temblor',
	'tremor',
	'tremors',
]);

/**
 * Words for people harmed or held, which stand as the noun counted when they follow the amount
 * ("20 wounded") or precede it ("injuring 80"); -ing forms are read as the -ed state.
 */
export const CASUALTY_WORDS: ReadonlyMap<string, string> = new Map(
	Object.entries({
		dead: 'dead',
		killed: 'killed',
		killing: 'killed',
		kills: 'killed',
		died: 'dead',
		deaths: 'dead',
		injured: 'injured',
		injuring: 'injured',
		injuries: 'injured',
		hurt: 'hurt',
		hurting: 'hurt',
		wounded: 'wounded',
		wounding: 'wounded',
		missing: 'missing',
		arrested: 'arrested',
		arresting: 'arrested',
		detained: 'detained',
		homeless: 'homeless',
		evacuated: 'evacuated',
		casualties: 'casualties',
		fatalities: 'dead',
	}),
);

/**
 * Casualty words that mean the same slot: being killed and dying, being injured, hurt or
 * wounded. Used to decide that two counts are counts of the same thing.
 */
export const CASUALTY_SLOT: ReadonlyMap<string, string> = new Map(
	Object.entries({
		dead: 'killed',
		killed: 'killed',
		injured: 'injured',
		hurt: 'injured',
		wounded: 'injured',
		// "No casualties" in news copy most often answers "how many died".
		casualties: 'killed',
		missing: 'missing',
		arrested: 'arrested',
		detained: 'detained',
		homeless: 'homeless',
		evacuated: 'evacuated',
	}),
);

/** Month names, for dates. */
export const MONTHS: readonly string[] = MONTH_NAMES;

/** Weekday names, for dates. */
export const WEEKDAYS: readonly string[] = WEEKDAY_NAMES;

/**
 * Words news copy uses interchangeably for one event, so that the words around two values
 * match across outlets ("imprisoned" and "detained", "quake" and "temblor"). General English.
 */
export const EVENT_SYNONYMS: readonly (readonly string[])[] = [
	['imprisoned', 'imprisonment', 'detained', 'detention', 'jailed', 'custody', 'incarcerated'],
	['spying', 'espionage', 'spy', 'spies'],
	['blast', 'explosion', 'exploded'],
	['fell', 'fall', 'plunged', 'plummeted', 'tumbled'],
	['killed', 'dead', 'died', 'deaths', 'killing'],
	['injured', 'hurt', 'wounded', 'injuring', 'wounding'],
	['marchers', 'protesters', 'demonstrators', 'marched', 'protested', 'demonstrated'],
];
