/** One article of a story, cleaned and segmented, with its cleaning log. Part of the story model (see `story.ts`). */
import { z } from 'zod';

/** A half-open span `[start, end)` of an article's `text`. */
export const SpanSchema = z.object({
	/** Index of the first code unit. */
	start: z.number().int().nonnegative(),
	/** Index one past the last code unit. */
	end: z.number().int().nonnegative(),
});
export type Span = z.output<typeof SpanSchema>;

/** A paragraph of an article's `text`, with the raw file line it came from. */
export const ParagraphSchema = SpanSchema.extend({
	/** 1-based line of the raw file the paragraph was taken from. */
	line: z.number().int().positive(),
});
export type Paragraph = z.output<typeof ParagraphSchema>;

/** What a cleaning step did to the raw text. */
export const CleaningActionSchema = z.enum(['decoded', 'repaired', 'removed', 'extracted']);
export type CleaningAction = z.output<typeof CleaningActionSchema>;

/**
 * One entry of an article's cleaning log: every line the cleaner removed or set aside and every
 * repair it made, with the rule that made it, so nothing is silently dropped.
 */
export const CleaningEntrySchema = z.object({
	/** Machine name of the rule, e.g. `site-chrome`, `mojibake`, `manifest-repair`. */
	rule: z.string(),
	/** What happened to the text. */
	action: CleaningActionSchema,
	/** 1-based line of the raw file it concerns, or null for whole-file steps (decoding). */
	line: z.number().int().positive().nullable(),
	/** The affected raw text (a whole line for removals, the bad run for repairs). */
	text: z.string(),
	/** The text put in its place, for repairs; null otherwise. */
	replacement: z.string().nullable(),
	/** A sentence explaining the step to readers. */
	detail: z.string(),
});
export type CleaningEntry = z.output<typeof CleaningEntrySchema>;

/** Whether a capture's date is its first publication or an update. */
export const DateKindSchema = z.enum(['published', 'updated']);
export type DateKind = z.output<typeof DateKindSchema>;

/** The date a capture shows in its own dateline, as read from it. */
export const DatelineSchema = z.object({
	/** The day the dateline gives, `YYYY-MM-DD`, as printed (no time-zone shift). */
	date: z.string(),
	/** `published` for a publication (or bare) date, `updated` for an update time. */
	kind: DateKindSchema,
	/** A later update day the capture also shows, or null. */
	updated: z.string().nullable(),
	/** 1-based raw line of the dateline. */
	line: z.number().int().positive(),
	/** The dateline's text, as cleaned. */
	text: z.string(),
	/** Why the date was not used (it cannot be right), or null when it was usable. */
	rejected: z.string().nullable(),
});
export type Dateline = z.output<typeof DatelineSchema>;

/**
 * A cleaning rule that removed two or more lines reading like sentences: shown with the
 * cleaning log and printed as a build warning, since real text may have gone with them.
 */
export const CleaningWarningSchema = z.object({
	/** The rule, as in the cleaning log. */
	rule: z.string(),
	/** The raw lines it removed that read like sentences. */
	lines: z.array(z.number().int().positive()),
	/** A sentence for readers and the build log. */
	message: z.string(),
});
export type CleaningWarning = z.output<typeof CleaningWarningSchema>;

/** Where an article's `published` date came from. */
export const PublishedSourceSchema = z.enum(['manifest', 'dateline', 'update-line', 'capture']);
export type PublishedSource = z.output<typeof PublishedSourceSchema>;

/** An outlet, as declared in the story manifest. */
export const StoryOutletSchema = z.object({
	/** Stable id, e.g. `cbc`. */
	id: z.string(),
	/** Display name, e.g. `CBC News`. */
	name: z.string(),
	/** Home page URL. */
	homepage: z.string(),
});
export type StoryOutlet = z.output<typeof StoryOutletSchema>;

/** One article, cleaned and segmented. */
export const ArticleSchema = z.object({
	/** Stable id from the manifest, used in URLs, e.g. `ctv-web`. */
	id: z.string(),
	/** Id of the outlet (see `outlets`). */
	outlet: z.string(),
	/** Name of the raw file in the story's content folder, byte for byte as scraped. */
	sourceFile: z.string(),
	/** Size of the raw file in bytes. */
	sourceBytes: z.number().int().nonnegative(),
	/** SHA-256 of the raw file, hex, so downloads can be checked. */
	sourceSha256: z.string(),
	/** How the raw bytes were decoded, e.g. `utf-8`, `utf-8 with BOM`, `windows-1252`. */
	encoding: z.string(),
	/**
	 * Publication date `YYYY-MM-DD`: the manifest's, else the capture's dateline (its update day
	 * when it shows only that), else a leading `date YYYY-MM-DD` prefix; null when none is usable.
	 */
	published: z.string().nullable(),
	/**
	 * Where `published` came from: `manifest`, `dateline` (a publication dateline), `update-line`
	 * (a dateline giving only an update time) or `capture` (the capture's own date prefix, which
	 * may be the day it was captured rather than published).
	 */
	publishedSource: PublishedSourceSchema.nullable(),
	/** The capture's own dateline, read from its first lines, or null when it shows none. */
	dateline: DatelineSchema.nullable(),
	/** Headline (from the capture, else the manifest), or null when neither has one. */
	headline: z.string().nullable(),
	/** Photo caption found at the top of the capture, or null. */
	caption: z.string().nullable(),
	/** Credit lines ("With files from …"), in order. */
	credits: z.array(z.string()),
	/** Article URL from the manifest, or null. */
	url: z.string().nullable(),
	/** Editorial note from the manifest, or null. */
	note: z.string().nullable(),
	/** The clean body: paragraphs separated by one blank line (`\n\n`). */
	text: z.string(),
	/** Paragraph spans in `text`, in order. */
	paragraphs: z.array(ParagraphSchema),
	/** Sentence spans in `text`, in order; each lies inside one paragraph. */
	sentences: z.array(SpanSchema),
	/** Number of words in `text`. */
	wordCount: z.number().int().nonnegative(),
	/** Everything the cleaner removed, set aside or repaired, in file order. */
	cleaningLog: z.array(CleaningEntrySchema),
	/** Rules that removed two or more sentence-like lines, or dates that were rejected. */
	cleaningWarnings: z.array(CleaningWarningSchema),
});
export type Article = z.output<typeof ArticleSchema>;
