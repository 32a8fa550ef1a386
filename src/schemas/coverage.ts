/** Who carries what: cross-outlet coverage with each outlet counted once. Part of the story model (see `story.ts`). */
import { z } from 'zod';
import { SpanSchema } from './article.ts';
import { MatchKindSchema } from './alignment.ts';

/** How one outlet carries one passage group. */
export const CoverageCellSchema = z.object({
	outletId: z.string(),
	/** The outlet's latest capture carrying the passage. */
	articleId: z.string(),
	passageId: z.string(),
	/** The closest match with another outlet's wording. */
	kind: MatchKindSchema,
	/** Earlier captures of the same article that carry it too. */
	alsoIn: z.array(z.string()),
});
export type CoverageCell = z.output<typeof CoverageCellSchema>;

/** One row of the coverage map. */
export const GroupCoverageSchema = z.object({
	groupId: z.string(),
	/** Distinct outlets carrying the passage. */
	outletCount: z.number().int().positive(),
	cells: z.array(CoverageCellSchema),
});
export type GroupCoverage = z.output<typeof GroupCoverageSchema>;

/** A run of an article's sentences (within a paragraph) that no other outlet carries, in a group or as a related wording. */
export const ExclusiveSchema = SpanSchema.extend({
	articleId: z.string(),
	sentenceIndexes: z.array(z.number().int().nonnegative()),
});
export type Exclusive = z.output<typeof ExclusiveSchema>;

/** Share of outlet `a`'s latest article (by words) that outlet `b` shares. */
export const OverlapCellSchema = z.object({
	a: z.string(),
	b: z.string(),
	share: z.number().min(0).max(1),
});
export type OverlapCell = z.output<typeof OverlapCellSchema>;

/** Who carries what, each outlet counted once (its latest capture standing for it). */
export const CoverageSchema = z.object({
	/** One article per outlet's article: the latest capture of each set of versions. */
	latestArticleIds: z.array(z.string()),
	/** One row per group, in the order of `groups`. */
	groups: z.array(GroupCoverageSchema),
	/** Runs of sentences (within a paragraph) that no other outlet carries, in a group or as a related wording. */
	exclusives: z.array(ExclusiveSchema),
	/** Share of outlet a's latest article (by words) that outlet b shares; empty above 30 outlets. */
	overlap: z.array(OverlapCellSchema),
});
export type Coverage = z.output<typeof CoverageSchema>;
