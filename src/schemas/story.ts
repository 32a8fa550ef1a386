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
import { GroupSchema, PassageSchema, RelatedPairSchema } from './alignment.ts';
import { ArticleSchema, StoryOutletSchema } from './article.ts';
import { CoverageSchema } from './coverage.ts';
import { DifferenceSchema } from './differences.ts';
import { QuoteSchema, SpeakerTallySchema, UtteranceSchema } from './quotes.ts';
import { VersionSetSchema } from './versions.ts';

/**
 * Version of the export format; bumped on any breaking change to these schemas (a field removed,
 * renamed or given another meaning), not when a field is added.
 */
export const STORY_SCHEMA_VERSION = 1;

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
	/**
	 * How the passages were aligned: on words alone, or with the semantic check, naming the
	 * sentence encoder whose vectors it used (see `meaningSimilarity` on each passage pair).
	 */
	alignment: z
		.object({ semanticCheck: z.boolean(), encoder: z.string().nullable() })
		.describe(
			'How the passages were aligned: semanticCheck is true when sentence vectors checked the word matches (see meaningSimilarity on each passage pair), and encoder names the sentence encoder and its version, or is null when the story was aligned on words alone',
		),
	/** Every passage another article shares, in article-id then text order. */
	passages: z.array(PassageSchema),
	/** Groups of passages that report the same text, in reading order. */
	groups: z.array(GroupSchema),
	/**
	 * Pairs of wordings of the same content that are not in one group (one outlet restating in one
	 * sentence what another spreads over two), in article-id then text order.
	 */
	related: z.array(RelatedPairSchema),
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
