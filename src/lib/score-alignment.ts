/**
 * Scores a story's alignment against a hand-labelled gold set of sentence pairs: precision and
 * recall over pairs of sentences (of different articles) that share a passage.
 */
import type { Story } from './story-schema.ts';

/** Precision and recall, with the counts they come from. */
export interface AlignmentScore {
	predicted: number;
	gold: number;
	correct: number;
	precision: number;
	recall: number;
}

/** Sentence pairs the story's groups predict, as sorted "article:sentence|article:sentence" keys. */
export function predictedPairs(story: Story): Set<string> {
	const byId = new Map(story.passages.map((p) => [p.id, p]));
	const pairs = new Set<string>();
	for (const group of story.groups) {
		const members = group.passageIds.map((id) => byId.get(id)!);
		members.forEach((p, i) => {
			for (const q of members.slice(i + 1)) {
				for (const si of p.sentenceIndexes) {
					for (const sj of q.sentenceIndexes) pairs.add([`${p.articleId}:${si}`, `${q.articleId}:${sj}`].sort().join('|'));
				}
			}
		});
	}
	return pairs;
}

/** Scores the story against gold pairs given as `[["ctv:4", "cbc:3"], …]`. */
export function scoreAlignment(story: Story, goldPairs: readonly (readonly [string, string])[]): AlignmentScore {
	const gold = new Set(goldPairs.map(([a, b]) => [a, b].sort().join('|')));
	const predicted = predictedPairs(story);
	const correct = [...predicted].filter((p) => gold.has(p)).length;
	return {
		predicted: predicted.size,
		gold: gold.size,
		correct,
		precision: predicted.size === 0 ? 1 : correct / predicted.size,
		recall: gold.size === 0 ? 1 : correct / gold.size,
	};
}
