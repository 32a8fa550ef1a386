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

/** Content words of sentences [from, to] of an article. */
export function windowWords(article: ArticleData, from: number, to: number): WindowWord[] {
	const words: WindowWord[] = [];
	for (let si = from; si <= to; si++) {
		for (const k of article.units[si]!.contentTokens) {
			words.push({ norm: article.tokens[k]!.stem, weight: article.weights[k]!, token: k });
		}
	}
	return words;
}

/** Smith-Waterman over weighted words; returns the aligned word index pairs of the best local alignment. */
export function localAlign(
	a: readonly WindowWord[],
	b: readonly WindowWord[],
): { pairs: [number, number][]; score: number } {
	const cols = b.length + 1;
	const h = new Float64Array((a.length + 1) * cols);
	let best = 0;
	let bi = 0;
	let bj = 0;
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const same = a[i - 1]!.norm === b[j - 1]!.norm;
			const diag = h[(i - 1) * cols + j - 1]! + (same ? a[i - 1]!.weight : MISMATCH);
			const up = h[(i - 1) * cols + j]! + GAP;
			const left = h[i * cols + j - 1]! + GAP;
			const v = Math.max(0, diag, up, left);
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
	while (i > 0 && j > 0 && h[i * cols + j]! > 0) {
		const v = h[i * cols + j]!;
		const same = a[i - 1]!.norm === b[j - 1]!.norm;
		if (same && v === h[(i - 1) * cols + j - 1]! + a[i - 1]!.weight) {
			pairs.push([i - 1, j - 1]);
			i--;
			j--;
		} else if (!same && v === h[(i - 1) * cols + j - 1]! + MISMATCH) {
			i--;
			j--;
		} else if (v === h[(i - 1) * cols + j]! + GAP) i--;
		else j--;
	}
	pairs.reverse();
	return { pairs, score: best };
}
