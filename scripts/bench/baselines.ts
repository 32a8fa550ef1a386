/**
 * Two simple ways to find shared sentences, against which the engine is measured. Both compare
 * everything with everything, which is what the engine's inverted index avoids; both return
 * predicted pairs as two-member groups, the shape evaluate.ts scores.
 */
import { diffWords } from 'diff';
import type { AlignableArticle } from '../../src/align/model.ts';
import { tokenize } from '../../src/text/tokenize.ts';
import type { GroupMember } from './evaluate.ts';

/** A predicted pair of sentences of two articles. */
export type PairGroup = [GroupMember, GroupMember];

/** Jaccard threshold of the all-pairs baseline: the best F1 on a calibration story (seed 2, 50 articles), not the benchmark's own. */
export const JACCARD_THRESHOLD = 0.3;

/** Every sentence pair of different articles compared by Jaccard similarity of their content-word sets. */
export function allPairsJaccard(
	articles: readonly AlignableArticle[],
	threshold = JACCARD_THRESHOLD,
): PairGroup[] {
	// Words become integers and each sentence a sorted set of them, so one comparison is a merge.
	const ids = new Map<string, number>();
	const sentences: { article: number; index: number; words: Int32Array }[] = [];
	articles.forEach((article, a) => {
		article.sentences.forEach((span, index) => {
			const set = new Set<number>();
			for (const t of tokenize(article.text, span.start, span.end)) {
				if (t.stop) continue;
				let id = ids.get(t.norm);
				if (id === undefined) ids.set(t.norm, (id = ids.size));
				set.add(id);
			}
			sentences.push({ article: a, index, words: Int32Array.from(set).sort() });
		});
	});
	const pairs: PairGroup[] = [];
	for (let i = 0; i < sentences.length; i++) {
		const p = sentences[i]!;
		for (let j = i + 1; j < sentences.length; j++) {
			const q = sentences[j]!;
			if (p.article === q.article) continue;
			const x = p.words;
			const y = q.words;
			// |A∩B| ≤ min(|A|,|B|), so sizes alone rule out most pairs.
			const small = Math.min(x.length, y.length);
			const large = Math.max(x.length, y.length);
			if (large === 0 || small < threshold * large) continue;
			let shared = 0;
			for (let u = 0, v = 0; u < x.length && v < y.length;) {
				if (x[u]! === y[v]!) {
					shared++;
					u++;
					v++;
				} else if (x[u]! < y[v]!) u++;
				else v++;
			}
			if (shared / (x.length + y.length - shared) >= threshold) {
				pairs.push([
					{ articleId: articles[p.article]!.id, sentenceIndexes: [p.index] },
					{ articleId: articles[q.article]!.id, sentenceIndexes: [q.index] },
				]);
			}
		}
	}
	return pairs;
}

/** Shortest unchanged run that links two sentences in the diff baseline. */
export const MIN_DIFF_RUN = 8;

/** Word runs of `diffWords`, counted the way its tokenizer splits words from punctuation and space. */
const DIFF_WORD = /[\p{L}\p{M}\p{N}_]+/gu;

/** The sentence index of each word of an article, in diffWords' word order. */
export function wordSentences(article: AlignableArticle): Int32Array {
	const out: number[] = [];
	let s = 0;
	for (const m of article.text.matchAll(DIFF_WORD)) {
		while (s < article.sentences.length - 1 && m.index >= article.sentences[s]!.end) s++;
		out.push(
			m.index >= article.sentences[s]!.start && m.index < article.sentences[s]!.end ? s : -1,
		);
	}
	return Int32Array.from(out);
}

/** `diffWords` over two whole articles; links two sentences when an unchanged run of `minRun`+ words lies in both. */
export function diffPair(
	a: AlignableArticle,
	b: AlignableArticle,
	wordsA: Int32Array,
	wordsB: Int32Array,
	minRun = MIN_DIFF_RUN,
): PairGroup[] {
	const pairs: PairGroup[] = [];
	let ia = 0;
	let ib = 0;
	for (const change of diffWords(a.text, b.text)) {
		const n = change.value.match(DIFF_WORD)?.length ?? 0;
		if (change.added) ib += n;
		else if (change.removed) ia += n;
		else {
			if (n >= minRun) {
				// The run may cross sentence edges: count its words per sentence pair.
				const counts = new Map<number, number>();
				for (let k = 0; k < n; k++) {
					const sa = wordsA[ia + k] ?? -1;
					const sb = wordsB[ib + k] ?? -1;
					if (sa < 0 || sb < 0) continue;
					const key = sa * 65536 + sb;
					counts.set(key, (counts.get(key) ?? 0) + 1);
				}
				for (const [key, count] of counts) {
					if (count < minRun) continue;
					pairs.push([
						{ articleId: a.id, sentenceIndexes: [Math.floor(key / 65536)] },
						{ articleId: b.id, sentenceIndexes: [key % 65536] },
					]);
				}
			}
			ia += n;
			ib += n;
		}
	}
	return pairs;
}

/** The diff baseline over all article pairs (or the pairs given, as [i, j] indexes into `articles`). */
export function pairwiseDiff(
	articles: readonly AlignableArticle[],
	pairs?: readonly [number, number][],
): PairGroup[] {
	const words = articles.map(wordSentences);
	const out: PairGroup[] = [];
	const run = (i: number, j: number) => {
		for (const p of diffPair(articles[i]!, articles[j]!, words[i]!, words[j]!)) out.push(p);
	};
	if (pairs) for (const [i, j] of pairs) run(i, j);
	else
		for (let i = 0; i < articles.length; i++)
			for (let j = i + 1; j < articles.length; j++) run(i, j);
	return out;
}
