/** Passages that several articles share, grouped by what they report, with how closely each pair matches. Part of the story model (see `story.ts`). */
import { z } from 'zod';
import { SpanSchema } from './article.ts';
import {
	MEANING_MIN_REWORDED,
	NEAR_VERBATIM_MIN_CONTAINMENT,
	NEAR_VERBATIM_MIN_SEQUENCE,
	NEAR_VERBATIM_MIN_TRIMMED_SEQUENCE,
	REWORDED_MIN_BLEND,
	REWORDED_MIN_OTHER_WORDS,
	REWORDED_MIN_OVERLAP,
	REWORDED_MIN_SHARED_WORDS,
	REWORDED_SHORT_MAX_WORDS,
	REWORDED_SHORT_MIN_SHARED_WORDS,
	RELATED_MEANING_MIN_OVERLAP,
	RELATED_MIN_MEANING,
	RELATED_MIN_OVERLAP,
} from '../align/thresholds.ts';
import { DiffPartSchema } from './word-diff.ts';

/** How closely two wordings match. */
export const MatchKindSchema = z
	.enum(['verbatim', 'near-verbatim', 'reworded'])
	.describe(
		`verbatim: the same words once case, punctuation, quote marks, dashes and spelling variants are set aside; near-verbatim: light edits (weighted word-sequence similarity at least ${NEAR_VERBATIM_MIN_SEQUENCE}, or a trimmed copy: the shorter wording in order in the longer for ${NEAR_VERBATIM_MIN_CONTAINMENT} of its weight with sequence similarity at least ${NEAR_VERBATIM_MIN_TRIMMED_SEQUENCE}); reworded: weighted content-word overlap at least ${REWORDED_MIN_OVERLAP} with ${REWORDED_MIN_SHARED_WORDS} shared content words (with the semantic check, ${REWORDED_SHORT_MIN_SHARED_WORDS} when either wording lies in a sentence of at most ${REWORDED_SHORT_MAX_WORDS} distinct content words), ${REWORDED_MIN_OTHER_WORDS} of them neither the story's main names nor news framing nor words of a clause that only leads into a quotation (a name of several capitalised words counting once), each wording the other's best match (or matching every member of its group on these terms); with the semantic check (the story's alignment.semanticCheck), such a pair must also have a meaningSimilarity of at least ${MEANING_MIN_REWORDED}, and a pair with that many shared content words, one of them not a main name, is reworded when the mean of its overlapSimilarity and meaningSimilarity is at least ${REWORDED_MIN_BLEND} (thresholds named in src/align/thresholds.ts)`,
	);
export type MatchKind = z.output<typeof MatchKindSchema>;

/**
 * A span of one article's text that at least one other article shares: a passage unit (a
 * sentence or a clause with content of its own) or a run of adjacent units. Passages of one
 * article never overlap, and each belongs to exactly one group.
 */
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
	/** The share that decided the kind: sequence similarity, or overlap for reworded pairs. */
	similarity: z.number().min(0).max(1),
	/** Weighted longest-common-subsequence similarity of the wordings (rare words weigh most). */
	sequenceSimilarity: z.number().min(0).max(1),
	/** Weighted content-word overlap (Dice) of the wordings. */
	overlapSimilarity: z.number().min(0).max(1),
	/**
	 * Meaning similarity from the semantic check: cosine of the two wordings' sentence vectors
	 * once the story's mean vector is subtracted (about 0 for two unrelated sentences of the
	 * story, 1 for the same sentence); null when the story was aligned on words alone.
	 */
	meaningSimilarity: z
		.number()
		.min(-1)
		.max(1)
		.nullable()
		.describe(
			"Meaning similarity from the semantic check: cosine of the two wordings' sentence vectors once the story's mean vector is subtracted (about 0 for unrelated sentences of the story, 1 for the same sentence); null when the story was aligned on words alone",
		),
	/**
	 * True when the two wordings meet a kind's thresholds by themselves; false when they are in
	 * one group only because each matches its other members (the pair is then shown as linked
	 * through the group, with its own figures).
	 */
	direct: z
		.boolean()
		.describe(
			'True when the two wordings meet a kind’s thresholds by themselves; false when they share a group only because each matches other members of it',
		),
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

/** One side of a related link: a wording, and its passage when it is in a group. */
export const RelatedSideSchema = SpanSchema.extend({
	/** The article whose `text` the offsets index. */
	articleId: z.string(),
	/** Indexes into the article's `sentences` that the wording overlaps. */
	sentenceIndexes: z.array(z.number().int().nonnegative()),
	/** The passage this wording is, when it is in a group; null when it is in none. */
	passageId: z
		.string()
		.nullable()
		.describe('The passage this wording is, when it is in a group; null when it is in none'),
});
export type RelatedSide = z.output<typeof RelatedSideSchema>;

/**
 * Two wordings of the same content that are not in one group. A group holds one wording per
 * article and each wording sits in one group; when one outlet restates in one sentence what
 * another spreads over two, the second pairing is kept here. The same figures as a passage pair.
 */
export const RelatedPairSchema = PassagePairSchema.omit({ a: true, b: true, direct: true })
	.extend({
		/** Stable id: `r-<hash of both wordings>`; an anchor on comparison pages. */
		id: z.string(),
		/** The wording in the article that sorts first. */
		a: RelatedSideSchema,
		b: RelatedSideSchema,
		/**
		 * For a restatement (an article's opening, in no group, that sums up a fact its own article
		 * details in a group's passage): the id of that passage. Null for other related links.
		 */
		restates: z
			.string()
			.nullable()
			.describe(
				"For a restatement: the id of the grouped passage that the ungrouped wording's own article states the fact with (its opening sums up that passage, and agrees with every other outlet's wording in the group); null for other related links",
			),
	})
	.describe(
		`Two wordings of the same content in different groups (or one in none), each the other's best such match in its article; a reworded pair needs weighted content-word overlap at least ${RELATED_MIN_OVERLAP}, or, with the semantic check, meaning similarity at least ${RELATED_MIN_MEANING} and overlap at least ${RELATED_MEANING_MIN_OVERLAP}; a word-for-word or lightly edited pair only its kind. A restatement (see restates) is instead an article's opening, in no group, that sums up what its own article states in a group's passage, linked to each other outlet's wording in that group (up to eight, those it is checked against)`,
	);
export type RelatedPair = z.output<typeof RelatedPairSchema>;
