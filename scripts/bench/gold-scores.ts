/**
 * Precision and recall per kind of the engine and the naive baselines on the labelled gold
 * sets: the seed story (every true pair listed) and the development events (a sample of
 * labelled pairs, hard negatives among them).
 */
import { alignArticles } from '../../src/align/align-articles.ts';
import {
	predictedPairKinds,
	scoreLabelledPairs,
	type LabelKind,
	type LabelledPair,
} from '../../src/align/score-alignment.ts';
import type { MatchKind } from '../../src/schemas/alignment.ts';
import {
	allPairsJaccard,
	JACCARD_THRESHOLD,
	MIN_DIFF_RUN,
	pairwiseDiff,
	type PairGroup,
} from './baselines.ts';
import type { GoldStory } from './gold.ts';

/** A way of predicting sentence pairs: the pairs, and for the engine the kind of each. */
export interface Method {
	name: string;
	/** The engine (either setting): its kinds, misses and false positives are reported too. */
	engine?: boolean;
	predict: (story: GoldStory) => { pairs: Set<string>; kinds?: Map<string, MatchKind> };
}

/** Figures of one method on one gold set. */
export interface GoldScore {
	method: string;
	set: string;
	/** Labelled pairs of each kind, and how many the method aligned. */
	labelled: Record<LabelKind, number>;
	aligned: Record<LabelKind, number>;
	/** Recall per match kind and overall. */
	recall: Record<MatchKind | 'all', number>;
	/** Aligned positives over all aligned labelled pairs; on an exhaustive set, over all predicted pairs. */
	precision: number;
	/** Precision of the pairs the engine gave each kind (engine only). */
	precisionByKind?: Partial<
		Record<MatchKind, { predicted: number; correct: number; precision: number }>
	>;
	/** Labelled positive pairs missed and negatives aligned, as sentence keys (engine only, for the report). */
	misses?: { a: string; b: string; kind: LabelKind }[];
	falsePositives?: { a: string; b: string; kind: LabelKind }[];
}

const pairKey = (a: string, b: string) => [a, b].sort().join('|');

/** Sentence-pair keys of predicted groups. */
function keysOfGroups(groups: readonly PairGroup[]): Set<string> {
	const keys = new Set<string>();
	for (const [p, q] of groups) {
		for (const i of p.sentenceIndexes)
			for (const j of q.sentenceIndexes)
				keys.add(pairKey(`${p.articleId}:${i}`, `${q.articleId}:${j}`));
	}
	return keys;
}

/** The engine as the site runs it: words, and the semantic check on sentence vectors. */
export const ENGINE_WITH_MEANING = 'engine (words and meaning)';
/** The engine with the semantic check switched off, kept so that its lift shows. */
export const ENGINE_WORDS_ONLY = 'engine, words only';

/** The engine with and without the semantic check, and the two naive baselines. */
export const METHODS: readonly Method[] = [
	{
		name: ENGINE_WITH_MEANING,
		engine: true,
		predict: (story) => {
			if (!story.vectors) throw new Error(`${story.name}: no sentence vectors (embed first)`);
			const kinds = predictedPairKinds(alignArticles(story.articles, { vectors: story.vectors }));
			return { pairs: new Set(kinds.keys()), kinds };
		},
	},
	{
		name: ENGINE_WORDS_ONLY,
		engine: true,
		predict: (story) => {
			const kinds = predictedPairKinds(alignArticles(story.articles));
			return { pairs: new Set(kinds.keys()), kinds };
		},
	},
	{
		name: `all-pairs Jaccard ≥ ${JACCARD_THRESHOLD}`,
		predict: (story) => ({ pairs: keysOfGroups(allPairsJaccard(story.articles)) }),
	},
	{
		name: `pairwise diffWords, run ≥ ${MIN_DIFF_RUN} words`,
		predict: (story) => ({ pairs: keysOfGroups(pairwiseDiff(story.articles)) }),
	},
];

const MATCH_KINDS: readonly MatchKind[] = ['verbatim', 'near-verbatim', 'reworded'];
const LABEL_KINDS: readonly LabelKind[] = [...MATCH_KINDS, 'negative'];

/** Scores one method on a gold set made of one or more stories. */
export function scoreGoldSet(
	method: Method,
	set: string,
	stories: readonly GoldStory[],
): GoldScore {
	const labelled = Object.fromEntries(LABEL_KINDS.map((k) => [k, 0])) as Record<LabelKind, number>;
	const aligned = { ...labelled };
	const byKind: Partial<
		Record<MatchKind, { predicted: number; correct: number; precision: number }>
	> = {};
	const misses: LabelledPair[] = [];
	const falsePositives: LabelledPair[] = [];
	let exhaustivePredicted = 0;
	let exhaustiveCorrect = 0;
	const exhaustive = stories.every((s) => s.exhaustive);
	for (const story of stories) {
		const { pairs, kinds } = method.predict(story);
		const score = scoreLabelledPairs(pairs, story.pairs);
		for (const k of LABEL_KINDS) {
			labelled[k] += score.byKind[k].labelled;
			aligned[k] += score.byKind[k].aligned;
		}
		misses.push(...score.misses);
		falsePositives.push(...score.falsePositives);
		const positive = new Set(
			story.pairs
				.filter((p) => p.kind !== 'negative')
				.flatMap((p) => p.a.flatMap((x) => p.b.map((y) => pairKey(x, y)))),
		);
		const negative = new Set(
			story.pairs
				.filter((p) => p.kind === 'negative')
				.flatMap((p) => p.a.flatMap((x) => p.b.map((y) => pairKey(x, y)))),
		);
		if (story.exhaustive) {
			exhaustivePredicted += pairs.size;
			exhaustiveCorrect += [...pairs].filter((k) => positive.has(k)).length;
		}
		// Per predicted kind: on an exhaustive set every predicted pair counts, else labelled ones only.
		for (const [key, kind] of kinds ?? []) {
			const isPositive = positive.has(key);
			if (!story.exhaustive && !isPositive && !negative.has(key)) continue;
			const entry = (byKind[kind] ??= { predicted: 0, correct: 0, precision: 0 });
			entry.predicted++;
			if (isPositive) entry.correct++;
		}
	}
	for (const entry of Object.values(byKind))
		entry.precision = entry.predicted === 0 ? 1 : entry.correct / entry.predicted;
	const rate = (n: number, d: number) => (d === 0 ? 0 : n / d);
	const positives = MATCH_KINDS.reduce((n, k) => n + labelled[k], 0);
	const found = MATCH_KINDS.reduce((n, k) => n + aligned[k], 0);
	const precision = exhaustive
		? rate(exhaustiveCorrect, exhaustivePredicted)
		: rate(found, found + aligned.negative);
	const toKeys = (p: LabelledPair) => ({ a: p.a[0] ?? '?', b: p.b[0] ?? '?', kind: p.kind });
	return {
		method: method.name,
		set,
		labelled,
		aligned,
		recall: {
			verbatim: rate(aligned.verbatim, labelled.verbatim),
			'near-verbatim': rate(aligned['near-verbatim'], labelled['near-verbatim']),
			reworded: rate(aligned.reworded, labelled.reworded),
			all: rate(found, positives),
		},
		precision,
		...(method.engine
			? {
					precisionByKind: byKind,
					misses: misses.map(toKeys),
					falsePositives: falsePositives.map(toKeys),
				}
			: {}),
	};
}
