/** Similarity measures over token lists: weighted sequence (LCS) and weighted overlap (Dice). */
import type { Token } from '../text/tokenize.ts';

/** True when two token lists have the same canonical words. */
export function sameWords(a: readonly Token[], b: readonly Token[]): boolean {
	return a.length === b.length && a.every((t, i) => t.norm === b[i]!.norm);
}

/** Weighted LCS of two token sequences, as a Dice-style similarity in [0, 1]. */
export function sequenceSimilarity(
	a: readonly Token[],
	b: readonly Token[],
	w: (t: Token) => number,
): number {
	const wa = a.map(w);
	const total = wa.reduce((s, x) => s + x, 0) + b.reduce((s, t) => s + w(t), 0);
	if (total === 0) return 0;
	let prev = new Float64Array(b.length + 1);
	let curr = new Float64Array(b.length + 1);
	for (let i = 1; i <= a.length; i++) {
		const norm = a[i - 1]!.norm;
		const weight = wa[i - 1]!;
		for (let j = 1; j <= b.length; j++) {
			curr[j] = norm === b[j - 1]!.norm ? prev[j - 1]! + weight : Math.max(prev[j]!, curr[j - 1]!);
		}
		[prev, curr] = [curr, prev];
	}
	return (2 * prev[b.length]!) / total;
}

/** Weighted Dice overlap of the content words of two token lists, in [0, 1]. */
export function overlapSimilarity(
	a: readonly Token[],
	b: readonly Token[],
	w: (t: Token) => number,
): number {
	const count = (tokens: readonly Token[]) => {
		const m = new Map<string, { n: number; w: number }>();
		for (const t of tokens) {
			if (t.stop) continue;
			const e = m.get(t.stem);
			if (e) e.n++;
			else m.set(t.stem, { n: 1, w: w(t) });
		}
		return m;
	};
	const ca = count(a);
	const cb = count(b);
	let shared = 0;
	let total = 0;
	for (const [norm, e] of ca) {
		total += e.n * e.w;
		const f = cb.get(norm);
		if (f) shared += Math.min(e.n, f.n) * e.w;
	}
	for (const e of cb.values()) total += e.n * e.w;
	return total === 0 ? 0 : (2 * shared) / total;
}

/** Content words present in both token lists, in the order of the first, once each. */
export function sharedContent(a: readonly Token[], b: readonly Token[]): Token[] {
	const inB = new Set(b.filter((t) => !t.stop).map((t) => t.stem));
	const seen = new Set<string>();
	return a.filter((t) => !t.stop && inB.has(t.stem) && !seen.has(t.stem) && seen.add(t.stem));
}
