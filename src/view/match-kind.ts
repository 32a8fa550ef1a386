/**
 * How the pages word a match kind: the badge text with its measured share, what the kind means
 * with its published threshold, and "Why these match" — all from the thresholds the engine
 * uses, so a label and its explanation never disagree.
 */
import {
	COHERENCE_MIN_OTHER_WORDS,
	COHERENCE_MIN_SHARED_WORDS,
	MEANING_MIN_COHERENCE,
	MEANING_MIN_REWORDED,
	NEAR_VERBATIM_MIN_CONTAINMENT,
	NEAR_VERBATIM_MIN_SEQUENCE,
	REWORDED_BLEND_MIN_OTHER_WORDS,
	REWORDED_MIN_BLEND,
	REWORDED_MIN_OTHER_WORDS,
	REWORDED_MIN_OVERLAP,
	REWORDED_MIN_SHARED_WORDS,
	REWORDED_SHORT_MAX_WORDS,
	REWORDED_SHORT_MIN_SHARED_WORDS,
	RELATED_MEANING_MIN_OVERLAP,
	RELATED_MIN_MEANING,
	RELATED_MIN_OVERLAP,
	RESTATEMENT_MIN_OTHER_WORDINGS,
} from '../align/thresholds.ts';
import type { MatchKind } from '../schemas/alignment.ts';
import { KIND_LABEL } from './story-view.ts';

/** What a pair's figures are: the similarities the kind was decided on. */
export interface MatchFigures {
	kind: MatchKind;
	sequenceSimilarity: number;
	overlapSimilarity: number;
	/** The semantic check's meaning similarity; null or absent when the story was aligned on words alone. */
	meaningSimilarity?: number | null;
	/** False when the engine grouped the two wordings only through other members (see PassagePair). */
	direct?: boolean;
	sharedWords: readonly string[];
}

/** On which evidence a reworded pair stands: see `kindOf` in the engine. */
export type RewordedBasis = 'words' | 'blend' | 'group';

/**
 * The export rounds figures to three decimals: a pair the engine accepted can sit up to half
 * that step under a threshold once rounded, and is not thereby under it.
 */
const ROUNDING_SLACK = 0.0005;

const pct = (x: number) => `${Math.round(x * 100)} %`;
/** A share under `limit`, never rounded up to it: 19.5 % stays 19.5 %, not the 20 % it falls short of. */
const pctUnder = (x: number, limit: number) =>
	x < limit && Math.round(x * 100) >= Math.round(limit * 100)
		? `${(Math.floor(x * 1000) / 10).toFixed(1)} %`
		: pct(x);
/** Meaning similarity is a cosine (it can be negative), not a share: shown as a figure. */
const figure = (x: number) => x.toFixed(2).replace('-', '−');

/** The share that decided the kind: word sequence for edits, vocabulary for rewordings; none for word for word. */
export function decidingShare(m: Omit<MatchFigures, 'sharedWords'>): number | null {
	if (m.kind === 'verbatim') return null;
	return m.kind === 'reworded' ? m.overlapSimilarity : m.sequenceSimilarity;
}

/**
 * Which rule a reworded pair passed: its words (with the meaning check when on), words and
 * meaning together, or neither on its own (the two wordings were grouped through the others).
 */
export function rewordedBasis(m: Omit<MatchFigures, 'kind' | 'sharedWords'>): RewordedBasis {
	if (m.direct === false) return 'group';
	const overlap = m.overlapSimilarity + ROUNDING_SLACK;
	const meaning = m.meaningSimilarity ?? null;
	// The engine's own verdict wins over figures rounded for the export.
	const fallback: RewordedBasis = m.direct ? (meaning === null ? 'words' : 'blend') : 'group';
	if (meaning === null) return overlap >= REWORDED_MIN_OVERLAP ? 'words' : fallback;
	if (overlap >= REWORDED_MIN_OVERLAP && meaning + ROUNDING_SLACK >= MEANING_MIN_REWORDED)
		return 'words';
	return (m.overlapSimilarity + meaning) / 2 + ROUNDING_SLACK >= REWORDED_MIN_BLEND
		? 'blend'
		: fallback;
}

/** True for a reworded pair that stands in its group only through the other members. */
export function isThroughGroup(m: Omit<MatchFigures, 'sharedWords'>): boolean {
	return m.kind === 'reworded' && rewordedBasis(m) === 'group';
}

/**
 * Badge text: the kind and, unless word for word, its measured share ("Reworded · 46 % shared");
 * a pair linked only through its group says so instead of showing a share under the threshold.
 */
export function badgeText(
	kind: MatchKind,
	share: number | null = null,
	throughGroup = false,
): string {
	if (throughGroup) return `${KIND_LABEL[kind]} · through its group`;
	return share === null || kind === 'verbatim'
		? KIND_LABEL[kind]
		: `${KIND_LABEL[kind]} · ${pct(share)} shared`;
}

/**
 * What a kind means, with its published thresholds; the semantic check's part only when the
 * story was aligned with it.
 */
export function describeKind(kind: MatchKind, semanticCheck = false): string {
	if (kind === 'verbatim')
		return 'Word for word: the same words once case, punctuation, quote marks, dashes and spelling variants are set aside.';
	if (kind === 'near-verbatim')
		return `Lightly edited: at least ${pct(NEAR_VERBATIM_MIN_SEQUENCE)} of the weighted word sequence is shared, or the shorter wording appears in order in the longer one (${pct(NEAR_VERBATIM_MIN_CONTAINMENT)} of its weight).`;
	const words = `Reworded: at least ${pct(REWORDED_MIN_OVERLAP)} of the weighted vocabulary is shared, with at least ${REWORDED_MIN_SHARED_WORDS} shared words of which ${REWORDED_MIN_OTHER_WORDS} or more are not the story's main names (nor words that only introduce a quotation, such as its speaker's name and role; a name of several words counts once), and each wording is the other's best match (or a wording matches every member of a group on these terms).`;
	if (!semanticCheck) return words;
	return `${words} This story was also checked for meaning (sentence vectors compared; a meaning similarity is about 0 for unrelated sentences of the story and 1 for the same sentence): such a pair must also reach a meaning similarity of ${figure(MEANING_MIN_REWORDED)}, which lets a short sentence (at most ${REWORDED_SHORT_MAX_WORDS} content words) match on ${REWORDED_SHORT_MIN_SHARED_WORDS} shared words; and a pair sharing less of its vocabulary (still as many words, at least ${REWORDED_BLEND_MIN_OTHER_WORDS} of them not a main name) is reworded when its vocabulary share and meaning similarity average at least ${figure(REWORDED_MIN_BLEND)}.`;
}

/** "Why these match": the evidence for the pair, in the terms of its kind and of the rule it passed. */
export function explainMatch(m: MatchFigures): string {
	const words = m.sharedWords.length > 0 ? m.sharedWords.join(', ') : 'none';
	const meaning = m.meaningSimilarity ?? null;
	if (m.kind === 'verbatim') return `The same words. Shared words: ${words}.`;
	if (m.kind === 'near-verbatim')
		return `${pct(m.sequenceSimilarity)} of the weighted word sequence is shared (lightly edited from ${pct(NEAR_VERBATIM_MIN_SEQUENCE)}, or when one wording is a trimmed copy of the other); ${pct(m.overlapSimilarity)} of the weighted vocabulary. Shared words: ${words}.`;
	const basis = rewordedBasis(m);
	if (basis === 'words') {
		const checked =
			meaning === null
				? ''
				: ` Meaning similarity ${figure(meaning)}: the semantic check confirms a word match from ${figure(MEANING_MIN_REWORDED)}.`;
		return `${pct(m.overlapSimilarity)} of the weighted vocabulary is shared (reworded from ${pct(REWORDED_MIN_OVERLAP)}), and ${pct(m.sequenceSimilarity)} of the word sequence.${checked} Shared words: ${words}.`;
	}
	if (basis === 'blend' && meaning !== null) {
		const blend = Math.max((m.overlapSimilarity + meaning) / 2, REWORDED_MIN_BLEND);
		return `Meaning made up for the words: only ${pctUnder(m.overlapSimilarity, REWORDED_MIN_OVERLAP)} of the weighted vocabulary (and ${pct(m.sequenceSimilarity)} of the word sequence) is shared, under the ${pct(REWORDED_MIN_OVERLAP)} that words alone need, but the meaning similarity is ${figure(meaning)}; the mean of ${figure(m.overlapSimilarity)} and ${figure(meaning)} is ${figure(blend)}, at least the ${figure(REWORDED_MIN_BLEND)} that words and meaning together need. Shared words: ${words}.`;
	}
	const alone =
		meaning === null
			? `${pctUnder(m.overlapSimilarity, REWORDED_MIN_OVERLAP)} of the weighted vocabulary shared, where a pair alone needs ${pct(REWORDED_MIN_OVERLAP)}`
			: `${pctUnder(m.overlapSimilarity, REWORDED_MIN_OVERLAP)} of the weighted vocabulary shared and a meaning similarity of ${figure(meaning)}, where a pair alone needs ${pct(REWORDED_MIN_OVERLAP)} with meaning at least ${figure(MEANING_MIN_REWORDED)}, or a mean of the two of at least ${figure(REWORDED_MIN_BLEND)}`;
	const agree =
		meaning !== null && meaning + ROUNDING_SLACK >= MEANING_MIN_COHERENCE
			? ` (members of a group agree from a meaning similarity of ${figure(MEANING_MIN_COHERENCE)} when they share at least ${COHERENCE_MIN_SHARED_WORDS} content words, ${COHERENCE_MIN_OTHER_WORDS} of them not a main name)`
			: '';
	return `Matched through the rest of their group: on their own these wordings fall short of the reworded thresholds (${alone}); they share a group because each matches other wordings in it${agree}. Shared words: ${words}.`;
}

/**
 * "Why these match" for a related link: why the two wordings are not one passage group, and the
 * evidence: for a rewording, against the related thresholds, which are stronger than a group
 * member needs; for a copy, as for any pair of its kind; for a `restatement`, the rule that
 * linked an article's opening to the group its own article's wording is in.
 */
export function explainRelated(m: MatchFigures, restatement = false): string {
	const words = m.sharedWords.length > 0 ? m.sharedWords.join(', ') : 'none';
	const meaning = m.meaningSimilarity ?? null;
	if (restatement) {
		const figures = `${pct(m.overlapSimilarity)} of the weighted vocabulary is shared and ${pct(m.sequenceSimilarity)} of the word sequence${meaning === null ? '' : `, meaning similarity ${figure(meaning)}`}`;
		return `A restatement: an article's opening often sums up what it details further down, and a passage group holds one wording per article, so the summary is linked to each other outlet's wording of the fact instead. It needs at least ${RESTATEMENT_MIN_OTHER_WORDINGS} of them, from other outlets, and must agree with each as a group member does (it matches it, or reaches a meaning similarity of ${figure(MEANING_MIN_COHERENCE)} with at least ${COHERENCE_MIN_SHARED_WORDS} shared content words, ${COHERENCE_MIN_OTHER_WORDS} of them not a main name), and reach that meaning similarity with its own article's grouped wording. Here ${figures}. Shared words: ${words}.`;
	}
	const why =
		'Related, not one passage: a passage group holds one wording per article, and at least one of these two is already grouped with another wording, or the other article spreads this content over two passages.';
	// A copy needs no related threshold: its kind rests on a stricter one, explained as for a group.
	if (m.kind !== 'reworded') return `${why} ${explainMatch(m)}`;
	const byWords = m.overlapSimilarity + ROUNDING_SLACK >= RELATED_MIN_OVERLAP;
	const evidence =
		byWords || meaning === null
			? `${pct(m.overlapSimilarity)} of the weighted vocabulary is shared (a related link needs ${pct(RELATED_MIN_OVERLAP)}), and ${pct(m.sequenceSimilarity)} of the word sequence${meaning === null ? '' : `; meaning similarity ${figure(meaning)}`}.`
			: `Meaning similarity ${figure(meaning)} (a related link needs ${figure(RELATED_MIN_MEANING)} when fewer words are shared) with ${pctUnder(m.overlapSimilarity, RELATED_MIN_OVERLAP)} of the weighted vocabulary shared (at least ${pct(RELATED_MEANING_MIN_OVERLAP)}).`;
	return `${why} ${evidence} Each is the other's best such match in its article. Shared words: ${words}.`;
}

/**
 * The pair's figures in one line, for lists of many pairs: both shares, the meaning similarity
 * when the story has one, and which rule made a rewording when it was not its words alone.
 */
export function summarizeFigures(m: Omit<MatchFigures, 'sharedWords'>): string {
	const meaning = m.meaningSimilarity ?? null;
	const figures = `word sequence ${pct(m.sequenceSimilarity)}, shared vocabulary ${pct(m.overlapSimilarity)}${meaning === null ? '' : `, meaning similarity ${figure(meaning)}`}`;
	if (m.kind !== 'reworded') return figures;
	const basis = rewordedBasis(m);
	if (basis === 'blend' && meaning !== null)
		return `${figures}: meaning made up for the words (their mean ${figure(Math.max((m.overlapSimilarity + meaning) / 2, REWORDED_MIN_BLEND))} reaches ${figure(REWORDED_MIN_BLEND)})`;
	if (basis === 'group') return `${figures}: matched through the rest of the group`;
	return figures;
}
