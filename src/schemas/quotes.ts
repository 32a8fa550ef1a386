/** Quotations, the utterances they render and how much of each speaker each outlet quotes. Part of the story model (see `story.ts`). */
import { z } from 'zod';
import { SpanSchema } from './article.ts';
import { DiffPartSchema } from './word-diff.ts';

/** How a quotation sits in its sentence: full (standing on its own), partial (quoted words inside reported speech), scare (a term: a short phrase in quotation marks nobody is said to speak, or a nickname; shown, never counted as anyone's words). */
export const QuoteFormSchema = z.enum(['full', 'partial', 'scare']);
export type QuoteForm = z.output<typeof QuoteFormSchema>;

/** What a speaker is: a named person, a named organisation (a ministry, an agency), or only a description ("a defence spokesperson"). Never a place. */
export const SpeakerKindSchema = z.enum(['person', 'organisation', 'description']);
export type SpeakerKind = z.output<typeof SpeakerKindSchema>;

/** A direct quotation in an article, as the extractor finds it (before utterances are grouped). */
export const ExtractedQuoteSchema = SpanSchema.extend({
	/** Stable id `q-<articleId>-<n>`, in article order. */
	id: z.string(),
	articleId: z.string(),
	form: QuoteFormSchema,
	/** The speaker as the article names them ("he", "the Don Valley North representative"), or null. */
	speakerText: z.string().nullable(),
	/** Who the mention resolves to (a full name, an organisation, or the description as written), or null when the article does not say. */
	speaker: z.string().nullable(),
	/** What the speaker is, or null when there is none. */
	speakerKind: SpeakerKindSchema.nullable(),
	/** 1 when named (or described) in the sentence, 0.9 when the quotation runs on from the last one, 0.8 from a pronoun, 0.6 from a description matched by role, 0.5 for a paragraph of quotation after another one. */
	confidence: z.number().min(0).max(1),
	/** The attribution verb ("said", "told", "wrote"), or null. */
	verb: z.string().nullable(),
	/** True when the quotation runs on from the previous paragraph. */
	continued: z.boolean(),
});
export type ExtractedQuote = z.output<typeof ExtractedQuoteSchema>;

/** A direct quotation in an article, linked to the utterance it renders. */
export const QuoteSchema = ExtractedQuoteSchema.extend({
	/** The utterance this quotation renders, or null for scare quotes. */
	utteranceId: z.string().nullable(),
});
export type Quote = z.output<typeof QuoteSchema>;

/** How an outlet renders an utterance, against the fullest rendering: fullest, identical, trimmed-start, trimmed-end, trimmed (both ends), cut (words removed inside), substituted (words changed), paraphrased (reported without quotation marks). */
export const RenderingKindSchema = z.enum([
	'fullest',
	'identical',
	'trimmed-start',
	'trimmed-end',
	'trimmed',
	'cut',
	'substituted',
	'paraphrased',
]);
export type RenderingKind = z.output<typeof RenderingKindSchema>;

/** One article's rendering of an utterance. */
export const RenderingSchema = z.object({
	articleId: z.string(),
	kind: RenderingKindSchema,
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
export type Rendering = z.output<typeof RenderingSchema>;

/** Something one person said, as each outlet renders it. */
export const UtteranceSchema = z.object({
	/** Stable id `u-<hash of the fullest rendering>`. */
	id: z.string(),
	/** Who said it (the most confident attribution across outlets), or null. */
	speaker: z.string().nullable(),
	/** The attribution's confidence, 0–1. */
	confidence: z.number().min(0).max(1),
	renderings: z.array(RenderingSchema).min(1),
});
export type Utterance = z.output<typeof UtteranceSchema>;

/** How many of a speaker's words each outlet quotes (latest captures only). */
export const SpeakerTallySchema = z.object({
	/** The speaker's canonical name (or description), one row per person across outlets. */
	speaker: z.string(),
	/** What the speaker is. */
	kind: SpeakerKindSchema,
	/** Every way the articles name this speaker ("Mr Gaskin", "Police spokesman Dave Gaskin"), sorted. */
	variants: z.array(z.string()),
	/** Per outlet: quoted words and quotations attributed to the speaker. */
	outlets: z.array(
		z.object({ outletId: z.string(), words: z.number().int(), quotes: z.number().int() }),
	),
});
export type SpeakerTally = z.output<typeof SpeakerTallySchema>;
