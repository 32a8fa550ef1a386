/** Disagreements on checkable facts between outlets. Part of the story model (see `story.ts`). */
import { z } from 'zod';
import { SpanSchema } from './article.ts';

/** A disagreement on a checkable fact, each side quoting its outlet's exact words. */
export const DifferenceSchema = z.object({
	/** Stable id `d-<topic>` or `d-<group id>-<n>`. */
	id: z.string(),
	/** number, year, date, duration, sources, name or credit. */
	kind: z.enum(['number', 'year', 'date', 'duration', 'sources', 'name', 'credit']),
	/** What the sides disagree on ("Year first elected"). */
	topic: z.string(),
	/** The passage group the sides are wordings of, or null for story-wide topics. */
	groupId: z.string().nullable(),
	sides: z
		.array(
			SpanSchema.extend({
				outletId: z.string(),
				/** The latest capture of the outlet's article; offsets index its `text`. */
				articleId: z.string(),
				/** The compared value, normalised. */
				value: z.string(),
				/** Earlier captures saying the same. */
				alsoIn: z.array(z.string()),
			}),
		)
		.min(2),
});
export type DifferenceRecord = z.output<typeof DifferenceSchema>;
