/** Typed values stated in the articles, and where the outlets state them differently. Part of the story model (see `story.ts`). */
import { z } from 'zod';
import { SpanSchema } from './article.ts';

/** What a stated value measures. */
export const ValueKindSchema = z
	.enum(['count', 'money', 'measure', 'age', 'duration', 'date', 'time', 'percent', 'ordinal'])
	.describe(
		'count: people or things, with the noun counted; money: an amount with its ISO currency; measure: a length, area, speed, mass, temperature or magnitude with its unit; age and duration in time units; date (ISO, `--MM-DD` without a year, or a weekday name); time `HH:MM` (24-hour); percent; ordinal',
	);
export type ValueKind = z.output<typeof ValueKindSchema>;

/** How a value is bounded: "at least 5", "more than 5", "about 5", "up to 5", "less than 5". */
export const QualifierSchema = z.enum(['at least', 'more than', 'about', 'up to', 'less than']);
export type Qualifier = z.output<typeof QualifierSchema>;

/** A value as an outlet states it: the exact words (the span) and what they mean. */
export const TypedValueSchema = SpanSchema.extend({
	kind: ValueKindSchema,
	/** The amount (a number), an ISO date or `HH:MM` time, a weekday name, or null for a range. */
	value: z.union([z.number(), z.string()]).nullable(),
	/** Lower end of a range, or the floor of a vague amount ("dozens" = 24); else null. */
	low: z.number().nullable(),
	/** Upper end of a range; else null. */
	high: z.number().nullable(),
	qualifier: QualifierSchema.nullable(),
	/** Unit: `km`, `m`, `miles`, `ft`, `mph`, `magnitude`, `years`, `days`, an ISO currency (`EUR`), `percent`, `GMT`, …; null for counts. */
	unit: z.string().nullable(),
	/** The head noun counted or measured ("injured", "villages", "quake"), lowercase, or null. */
	noun: z.string().nullable(),
	/** True when the value restates the one before it in another unit, in brackets: "58km (36 miles)". */
	conversion: z.boolean(),
});
export type TypedValue = z.output<typeof TypedValueSchema>;

/** What a difference is about: a kind of value, how a person is named, or who is credited. */
export const DifferenceKindSchema = z.union([ValueKindSchema, z.enum(['name', 'credit'])]);
export type DifferenceKind = z.output<typeof DifferenceKindSchema>;

/** How two outlets' values of one slot relate. `same` is never stored. */
export const RelationSchema = z
	.enum(['different', 'compatible', 'converted'])
	.describe(
		'different: the values conflict; compatible: a bound, range or approximate figure that the other value fits ("at least 5" and "11"); converted: the same amount in another unit or currency',
	);
export type Relation = z.output<typeof RelationSchema>;

/** One outlet's side of a difference: its exact words. */
export const DifferenceSideSchema = SpanSchema.extend({
	outletId: z.string(),
	/** The latest capture of the outlet's article; offsets index its `text`. */
	articleId: z.string(),
	/** The value in words, normalised for display ("at least 10", "5.9 magnitude", "2018"). */
	value: z.string(),
	/** The parsed value, for value differences; null for names and credits. */
	typed: TypedValueSchema.nullable(),
	/** Earlier captures saying the same. */
	alsoIn: z.array(z.string()),
});
export type DifferenceSide = z.output<typeof DifferenceSideSchema>;

/** Two sides of a difference compared: indexes into `sides`, and how their values relate. */
export const ComparisonSchema = z.object({
	a: z.number().int().nonnegative(),
	b: z.number().int().nonnegative(),
	relation: RelationSchema,
});
export type Comparison = z.output<typeof ComparisonSchema>;

/** A slot (one quantity, one person's name) that outlets state differently, each side quoting its outlet's exact words. */
export const DifferenceSchema = z.object({
	/** Stable id `d-<kind>-<hash of the slot>`. */
	id: z.string(),
	kind: DifferenceKindSchema,
	/** The slot: what the sides are values of ("Killed", "Magnitude of the quake", "How Li Wei is named"). */
	topic: z.string(),
	/** The strongest relation among the comparisons: `different` when any pair of outlets conflicts. */
	relation: RelationSchema,
	/** The passage group the sides are wordings of, or null when they were matched by slot across sentences. */
	groupId: z.string().nullable(),
	sides: z.array(DifferenceSideSchema).min(2),
	/** Cross-outlet pairs of sides that were compared and are not the same value. */
	comparisons: z.array(ComparisonSchema),
});
export type Difference = z.output<typeof DifferenceSchema>;
