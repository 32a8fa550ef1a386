/** Smith-Waterman local alignment over weighted content words. */
import type { ArticleData } from './model.ts';

const MISMATCH = -1;
const GAP = -1.1;

/** A content word of a window, with its place in the article. */
export interface WindowWord {
	norm: string;
	weight: number;
	/** Index into the article's `tokens`. */
	token: number;
}

/** Content words of units [from, to] of an article. */
export function windowWords(article: ArticleData, from: number, to: number): WindowWord[] {
	const words: WindowWord[] = [];
	for (const unit of article.units.slice(from, to + 1)) {
		for (const k of unit.contentTokens) {
			const stem = article.tokens[k]?.stem ?? '';
			words.push({ norm: stem, weight: article.weights[k] ?? 0, token: k });
		}
	}
	return words;
}

/** Smith-Waterman over weighted words; returns the aligned word index pairs of the best local alignment. */
export function localAlign(
	a: readonly WindowWord[],
	b: readonly WindowWord[],
): { pairs: [number, number][]; score: number } {
	const normA = a.map((x) => x.norm);
	const normB = b.map((x) => x.norm);
	const weightA = Float64Array.from(a, (x) => x.weight);
	const cols = b.length + 1;
	const h = new Float64Array((a.length + 1) * cols);
	const at = (i: number, j: number) => h[i * cols + j] ?? 0;
	let best = 0;
	let bi = 0;
	let bj = 0;
	for (let i = 1; i <= a.length; i++) {
		const norm = normA[i - 1];
		const weight = weightA[i - 1] ?? 0;
		for (let j = 1; j <= b.length; j++) {
			const diag = at(i - 1, j - 1) + (norm === normB[j - 1] ? weight : MISMATCH);
			const v = Math.max(0, diag, at(i - 1, j) + GAP, at(i, j - 1) + GAP);
			h[i * cols + j] = v;
			if (v > best) {
				best = v;
				bi = i;
				bj = j;
			}
		}
	}
	const pairs: [number, number][] = [];
	let i = bi;
	let j = bj;
	while (i > 0 && j > 0 && at(i, j) > 0) {
		const v = at(i, j);
		const same = normA[i - 1] === normB[j - 1];
		if (same && v === at(i - 1, j - 1) + (weightA[i - 1] ?? 0)) {
			pairs.push([i - 1, j - 1]);
			i--;
			j--;
		} else if (!same && v === at(i - 1, j - 1) + MISMATCH) {
			i--;
			j--;
		} else if (v === at(i - 1, j) + GAP) i--;
		else j--;
	}
	pairs.reverse();
	return { pairs, score: best };
}
