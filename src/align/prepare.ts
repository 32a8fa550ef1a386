/** Prepares articles for alignment: tokenised sentences and the story's word weights. */
import { tokenize } from '../text/tokenize.ts';
import type { AlignableArticle, ArticleData, Sentence } from './model.ts';

/** Tokenises each article's sentences, articles in id order. */
export function prepare(input: readonly AlignableArticle[]): ArticleData[] {
	const sorted = [...input].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
	let g = 0;
	return sorted.map((article, ai) => {
		const data: ArticleData = {
			id: article.id,
			text: article.text,
			sentences: [],
			tokens: [],
			tokenSentence: [],
			content: [],
			weights: new Float64Array(0),
		};
		article.sentences.forEach((span, si) => {
			const tokens = tokenize(article.text, span.start, span.end);
			const firstToken = data.tokens.length;
			const content: number[] = [];
			const contentTokens: number[] = [];
			tokens.forEach((t, k) => {
				if (!t.stop) {
					content.push(k);
					contentTokens.push(data.tokens.length);
					data.content.push(data.tokens.length);
				}
				data.tokens.push(t);
				data.tokenSentence.push(si);
			});
			const key = tokens.map((t) => t.norm).join(' ');
			data.sentences.push({
				g: g++,
				article: ai,
				index: si,
				start: span.start,
				end: span.end,
				tokens,
				content,
				firstToken,
				contentTokens,
				key,
			});
		});
		return data;
	});
}

/** Inverse sentence frequency of each content word: rare words weigh much, common ones little. */
export function contentWeights(sentences: readonly Sentence[]): Map<string, number> {
	const df = new Map<string, number>();
	for (const s of sentences) {
		for (const stem of new Set(s.content.map((k) => s.tokens[k]!.stem)))
			df.set(stem, (df.get(stem) ?? 0) + 1);
	}
	const n = sentences.length;
	const weight = new Map<string, number>();
	for (const [norm, f] of df) weight.set(norm, Math.log(1 + n / f));
	return weight;
}
