/** Decides the kind of match between two wordings, with the evidence the kind rests on. */
import type { MatchKind } from '../schemas/alignment.ts';
import { NEWS_FRAME_WORDS } from '../text/lexicon.ts';
import type { Token } from '../text/tokenize.ts';
import type { Unit, Weigh } from './model.ts';
import { overlapSimilarity, sameWords, sequenceSimilarity, sharedContent } from './similarity.ts';
import {
	MEANING_MIN_REWORDED,
	NEAR_VERBATIM_MIN_CONTAINMENT,
	NEAR_VERBATIM_MIN_SEQUENCE,
	NEAR_VERBATIM_MIN_TRIMMED_SEQUENCE,
	REWORDED_BLEND_MIN_OTHER_WORDS,
	REWORDED_MIN_BLEND,
	REWORDED_MIN_OTHER_WORDS,
	REWORDED_MIN_OVERLAP,
	REWORDED_MIN_SHARED_WORDS,
	REWORDED_SHORT_MAX_WORDS,
	REWORDED_SHORT_MIN_SHARED_WORDS,
} from './thresholds.ts';

/** How two wordings compare. */
export interface PairMeasure {
	/** The kind of match, or null when they do not match. */
	kind: MatchKind | null;
	/** Weighted sequence similarity. */
	sequence: number;
	/** Share of the lighter wording's weight that the other holds in the same order. */
	containment: number;
	/** Weighted content-word overlap. */
	overlap: number;
	/** Distinct content words both use, and how many of them are not main names. */
	shared: number;
	other: number;
	/** Distinct content words of the shorter wording's sentence (see minSharedWords). */
	fewest: number;
	/** Centred sentence-vector cosine, when the semantic check is on. */
	meaning?: number;
}

/**
 * Fewest shared content words a paraphrase needs, given the content words of the shorter
 * wording's sentence and whether the semantic check is on (only meaning can confirm that two
 * shared words are not chance).
 */
export function minSharedWords(fewest: number, checked: boolean): number {
	return checked && fewest <= REWORDED_SHORT_MAX_WORDS
		? REWORDED_SHORT_MIN_SHARED_WORDS
		: REWORDED_MIN_SHARED_WORDS;
}

/**
 * The measures a kind is decided on: a pair's measures (see PairMeasure), whether its words are
 * the same, and the semantic check's similarity (undefined when the check is off).
 */
export type KindMeasures = Omit<PairMeasure, 'kind' | 'meaning'> & {
	same: boolean;
	meaning?: number | undefined;
};

/** The kind given the measures: the one rule every part of the site applies. */
export function kindOf({
	same,
	sequence,
	containment,
	overlap,
	shared,
	other,
	fewest,
	meaning,
}: KindMeasures): MatchKind | null {
	if (same) return 'verbatim';
	if (sequence >= NEAR_VERBATIM_MIN_SEQUENCE) return 'near-verbatim';
	if (
		containment >= NEAR_VERBATIM_MIN_CONTAINMENT &&
		sequence >= NEAR_VERBATIM_MIN_TRIMMED_SEQUENCE
	)
		return 'near-verbatim';
	if (shared < minSharedWords(fewest, meaning !== undefined)) return null;
	const byWords = overlap >= REWORDED_MIN_OVERLAP && other >= REWORDED_MIN_OTHER_WORDS;
	if (meaning === undefined) return byWords ? 'reworded' : null;
	// The semantic check vetoes a word match that means something else, and lets meaning make
	// up for words a paraphrase does not share, never for all of them being main names.
	if (byWords) return meaning >= MEANING_MIN_REWORDED ? 'reworded' : null;
	return other >= REWORDED_BLEND_MIN_OTHER_WORDS && (overlap + meaning) / 2 >= REWORDED_MIN_BLEND
		? 'reworded'
		: null;
}

/** No stems: most wordings hold no attribution, and measuring pairs is the engine's hot path. */
const NO_STEMS: ReadonlySet<string> = new Set();

/**
 * Shared words that say which statement two wordings make: not main names, not news framing, and
 * not words that either wording uses only to attribute a quotation (two quotations of one speaker
 * share the speaker's name and role, not a statement); a name of several words counts once.
 * `shared` are tokens of one wording, so a name's words carry the same mark (see `markNames`).
 */
export function countDistinctiveWords(
	shared: readonly Token[],
	mainNames: ReadonlySet<string>,
	attributing: ReadonlySet<string> = NO_STEMS,
): number {
	const kept = shared.filter(
		(t) =>
			!mainNames.has(t.stem) &&
			!attributing.has(t.stem) &&
			!NEWS_FRAME_WORDS.has(t.norm) &&
			!NEWS_FRAME_WORDS.has(t.stem),
	);
	// A shared name is one shared word however many words it has ("Harbour County", "United
	// Nations"): two wordings naming the same official or body share a name, not a statement.
	let names: Set<number> | undefined;
	let words = 0;
	for (const t of kept) {
		if (t.name === undefined) words++;
		else (names ??= new Set()).add(t.name);
	}
	return words + (names?.size ?? 0);
}

/** Stems of the words either wording uses only to attribute a quotation (see `Token.attribution`). */
export function attributionStems(a: readonly Token[], b: readonly Token[]): ReadonlySet<string> {
	let stems: Set<string> | undefined;
	for (const list of [a, b])
		for (const t of list) if (t.attribution) (stems ??= new Set()).add(t.stem);
	return stems ?? NO_STEMS;
}

/** Distinct content words (stems) of a wording. */
export function countContentWords(tokens: readonly Token[]): number {
	const stems = new Set<string>();
	for (const t of tokens) if (!t.stop) stems.add(t.stem);
	return stems.size;
}

/**
 * The content words that decide how many a wording must share (see minSharedWords): those of the
 * sentences its units lie in, or its own when it spans more.
 */
export function countSentenceWords(tokens: readonly Token[], units: readonly Unit[]): number {
	const first = units[0];
	// Within one sentence its count is the larger: no need to count the wording's own words.
	if (first && units.every((u) => u.sentence === first.sentence)) return first.sentenceWords;
	return units.reduce((most, u) => Math.max(most, u.sentenceWords), countContentWords(tokens));
}

/**
 * Measures and classifies two token lists. `fewest` is the distinct content words of the shorter
 * of the sentences they lie in, when they are clauses (by default, of the shorter list).
 */
export function measurePair(
	a: readonly Token[],
	b: readonly Token[],
	w: Weigh,
	mainNames: ReadonlySet<string>,
	meaning?: number,
	fewest = Math.min(countContentWords(a), countContentWords(b)),
): PairMeasure {
	const same = sameWords(a, b);
	const sequence = same ? 1 : sequenceSimilarity(a, b, w);
	const wa = a.reduce((sum, t) => sum + w(t), 0);
	const wb = b.reduce((sum, t) => sum + w(t), 0);
	// sequence = 2·LCS / (wa + wb), so the in-order shared weight is sequence·(wa + wb)/2.
	const containment = Math.min(wa, wb) === 0 ? 0 : (sequence * (wa + wb)) / 2 / Math.min(wa, wb);
	const overlap = same ? 1 : overlapSimilarity(a, b, w);
	const shared = sharedContent(a, b);
	const other = countDistinctiveWords(shared, mainNames, attributionStems(a, b));
	const measures = { sequence, containment, overlap, shared: shared.length, other, fewest };
	return {
		kind: kindOf({ ...measures, same, meaning }),
		...measures,
		...(meaning === undefined ? {} : { meaning }),
	};
}
