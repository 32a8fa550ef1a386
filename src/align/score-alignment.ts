/**
 * Scores a story's alignment against a hand-labelled gold set of sentence pairs: precision and
 * recall over pairs of sentences (of different articles) that share a passage.
 */
import type { Group, MatchKind, Passage, RelatedPair } from '../schemas/alignment.ts';

/** The part of a story (or of an alignment) that scoring reads. */
export interface AlignedStory {
	passages: readonly Passage[];
	groups: readonly Group[];
	/** Related links: each pairs two wordings as a group's members do. */
	related?: readonly RelatedPair[];
}

/** Precision and recall, with the counts they come from. */
export interface AlignmentScore {
	predicted: number;
	gold: number;
	correct: number;
	precision: number;
	recall: number;
	/** Predicted pairs the gold set lacks, and gold pairs not predicted. */
	falsePositives: [string, string][];
	misses: [string, string][];
}

/** Sentence pairs the story's groups and related links predict, as sorted "article:sentence|article:sentence" keys. */
export function predictedPairs(story: AlignedStory): Set<string> {
	return new Set(predictedPairKinds(story).keys());
}

/** Scores the story against gold pairs given as `[["ctv:4", "cbc:3"], …]`. */
export function scoreAlignment(
	story: AlignedStory,
	goldPairs: readonly (readonly [string, string])[],
): AlignmentScore {
	const gold = new Set(goldPairs.map(([a, b]) => [a, b].sort().join('|')));
	const predicted = predictedPairs(story);
	const correct = [...predicted].filter((p) => gold.has(p)).length;
	const split = (key: string) => key.split('|') as [string, string];
	return {
		predicted: predicted.size,
		gold: gold.size,
		correct,
		precision: predicted.size === 0 ? 1 : correct / predicted.size,
		recall: gold.size === 0 ? 1 : correct / gold.size,
		falsePositives: [...predicted].filter((p) => !gold.has(p)).map(split),
		misses: [...gold].filter((p) => !predicted.has(p)).map(split),
	};
}

/** How a labelled pair was judged: one of the match kinds, or a hard negative. */
export type LabelKind = MatchKind | 'negative';

/** A hand-labelled pair: each side is one or more sentences (`article:index`) of one article. */
export interface LabelledPair {
	a: readonly string[];
	b: readonly string[];
	kind: LabelKind;
}

/** Counts and rates for one label kind. */
export interface KindScore {
	/** Labelled pairs of this kind. */
	labelled: number;
	/** Of those, how many the alignment puts in one group. */
	aligned: number;
	/** aligned / labelled: recall for a match kind, the false-alarm rate for negatives. */
	rate: number;
}

/** Precision and per-kind recall of an alignment on labelled pairs. */
export interface LabelledScore {
	byKind: Record<LabelKind, KindScore>;
	/** Aligned positives / all aligned labelled pairs (aligned negatives are the false positives). */
	precision: number;
	/** Aligned positives / labelled positives. */
	recall: number;
	/** Labelled positive pairs not aligned, and negatives aligned. */
	misses: LabelledPair[];
	falsePositives: LabelledPair[];
}

const LABEL_KINDS: readonly LabelKind[] = ['verbatim', 'near-verbatim', 'reworded', 'negative'];

/**
 * Scores an alignment on labelled pairs only (a missing pair says nothing): a pair counts as
 * aligned when some sentence of one side shares a group with some sentence of the other.
 */
export function scoreLabelledPairs(
	predicted: ReadonlySet<string>,
	labelled: readonly LabelledPair[],
): LabelledScore {
	const byKind = Object.fromEntries(
		LABEL_KINDS.map((k) => [k, { labelled: 0, aligned: 0, rate: 0 }]),
	) as Record<LabelKind, KindScore>;
	const misses: LabelledPair[] = [];
	const falsePositives: LabelledPair[] = [];
	for (const pair of labelled) {
		const aligned = pair.a.some((x) => pair.b.some((y) => predicted.has([x, y].sort().join('|'))));
		const score = byKind[pair.kind];
		score.labelled++;
		if (aligned) score.aligned++;
		if (pair.kind === 'negative' && aligned) falsePositives.push(pair);
		if (pair.kind !== 'negative' && !aligned) misses.push(pair);
	}
	for (const score of Object.values(byKind))
		score.rate = score.labelled === 0 ? 0 : score.aligned / score.labelled;
	const positives = LABEL_KINDS.filter((k) => k !== 'negative').map((k) => byKind[k]);
	const alignedPositives = positives.reduce((n, s) => n + s.aligned, 0);
	const labelledPositives = positives.reduce((n, s) => n + s.labelled, 0);
	const alignedAll = alignedPositives + byKind.negative.aligned;
	return {
		byKind,
		precision: alignedAll === 0 ? 1 : alignedPositives / alignedAll,
		recall: labelledPositives === 0 ? 1 : alignedPositives / labelledPositives,
		misses,
		falsePositives,
	};
}

/** The kind of each predicted sentence pair: the kind of the passage pair or related link that joins them. */
export function predictedPairKinds(story: AlignedStory): Map<string, MatchKind> {
	const byId = new Map(story.passages.map((p) => [p.id, p]));
	const kinds = new Map<string, MatchKind>();
	for (const group of story.groups) {
		const pairKind = new Map(group.pairs.map((p) => [`${p.a} ${p.b}`, p.kind]));
		const members = group.passageIds.flatMap((id) => byId.get(id) ?? []);
		members.forEach((p, i) => {
			for (const q of members.slice(i + 1)) {
				const kind =
					pairKind.get(`${p.id} ${q.id}`) ?? pairKind.get(`${q.id} ${p.id}`) ?? group.kind;
				for (const si of p.sentenceIndexes) {
					for (const sj of q.sentenceIndexes)
						kinds.set([`${p.articleId}:${si}`, `${q.articleId}:${sj}`].sort().join('|'), kind);
				}
			}
		});
	}
	// A related link adds the pairs no group already makes, with its own kind.
	for (const link of story.related ?? []) {
		for (const si of link.a.sentenceIndexes) {
			for (const sj of link.b.sentenceIndexes) {
				const key = [`${link.a.articleId}:${si}`, `${link.b.articleId}:${sj}`].sort().join('|');
				if (!kinds.has(key)) kinds.set(key, link.kind);
			}
		}
	}
	return kinds;
}
