/** Disagreements on checkable facts between outlets. Part of the story model (see `story.ts`). */
import { z } from 'zod';
import { SpanSchema } from './article.ts';

/** What a difference is about. */
export const DifferenceKindSchema = z.enum([
	'number',
	'year',
	'date',
	'duration',
	'sources',
	'name',
	'credit',
]);
export type DifferenceKind = z.output<typeof DifferenceKindSchema>;

/** One outlet's side of a difference: its exact words. */
export const DifferenceSideSchema = SpanSchema.extend({
	outletId: z.string(),
	/** The latest capture of the outlet's article; offsets index its `text`. */
	articleId: z.string(),
	/** The compared value, normalised ("2018", "more than 1,000 days", "two, separate"). */
	value: z.string(),
	/** Earlier captures saying the same. */
	alsoIn: z.array(z.string()),
});
export type DifferenceSide = z.output<typeof DifferenceSideSchema>;

/** A disagreement on a checkable fact, each side quoting its outlet's exact words. */
export const DifferenceSchema = z.object({
	/** Stable id `d-<topic>` or `d-<group id>-<n>`. */
	id: z.string(),
	kind: DifferenceKindSchema,
	/** What the sides disagree on ("Year first elected"). */
	topic: z.string(),
	/** The passage group the sides are wordings of, or null for story-wide topics. */
	groupId: z.string().nullable(),
	sides: z.array(DifferenceSideSchema).min(2),
});
export type Difference = z.output<typeof DifferenceSchema>;
