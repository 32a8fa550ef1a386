/** Candidate sentence pairs, found without comparing all pairs. */
import { minSharedWords } from './classify.ts';
import type { ArticleData, EngineOptions, Unit } from './model.ts';
import { REWORDED_SHORT_MIN_SHARED_WORDS } from './thresholds.ts';

/** Star fan-out for over-long posting lists. */
const STAR = 6;

/**
 * Candidate sentence pairs (global indexes, smaller first), in a deterministic order; `checked`
 * when the semantic check will verify them.
 */
export function findCandidates(
	articles: readonly ArticleData[],
	sentences: readonly Unit[],
	weight: ReadonlyMap<string, number>,
	opts: EngineOptions,
	checked = false,
): [number, number][] {
	const n = sentences.length;
	const shingles = new Map<string, number[]>();
	const anchors = new Map<string, number[]>();
	const post = (map: Map<string, number[]>, key: string, g: number) => {
		const list = map.get(key);
		if (!list) map.set(key, [g]);
		else if (list[list.length - 1] !== g) list.push(g);
	};
	for (const article of articles) {
		const c = article.content;
		// Trigrams of content words over the whole article, so a sentence split in two by one
		// outlet still shares trigrams with the unsplit sentence of another.
		for (let k = 0; k + 2 < c.length; k++) {
			const key = `${article.tokens[c[k]!]!.stem} ${article.tokens[c[k + 1]!]!.stem} ${article.tokens[c[k + 2]!]!.stem}`;
			post(shingles, key, article.units[article.tokenUnit[c[k + 1]!]!]!.g);
		}
		for (const s of article.units) {
			// Short sentences ("Let me be clear.") are keyed whole.
			if (s.content.length > 0 && s.content.length < 3) {
				post(shingles, `= ${s.content.map((k) => s.tokens[k]!.stem).join(' ')}`, s.g);
			}
			for (const stem of new Set(s.content.map((k) => s.tokens[k]!.stem))) {
				if (/^\d/.test(stem) && stem.length < 3) continue;
				post(anchors, stem, s.g);
			}
		}
	}
	const shingleHits = new Map<number, number>();
	const anchorHits = new Map<number, number>();
	const pairKey = (x: number, y: number) => (x < y ? x * n + y : y * n + x);
	const articleOf = (g: number) => sentences[g]!.article;
	const count = (map: Map<number, number>) => (key: number) =>
		map.set(key, (map.get(key) ?? 0) + 1);
	const link = (list: readonly number[], add: (key: number) => void) => {
		const limit = list.length > opts.maxPostings ? STAR : list.length;
		for (let x = 0; x < list.length; x++) {
			for (let y = 0; y < Math.min(x, limit); y++) {
				if (articleOf(list[x]!) !== articleOf(list[y]!)) add(pairKey(list[x]!, list[y]!));
			}
		}
	};
	for (const list of shingles.values()) link(list, count(shingleHits));
	for (const [stem, list] of anchors) {
		if (list.length < 2 || list.length > opts.maxAnchorFrequency) continue;
		if ((weight.get(stem) ?? 0) < 1) continue;
		link(list, count(anchorHits));
	}
	// Score the pairs: shared trigrams count most; shared rare words qualify a pair when there are
	// as many as a paraphrase must share (fewer when one sentence is short, see minSharedWords).
	const scores = new Map<number, number>();
	for (const [key, hits] of shingleHits) scores.set(key, 4 * hits + (anchorHits.get(key) ?? 0));
	for (const [key, hits] of anchorHits) {
		if (scores.has(key) || hits < REWORDED_SHORT_MIN_SHARED_WORDS) continue;
		const shortest = Math.min(
			sentences[Math.floor(key / n)]!.sentenceWords,
			sentences[key % n]!.sentenceWords,
		);
		if (hits >= minSharedWords(shortest, checked)) scores.set(key, hits);
	}
	// Each sentence keeps its best partners only: groups form through chains of links, so a
	// passage that twenty articles copy needs a few links each, not all 190 pairs verified.
	const partners = new Map<number, [number, number][]>();
	const add = (g: number, other: number, score: number) => {
		const list = partners.get(g);
		if (list) list.push([other, score]);
		else partners.set(g, [[other, score]]);
	};
	for (const [key, score] of scores) {
		const x = Math.floor(key / n);
		const y = key % n;
		add(x, y, score);
		add(y, x, score);
	}
	const keys = new Set<number>();
	for (const [g, list] of partners) {
		list.sort((p, q) => q[1] - p[1] || p[0] - q[0]);
		for (const [other] of list.slice(0, opts.maxPartners)) keys.add(pairKey(g, other));
	}
	return [...keys].sort((x, y) => x - y).map((key) => [Math.floor(key / n), key % n]);
}

/** Every pair of sentences of different articles: the naive baseline. */
export function allPairs(sentences: readonly Unit[]): [number, number][] {
	const pairs: [number, number][] = [];
	for (let x = 0; x < sentences.length; x++) {
		for (let y = x + 1; y < sentences.length; y++) {
			if (sentences[x]!.article !== sentences[y]!.article) pairs.push([x, y]);
		}
	}
	return pairs;
}
