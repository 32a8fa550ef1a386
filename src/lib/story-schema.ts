/**
 * The story model: one typed record per story holding its clean articles and everything found
 * in them. The site renders it and the build publishes it, unchanged, as the story export
 * `data/stories/<slug>.json` (a public contract documented in README.md, with a JSON Schema at
 * `data/schema.json` generated from these schemas).
 *
 * Offsets (`start`, `end`) are UTF-16 code-unit indexes into the `text` of the article they
 * belong to, `end` exclusive, exactly as JavaScript's `String.prototype.slice` takes them.
 */
import { z } from 'zod';

/** Version of the export format; bumped on any breaking change to these schemas. */
export const STORY_SCHEMA_VERSION = 1;

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
	/** Publication date `YYYY-MM-DD` (manifest, else the capture's own date line), or null. */
	published: z.string().nullable(),
	/** Where `published` came from. */
	publishedSource: z.enum(['manifest', 'capture']).nullable(),
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
});
export type Article = z.output<typeof ArticleSchema>;

/** How closely two wordings match. */
export const MatchKindSchema = z
	.enum(['verbatim', 'near-verbatim', 'reworded'])
	.describe(
		'verbatim: the same words once case, punctuation, quote marks, dashes and spelling variants are set aside; near-verbatim: light edits (weighted word-sequence similarity at least 0.75); reworded: a paraphrase sharing much of its weighted vocabulary',
	);
export type MatchKind = z.output<typeof MatchKindSchema>;

/** A run of a word-level comparison of two wordings. */
export const DiffPartSchema = z.discriminatedUnion('op', [
	z.object({ op: z.literal('equal'), a: z.string(), b: z.string() }),
	z.object({ op: z.literal('delete'), a: z.string() }),
	z.object({ op: z.literal('insert'), b: z.string() }),
]);
export type DiffPart = z.output<typeof DiffPartSchema>;

/** A span of one article's text that at least one other article shares. */
export const PassageSchema = SpanSchema.extend({
	/** Stable id: `p-<articleId>-<hash of its words>`; an anchor on the article page. */
	id: z.string(),
	/** The article whose `text` the offsets index. */
	articleId: z.string(),
	/** Indexes into the article's `sentences` that the passage overlaps. */
	sentenceIndexes: z.array(z.number().int().nonnegative()),
	/** The group the passage belongs to. */
	groupId: z.string(),
});
export type Passage = z.output<typeof PassageSchema>;

/** Two passages of a group compared word by word. */
export const PassagePairSchema = z.object({
	/** Passage id (the first in article-id order). */
	a: z.string(),
	/** Passage id. */
	b: z.string(),
	kind: MatchKindSchema,
	/** The score that decided the kind: sequence similarity, or overlap for reworded pairs. */
	similarity: z.number().min(0).max(1),
	/** Weighted longest-common-subsequence similarity of the wordings (rare words weigh most). */
	sequenceSimilarity: z.number().min(0).max(1),
	/** Weighted content-word overlap (Dice) of the wordings. */
	overlapSimilarity: z.number().min(0).max(1),
	/** Number of words that differ. */
	changedWords: z.number().int().nonnegative(),
	/** Content words both wordings use, as passage `a` writes them: why they match. */
	sharedWords: z.array(z.string()),
	/** Word-level differences from `a` to `b`; the `a` texts rebuild passage a, the `b` texts passage b. */
	diff: z.array(DiffPartSchema),
});
export type PassagePair = z.output<typeof PassagePairSchema>;

/** Passages of two or more articles that report the same text. */
export const GroupSchema = z.object({
	/** Stable id: `g-<hash of the reference wording>`; an anchor and a page of its own. */
	id: z.string(),
	/** The weakest match among the group's pairs. */
	kind: MatchKindSchema,
	/** The lowest pair similarity in the group. */
	similarity: z.number().min(0).max(1),
	/** Member passages, one per article, in article-id order. */
	passageIds: z.array(z.string()).min(2),
	/** Articles holding a member passage, in id order. */
	articleIds: z.array(z.string()).min(2),
	/** The fullest wording, against which the others are compared. */
	referencePassageId: z.string(),
	/** Why the passages match: content words all share (rarest first) and phrases of three or more words all share. */
	evidence: z.object({ sharedWords: z.array(z.string()), sharedPhrases: z.array(z.string()) }),
	/** Pairs compared: every pair in groups of up to 8 passages, else each passage against the reference. */
	pairs: z.array(PassagePairSchema),
	/** Position in reading order, 0-based. */
	order: z.number().int().nonnegative(),
});
export type Group = z.output<typeof GroupSchema>;

/** One paragraph-level change between two captures of an article. */
export const ParagraphChangeSchema = z.object({
	/** added, removed, edited, moved (sentences out of their old order) or unchanged. */
	kind: z.enum(['added', 'removed', 'edited', 'moved', 'unchanged']),
	/** Paragraph indexes in the older capture. */
	from: z.array(z.number().int().nonnegative()),
	/** Paragraph indexes in the newer capture. */
	to: z.array(z.number().int().nonnegative()),
	/** Word-level edits from the old wording to the new, or null when the words are the same. */
	diff: z.array(DiffPartSchema).nullable(),
});

/** Captures of one outlet's article, and what changed between consecutive ones. */
export const VersionSetSchema = z.object({
	outlet: z.string(),
	/** Article ids, oldest first. */
	articleIds: z.array(z.string()).min(2),
	/** How the order was decided: publication dates, or which capture the others are contained in. */
	orderedBy: z.enum(['date', 'containment']),
	comparisons: z.array(
		z.object({
			from: z.string(),
			to: z.string(),
			changes: z.array(ParagraphChangeSchema),
			counts: z.object({
				added: z.number().int(),
				removed: z.number().int(),
				edited: z.number().int(),
				moved: z.number().int(),
				unchanged: z.number().int(),
			}),
		}),
	),
});
export type VersionSetRecord = z.output<typeof VersionSetSchema>;

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
		SpanSchema.extend({ articleId: z.string(), sentenceIndexes: z.array(z.number().int().nonnegative()) }),
	),
	/** Share of outlet a's latest article (by words) that outlet b shares; empty above 30 outlets. */
	overlap: z.array(z.object({ a: z.string(), b: z.string(), share: z.number().min(0).max(1) })),
});
export type CoverageRecord = z.output<typeof CoverageSchema>;

/** A direct quotation in an article. */
export const QuoteSchema = SpanSchema.extend({
	/** Stable id `q-<articleId>-<n>`, in article order. */
	id: z.string(),
	articleId: z.string(),
	/** full: a quotation standing on its own; partial: quoted words inside reported speech; scare: a short phrase in quotation marks. */
	form: z.enum(['full', 'partial', 'scare']),
	/** The speaker as the article names them ("he", "the Don Valley North representative"), or null. */
	speakerText: z.string().nullable(),
	/** Who the mention resolves to, or null when the article does not say. */
	speaker: z.string().nullable(),
	/** 1 when named in the sentence, 0.8 from a pronoun, 0.6 from a description, 0.5 when carried over from the previous quotation. */
	confidence: z.number().min(0).max(1),
	/** The attribution verb ("said", "told", "wrote"), or null. */
	verb: z.string().nullable(),
	/** True when the quotation runs on from the previous paragraph. */
	continued: z.boolean(),
	/** The utterance this quotation renders, or null for scare quotes. */
	utteranceId: z.string().nullable(),
});
export type QuoteRecord = z.output<typeof QuoteSchema>;

/** One article's rendering of an utterance. */
export const RenderingSchema = z.object({
	articleId: z.string(),
	/** Against the fullest rendering: fullest, identical, trimmed-start, trimmed-end, trimmed (both ends), cut (words removed inside), substituted (words changed), paraphrased (reported without quotation marks). */
	kind: z.enum(['fullest', 'identical', 'trimmed-start', 'trimmed-end', 'trimmed', 'cut', 'substituted', 'paraphrased']),
	/** The quotations that render it (several when the article splits it); empty for a paraphrase. */
	quoteIds: z.array(z.string()),
	/** For a paraphrase: the aligned passage that reports it. */
	passageId: z.string().nullable(),
	/** The rendering's words (split quotations joined with " … "). */
	text: z.string(),
	words: z.number().int().nonnegative(),
	/** Word-level differences from the fullest rendering; null for the fullest itself. */
	diff: z.array(DiffPartSchema).nullable(),
});

/** Something one person said, as each outlet renders it. */
export const UtteranceSchema = z.object({
	/** Stable id `u-<hash of the fullest rendering>`. */
	id: z.string(),
	speaker: z.string().nullable(),
	confidence: z.number().min(0).max(1),
	renderings: z.array(RenderingSchema).min(1),
});
export type UtteranceRecord = z.output<typeof UtteranceSchema>;

/** How many of a speaker's words each outlet quotes (latest captures only). */
export const SpeakerTallySchema = z.object({
	speaker: z.string(),
	outlets: z.array(z.object({ outletId: z.string(), words: z.number().int(), quotes: z.number().int() })),
});

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

/** The whole story: what the site renders and the export publishes. */
export const StorySchema = z.object({
	/** Version of this format (see STORY_SCHEMA_VERSION). */
	schemaVersion: z.literal(STORY_SCHEMA_VERSION),
	/** URL slug of the story. */
	slug: z.string(),
	/** Title as the site shows it. */
	title: z.string(),
	/** The day the story broke, `YYYY-MM-DD`. */
	date: z.string(),
	/** Editorial summary, Markdown as written in the manifest. */
	summary: z.string(),
	/** The summary rendered to sanitised HTML. */
	summaryHtml: z.string(),
	/** The summary as plain text. */
	summaryText: z.string(),
	/** Outlets, in manifest order. */
	outlets: z.array(StoryOutletSchema),
	/** Articles, in manifest order. */
	articles: z.array(ArticleSchema),
	/** Every passage another article shares, in article-id then text order. */
	passages: z.array(PassageSchema),
	/** Groups of passages that report the same text, in reading order. */
	groups: z.array(GroupSchema),
	/** Captures of the same article by one outlet, with what changed between them. */
	versions: z.array(VersionSetSchema),
	/** Cross-outlet coverage, each outlet counted once. */
	coverage: CoverageSchema,
	/** Every direct quotation, in article then text order. */
	quotes: z.array(QuoteSchema),
	/** Quotations grouped into utterances, with each outlet's rendering. */
	utterances: z.array(UtteranceSchema),
	/** Per speaker, how many of their words each outlet quotes. */
	speakers: z.array(SpeakerTallySchema),
	/** Disagreements on checkable facts. */
	differences: z.array(DifferenceSchema),
});
export type Story = z.output<typeof StorySchema>;
