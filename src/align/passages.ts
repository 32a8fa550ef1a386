/** Passage spans: aligned token ranges snapped to sentence edges, and the tokens of a span. */
import type { Token } from '../text/tokenize.ts';
import type { ArticleData } from './model.ts';

/**
 * Character span of tokens [first, last] of an article, widened to the edges of the
 * sentences it starts and ends in when only function words lie beyond it there.
 */
export function snapSpan(
	article: ArticleData,
	first: number,
	last: number,
): { start: number; end: number } {
	const tokens = article.tokens;
	const sentenceOf = article.tokenUnit;
	let f = first;
	while (f > 0 && sentenceOf[f - 1] === sentenceOf[first] && tokens[f - 1]!.stop) f--;
	let l = last;
	while (l < tokens.length - 1 && sentenceOf[l + 1] === sentenceOf[last] && tokens[l + 1]!.stop)
		l++;
	const atStart = f === 0 || sentenceOf[f - 1] !== sentenceOf[f];
	const atEnd = l === tokens.length - 1 || sentenceOf[l + 1] !== sentenceOf[l];
	return {
		start: atStart ? article.units[sentenceOf[f]!]!.start : tokens[first]!.start,
		end: atEnd ? article.units[sentenceOf[l]!]!.end : tokens[last]!.end,
	};
}

/** The tokens of an article inside [start, end), with offsets relative to `start`. */
export function tokensOfSpan(article: ArticleData, start: number, end: number): Token[] {
	// Binary search for the first token at or after `start`.
	let lo = 0;
	let hi = article.tokens.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (article.tokens[mid]!.start < start) lo = mid + 1;
		else hi = mid;
	}
	const out: Token[] = [];
	for (let k = lo; k < article.tokens.length && article.tokens[k]!.end <= end; k++) {
		const t = article.tokens[k]!;
		out.push({ ...t, start: t.start - start, end: t.end - start });
	}
	return out;
}
