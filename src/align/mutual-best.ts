/** Mutual best matches: the pairs in which each side is the other's best match in its article. */
import type { MatchKind } from '../schemas/alignment.ts';
import { KIND_RANK } from './model.ts';

/** A match between two runs of units of different articles. */
export interface RunMatch {
	u: number;
	v: number;
	kind: MatchKind;
	/** The deciding share: sequence similarity, or weighted overlap for reworded pairs. */
	score: number;
}

/**
 * Returns a test of whether a match is mutual best among `matches`: strongest kind first, then
 * highest score; on a tie the earlier match wins, so the order of `matches` breaks ties.
 */
export function findMutualBest(
	matches: Iterable<RunMatch>,
	articleOf: (run: number) => number,
): (m: RunMatch) => boolean {
	const strength = (m: RunMatch) => 10 * (2 - KIND_RANK[m.kind]) + m.score;
	const best = new Map<string, RunMatch>();
	const offer = (run: number, otherArticle: number, m: RunMatch) => {
		const key = `${run} ${otherArticle}`;
		const known = best.get(key);
		if (!known || strength(m) > strength(known)) best.set(key, m);
	};
	for (const m of matches) {
		offer(m.u, articleOf(m.v), m);
		offer(m.v, articleOf(m.u), m);
	}
	return (m) =>
		best.get(`${m.u} ${articleOf(m.v)}`) === m && best.get(`${m.v} ${articleOf(m.u)}`) === m;
}
