/** Who carries what: cross-outlet coverage with each outlet counted once. Part of the story model (see `story.ts`). */
import { z } from 'zod';
import { MatchKindSchema } from './alignment.ts';
import { SpanSchema } from './article.ts';

/** Who carries what, each outlet counted once (its latest capture standing for it). */
export const CoverageSchema = z.object({
	/** One article per outlet's article: the latest capture of each set of versions. */
	latestArticleIds: z.array(z.string()),
	/** One row per group, in the order of `groups`. */
	groups: z.array(
		z.object({
			groupId: z.string(),
			/** Distinct outlets carrying the passage. */
			outletCount: z.number().int().positive(),
			cells: z.array(
				z.object({
					outletId: z.string(),
					/** The outlet's latest capture carrying the passage. */
					articleId: z.string(),
					passageId: z.string(),
					/** The closest match with another outlet's wording. */
					kind: MatchKindSchema,
					/** Earlier captures that carry it too. */
					alsoIn: z.array(z.string()),
				}),
			),
		}),
	),
	/** Runs of sentences (within a paragraph) that no other outlet carries. */
	exclusives: z.array(
		SpanSchema.extend({
			articleId: z.string(),
			sentenceIndexes: z.array(z.number().int().nonnegative()),
		}),
	),
	/** Share of outlet a's latest article (by words) that outlet b shares; empty above 30 outlets. */
	overlap: z.array(z.object({ a: z.string(), b: z.string(), share: z.number().min(0).max(1) })),
});
export type CoverageRecord = z.output<typeof CoverageSchema>;
