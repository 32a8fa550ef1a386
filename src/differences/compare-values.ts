/**
 * How two typed values of one slot relate: the same amount (never shown), different, a bound
 * or approximate figure the other fits (compatible), or the same amount in another unit or
 * currency (converted).
 */
import type { Relation, TypedValue } from '../schemas/differences.ts';
import { UNIT_SCALE } from './value-words.ts';

/**
 * How far an "about" figure may be from another and still fit it: 10 %. "about 6.0" fits 5.9
 * and "about 20,000" fits 21,000, while "about 600 m" does not fit 700 m. Calibrated on the
 * compatible pairs of the dev-corpus gold (tests/fixtures/gold/differences-dev.json).
 */
export const ABOUT_TOLERANCE = 0.1;

/**
 * How far two exact figures in different units may be apart and still be one amount converted
 * and rounded: 3 %. 2,000 ft is 609.6 m ("600 m"), 940 miles is 1,513 km ("1,500 km"), 200 ft is
 * 61 m ("60 m"). Calibrated on the same gold's conversion pairs.
 */
export const CONVERSION_TOLERANCE = 0.03;

/**
 * How far a round figure (a whole number of tens from 100 up, or an amount of money) may be
 * from a precise one and still be that figure rounded: 5 %. "600 were killed" fits 612 and
 * "22 billion" fits 22.4 billion, while "200 metres" does not fit 150. Set on the same gold.
 */
export const ROUND_TOLERANCE = 0.05;

/** True for figures written rounded: whole tens from 100 up, or sums of money in millions and more. */
function isRound(v: TypedValue): boolean {
	if (typeof v.value !== 'number') return false;
	if (v.kind === 'money') return Math.abs(v.value) >= 1e6;
	return Number.isInteger(v.value) && v.value >= 100 && v.value % 10 === 0;
}

/** Minutes an "about" clock time may be off: "about 3:00 pm" fits 2:53 pm, not 3:20 pm. */
export const ABOUT_MINUTES = 10;

/** The dimension a value's unit measures, so that km and miles, or days and years, compare. */
export function dimensionOf(v: TypedValue): string {
	if (v.kind === 'money') return 'money';
	if (v.kind === 'count' || v.kind === 'ordinal') return v.kind;
	if (v.kind === 'date')
		return typeof v.value === 'string' && /^[A-Z]/.test(v.value) ? 'weekday' : 'date';
	if (v.kind === 'time') return `time-${v.unit ?? 'local'}`;
	if (v.kind === 'age') return 'age';
	return UNIT_SCALE.get(v.unit ?? '')?.dimension ?? v.unit ?? v.kind;
}

/** The value's interval in base units: exact values are points, bounds open to one side. */
function intervalOf(v: TypedValue): [number, number] | null {
	const base = baseAmount(v);
	if (!base) return null;
	const { value, low, high } = base;
	if (value === null)
		return low !== null && high !== null ? [low, high] : low !== null ? [low, Infinity] : null;
	const tolerance = v.kind === 'time' ? ABOUT_MINUTES : Math.abs(value) * ABOUT_TOLERANCE;
	switch (v.qualifier) {
		case 'at least':
		case 'more than':
			// A near bound ("just over 10") carries its ceiling in `high`.
			return [value, high ?? Infinity];
		case 'up to':
		case 'less than':
			return [low ?? -Infinity, value];
		case 'about':
			return [value - tolerance, value + tolerance];
		default:
			return [value, value];
	}
}

/** The amount in the dimension's base unit (metres, days, years for ages, minutes for times). */
function baseAmount(
	v: TypedValue,
): { value: number | null; low: number | null; high: number | null } | null {
	if (v.kind === 'time') {
		if (typeof v.value !== 'string') return null;
		const [h, m] = v.value.split(':').map(Number) as [number, number];
		return { value: h * 60 + m, low: null, high: null };
	}
	if (v.kind === 'date') {
		if (v.value === null && v.low !== null) return { value: null, low: v.low, high: v.high };
		return null;
	}
	if (typeof v.value === 'string') return null;
	const factor =
		v.kind === 'age'
			? ageFactor(v.unit)
			: v.kind === 'money'
				? 1
				: (UNIT_SCALE.get(v.unit ?? '')?.factor ?? 1);
	const scale = (n: number | null) => (n === null ? null : n * factor);
	return { value: scale(v.value), low: scale(v.low), high: scale(v.high) };
}

function ageFactor(unit: string | null): number {
	return unit === 'weeks'
		? 7 / 365.25
		: unit === 'months'
			? 1 / 12
			: unit === 'days'
				? 1 / 365.25
				: 1;
}

/** A date value's parts: ISO dates, partial ones ("2012-04") and ones without a year ("--11-08"). */
export function dateParts(value: string): { year?: string; month?: string; day?: string } | null {
	const m = /^(?:(\d{4})|-)(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value);
	if (!m) return null;
	return {
		...(m[1] ? { year: m[1] } : {}),
		...(m[2] ? { month: m[2] } : {}),
		...(m[3] ? { day: m[3] } : {}),
	};
}

/** True when two values measure the same kind of thing and can be compared at all. */
export function areComparable(a: TypedValue, b: TypedValue): boolean {
	if (a.kind !== b.kind) {
		// A duration and an age never compare; counts and ordinals neither.
		return false;
	}
	return dimensionOf(a) === dimensionOf(b);
}

/** How value `b` relates to value `a` of the same slot, or `same` when they state one amount. */
export function compareValues(a: TypedValue, b: TypedValue): Relation | 'same' {
	if (a.kind === 'money' && a.unit !== b.unit) return 'converted';
	if (a.kind === 'date' && typeof a.value === 'string' && typeof b.value === 'string') {
		if (a.value === b.value) return 'same';
		const pa = dateParts(a.value);
		const pb = dateParts(b.value);
		if (!pa || !pb) return 'different';
		// Dates agree where both give a part: a year agrees with a full date in that year ("2018",
		// "2018-03-01"), and "April 9" with "April 2012".
		const parts = ['year', 'month', 'day'] as const;
		if (parts.some((k) => pa[k] !== undefined && pb[k] !== undefined && pa[k] !== pb[k]))
			return 'different';
		return 'compatible';
	}
	const ia = intervalOf(a);
	const ib = intervalOf(b);
	if (!ia || !ib) {
		if (a.value !== null && a.value === b.value) return 'same';
		return 'different';
	}
	const otherUnit = a.unit !== b.unit && a.kind !== 'count';
	const exactA = ia[0] === ia[1];
	const exactB = ib[0] === ib[1];
	if (exactA && exactB) {
		const x = ia[0];
		const y = ib[0];
		if (x === y) return otherUnit ? 'converted' : 'same';
		const gap = Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y));
		if (otherUnit && gap <= CONVERSION_TOLERANCE) return 'converted';
		// A round figure is itself approximate: "600 killed" fits 612, "22 billion" fits 22.4bn.
		if ((isRound(a) || isRound(b)) && gap <= ROUND_TOLERANCE) return 'compatible';
		return 'different';
	}
	if (
		a.qualifier === b.qualifier &&
		a.value === b.value &&
		a.low === b.low &&
		a.high === b.high &&
		a.unit === b.unit
	)
		return 'same';
	// Two approximate figures (or one and an exact one) fit when they are within the tolerance
	// of each other: "about 600 m" and "some 700 m" do not, "about 6.0" and "5.9" do.
	const pointA = a.qualifier === null || a.qualifier === 'about';
	const pointB = b.qualifier === null || b.qualifier === 'about';
	if (pointA && pointB && a.value !== null && b.value !== null) {
		const x = (ia[0] + ia[1]) / 2;
		const y = (ib[0] + ib[1]) / 2;
		const tolerance =
			a.kind === 'time'
				? ABOUT_MINUTES
				: (ABOUT_TOLERANCE + (otherUnit ? CONVERSION_TOLERANCE : 0)) *
					Math.max(Math.abs(x), Math.abs(y));
		if (Math.abs(x - y) > tolerance) return 'different';
		if (otherUnit) return 'converted';
		// "2,000 ft" and "about 2,000 feet" state one amount.
		return x === y ? 'same' : 'compatible';
	}
	// Approximate figures in other units get the conversion tolerance as well.
	const slack = otherUnit ? CONVERSION_TOLERANCE * Math.max(Math.abs(ia[0]), Math.abs(ib[0])) : 0;
	const overlap = ia[0] <= ib[1] + slack && ib[0] <= ia[1] + slack;
	if (!overlap) return 'different';
	// Two bounds of one kind on one amount in two units ("less than 25 km", "less than 15 miles").
	const sameAmount = Math.abs(ia[0] - ib[0]) <= slack && Math.abs(ia[1] - ib[1]) <= slack;
	if (otherUnit && a.qualifier === b.qualifier && sameAmount) return 'converted';
	return 'compatible';
}
