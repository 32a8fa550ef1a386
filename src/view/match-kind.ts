/**
 * How the pages word a match kind: the badge text with its measured share, what the kind means
 * with its published threshold, and "Why these match" — all from the thresholds the engine
 * uses, so a label and its explanation never disagree.
 */
import {
	NEAR_VERBATIM_MIN_CONTAINMENT,
	NEAR_VERBATIM_MIN_SEQUENCE,
	REWORDED_MIN_OTHER_WORDS,
	REWORDED_MIN_OVERLAP,
	REWORDED_MIN_SHARED_WORDS,
} from '../align/thresholds.ts';
import type { MatchKind } from '../schemas/alignment.ts';
import { KIND_LABEL } from './story-view.ts';

/** What a pair's figures are: the two similarities the kind was decided on. */
export interface MatchFigures {
	kind: MatchKind;
	sequenceSimilarity: number;
	overlapSimilarity: number;
	sharedWords: readonly string[];
}

const pct = (x: number) => `${Math.round(x * 100)} %`;

/** The share that decided the kind: word sequence for edits, vocabulary for rewordings; none for word for word. */
export function decidingShare(m: Omit<MatchFigures, 'sharedWords'>): number | null {
	if (m.kind === 'verbatim') return null;
	return m.kind === 'reworded' ? m.overlapSimilarity : m.sequenceSimilarity;
}

/** Badge text: the kind and, unless word for word, its measured share ("Reworded · 46 % shared"). */
export function badgeText(kind: MatchKind, share: number | null = null): string {
	return share === null || kind === 'verbatim'
		? KIND_LABEL[kind]
		: `${KIND_LABEL[kind]} · ${pct(share)} shared`;
}

/** What a kind means, with its published threshold. */
export function describeKind(kind: MatchKind): string {
	if (kind === 'verbatim')
		return 'Word for word: the same words once case, punctuation, quote marks, dashes and spelling variants are set aside.';
	if (kind === 'near-verbatim')
		return `Lightly edited: at least ${pct(NEAR_VERBATIM_MIN_SEQUENCE)} of the weighted word sequence is shared, or the shorter wording appears in order in the longer one (${pct(NEAR_VERBATIM_MIN_CONTAINMENT)} of its weight).`;
	return `Reworded: at least ${pct(REWORDED_MIN_OVERLAP)} of the weighted vocabulary is shared, with at least ${REWORDED_MIN_SHARED_WORDS} shared words of which ${REWORDED_MIN_OTHER_WORDS} or more are not the story's main names, and each wording is the other's best match.`;
}

/** "Why these match": the evidence for the pair, in the terms of its kind. */
export function explainMatch(m: MatchFigures): string {
	const words = m.sharedWords.length > 0 ? m.sharedWords.join(', ') : 'none';
	if (m.kind === 'verbatim') return `The same words. Shared words: ${words}.`;
	if (m.kind === 'near-verbatim')
		return `${pct(m.sequenceSimilarity)} of the weighted word sequence is shared (lightly edited from ${pct(NEAR_VERBATIM_MIN_SEQUENCE)}, or when one wording is a trimmed copy of the other); ${pct(m.overlapSimilarity)} of the weighted vocabulary. Shared words: ${words}.`;
	return `${pct(m.overlapSimilarity)} of the weighted vocabulary is shared (reworded from ${pct(REWORDED_MIN_OVERLAP)}), though only ${pct(m.sequenceSimilarity)} of the word sequence. Shared words: ${words}.`;
}
