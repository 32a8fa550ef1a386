/**
 * Scores a story's alignment against a hand-labelled gold set of sentence pairs: precision and
 * recall over pairs of sentences (of different articles) that share a passage.
 */
import type { Group, Passage } from '../schemas/alignment.ts';

/** The part of a story (or of an alignment) that scoring reads. */
export interface AlignedStory {
	passages: readonly Passage[];
	groups: readonly Group[];
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

/** Sentence pairs the story's groups predict, as sorted "article:sentence|article:sentence" keys. */
export function predictedPairs(story: AlignedStory): Set<string> {
	const byId = new Map(story.passages.map((p) => [p.id, p]));
	const pairs = new Set<string>();
	for (const group of story.groups) {
		const members = group.passageIds.map((id) => byId.get(id)!);
		members.forEach((p, i) => {
			for (const q of members.slice(i + 1)) {
				for (const si of p.sentenceIndexes) {
					for (const sj of q.sentenceIndexes)
						pairs.add([`${p.articleId}:${si}`, `${q.articleId}:${sj}`].sort().join('|'));
				}
			}
		});
	}
	return pairs;
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
