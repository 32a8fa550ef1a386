/** Quotations, the utterances they render and how much of each speaker each outlet quotes. Part of the story model (see `story.ts`). */
import { z } from 'zod';
import { SpanSchema } from './article.ts';
import { DiffPartSchema } from './word-diff.ts';

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
	kind: z.enum([
		'fullest',
		'identical',
		'trimmed-start',
		'trimmed-end',
		'trimmed',
		'cut',
		'substituted',
		'paraphrased',
	]),
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
	outlets: z.array(
		z.object({ outletId: z.string(), words: z.number().int(), quotes: z.number().int() }),
	),
});
