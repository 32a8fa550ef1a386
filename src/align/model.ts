/** The engine's data model: what it reads, what it returns, its options, and the sentences and links it works on. */
import type { Group, MatchKind, Passage, RelatedPair } from '../schemas/alignment.ts';
import type { Token } from '../text/tokenize.ts';
import type { UnitVectors } from './meaning.ts';

/** What the engine needs of an article. */
export interface AlignableArticle {
	id: string;
	text: string;
	/** Unit spans of `text`. */
	sentences: readonly { start: number; end: number }[];
}

/** The engine's output. */
export interface Alignment {
	passages: Passage[];
	groups: Group[];
	/** Pairs of wordings of the same content that the groups could not hold together. */
	related: RelatedPair[];
	/** True when the semantic check weighed the matches (every unit had a usable vector). */
	semanticCheck: boolean;
}

/** Tuning of the engine; the defaults are calibrated on the seed story's gold alignment. */
export interface AlignOptions {
	/** Posting lists longer than this link each posting to the first few only. Default 48. */
	maxPostings?: number;
	/** Content words in more sentences than this are not anchors. Default 40. */
	maxAnchorFrequency?: number;
	/** Groups up to this size get every pair compared; larger ones only against the reference. Default 8. */
	maxAllPairs?: number;
	/** Candidates verified per sentence, best first. Default 12. */
	maxPartners?: number;
	/**
	 * How candidate pairs are found: `indexed` (the n-gram and anchor index, default) or
	 * `all-pairs`, every pair of sentences of different articles: the naive method, quadratic,
	 * kept as a baseline for the benchmark.
	 */
	candidates?: 'indexed' | 'all-pairs';
	/**
	 * Sentence vectors for the optional semantic check, keyed by unit text (see meaning.ts).
	 * Without them, or when any unit lacks one, the engine decides on words alone.
	 */
	vectors?: UnitVectors;
}

/** The tuning options with every default filled in. */
export type EngineOptions = Required<Omit<AlignOptions, 'vectors'>>;

export const DEFAULTS: EngineOptions = {
	maxPostings: 48,
	maxAnchorFrequency: 40,
	maxAllPairs: 8,
	maxPartners: 12,
	candidates: 'indexed',
};

/** Order of the kinds, strongest first. */
export const KIND_RANK: Record<MatchKind, number> = {
	verbatim: 0,
	'near-verbatim': 1,
	reworded: 2,
};

/**
 * A passage unit of an article: a sentence, or a clause of one that carries content of its own
 * (see units.ts). Units never overlap; every passage is a unit or a run of adjacent units.
 */
export interface Unit {
	/** Global index. */
	g: number;
	article: number;
	/** Index among the article's units. */
	index: number;
	/** Index of the article sentence the unit lies in. */
	sentence: number;
	start: number;
	end: number;
	tokens: Token[];
	/** Indexes into `tokens` of content words. */
	content: number[];
	/** Index of the unit's first token among the article's tokens. */
	firstToken: number;
	/** Article token indexes of the unit's content words. */
	contentTokens: number[];
	/** The unit's canonical words, for spotting exact copies without aligning. */
	key: string;
	/**
	 * Distinct content words of the whole sentence the unit lies in: a short sentence may share
	 * fewer words with a paraphrase than a clause of a long one (see minSharedWords).
	 */
	sentenceWords: number;
}

/** An article prepared for alignment. */
export interface ArticleData {
	id: string;
	text: string;
	units: Unit[];
	/** All tokens of the article, in order, with their unit. */
	tokens: Token[];
	tokenUnit: number[];
	/** Indexes into `tokens` of content words. */
	content: number[];
	/** Weight of each token (see contentWeights), filled once the story's weights are known. */
	weights: Float64Array;
}

/**
 * Two units that share wording. For (near-)verbatim links, the ranges bound the aligned words
 * in each unit (article token indexes); reworded links cover whole units.
 */
export interface Link {
	/** Global unit indexes, `x` in the article that sorts first. */
	x: number;
	y: number;
	kind: MatchKind;
	similarity: number;
	rangeX: [first: number, last: number];
	rangeY: [first: number, last: number];
}

/** How much a token weighs in comparisons. */
export type Weigh = (t: Token) => number;

/** Meaning similarity of two spans given as global unit indexes (the semantic check, when on). */
export type MeaningOf = (a: readonly number[], b: readonly number[]) => number;
