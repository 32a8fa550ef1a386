/** The tokens of a passage span, with offsets relative to the passage. */
import type { Token } from '../text/tokenize.ts';
import type { ArticleData } from './model.ts';

/** The tokens of an article inside [start, end), with offsets relative to `start`. */
export function tokensOfSpan(article: ArticleData, start: number, end: number): Token[] {
	// Binary search for the first token at or after `start`.
	let lo = 0;
	let hi = article.tokens.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if ((article.tokens[mid]?.start ?? Infinity) < start) lo = mid + 1;
		else hi = mid;
	}
	const out: Token[] = [];
	for (const t of article.tokens.slice(lo)) {
		if (t.end > end) break;
		out.push({ ...t, start: t.start - start, end: t.end - start });
	}
	return out;
}
