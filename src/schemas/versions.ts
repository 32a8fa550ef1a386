/** Captures of one outlet's article and what changed between them. Part of the story model (see `story.ts`). */
import { z } from 'zod';
import { DiffPartSchema } from './word-diff.ts';

/** What happened to a paragraph between two versions. */
export const ParagraphChangeKindSchema = z.enum([
	'added',
	'removed',
	'edited',
	'moved',
	'unchanged',
]);
export type ParagraphChangeKind = z.output<typeof ParagraphChangeKindSchema>;

/** One paragraph-level change between two captures of an article. */
export const ParagraphChangeSchema = z.object({
	/** added, removed, edited, moved (sentences out of their old order) or unchanged. */
	kind: ParagraphChangeKindSchema,
	/** Paragraph indexes in the older capture (empty for added paragraphs). */
	from: z.array(z.number().int().nonnegative()),
	/** Paragraph indexes in the newer capture (empty for removed paragraphs). */
	to: z.array(z.number().int().nonnegative()),
	/** Word-level edits from the old wording to the new, or null when the words are the same. */
	diff: z.array(DiffPartSchema).nullable(),
});
export type ParagraphChange = z.output<typeof ParagraphChangeSchema>;

/** The changes between two consecutive captures. */
export const VersionComparisonSchema = z.object({
	from: z.string(),
	to: z.string(),
	/** Changes in the newer capture's order, removed paragraphs where they stood. */
	changes: z.array(ParagraphChangeSchema),
	/** How many paragraphs of each kind. */
	counts: z.object({
		added: z.number().int(),
		removed: z.number().int(),
		edited: z.number().int(),
		moved: z.number().int(),
		unchanged: z.number().int(),
	}),
});
export type VersionComparison = z.output<typeof VersionComparisonSchema>;

/** Captures of one outlet's article, and what changed between consecutive ones. */
export const VersionSetSchema = z.object({
	outlet: z.string(),
	/** Article ids, oldest first. */
	articleIds: z.array(z.string()).min(2),
	/** How the order was decided: publication dates, or which capture the others are contained in. */
	orderedBy: z.enum(['date', 'containment']),
	comparisons: z.array(VersionComparisonSchema),
});
export type VersionSet = z.output<typeof VersionSetSchema>;
