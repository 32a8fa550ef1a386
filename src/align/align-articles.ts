/**
 * The alignment engine: finds every passage that two or more articles share, wherever it sits
 * in each, and groups the passages that report the same text.
 *
 * Method (after passim and Churnalism, at the scale of one story):
 * 1. Candidates, without comparing all pairs: an inverted index of hashed content-word
 *    trigrams (function words skipped, so light edits to "the" or "said" do not break them)
 *    finds copied and lightly edited text; rare content words shared by two sentences
 *    ("anchors") find reworded text. Very common keys are capped, so cost stays near-linear.
 * 2. Verification of each candidate sentence pair by local alignment (Smith-Waterman over
 *    weighted content words, rare words weighing most), widened to the neighbouring sentences
 *    when the match runs into a sentence edge, so a sentence split in two still aligns.
 *    Reworded pairs are accepted on weighted word overlap instead.
 * 3. Passages: the aligned spans, snapped to sentence edges when only function words are left
 *    out. Overlapping spans in one article merge into one passage.
 * 4. Groups: strongest matches first, passages join a group unless the group already holds a
 *    passage of that article. Each group gets a kind, a similarity, the evidence for the match
 *    and word-level differences for its pairs.
 *
 * Deterministic: articles are processed in id order and every tie is broken by ids, so the
 * same articles in any order give the same output.
 */
import { createIdAllocator, hashText } from '../text/ids.ts';
import { STOP_WORD_WEIGHT } from '../text/lexicon.ts';
import { tokenize, type Token } from '../text/tokenize.ts';
import type { Group, MatchKind, Passage, PassagePair } from '../schemas/alignment.ts';
import { alignTokens, countChangedWords, partsFromOps } from '../text/word-diff.ts';

/** What the engine needs of an article. */
export interface AlignableArticle {
	id: string;
	text: string;
	/** Sentence spans of `text`. */
	sentences: readonly { start: number; end: number }[];
}

/** The engine's output. */
export interface Alignment {
	passages: Passage[];
	groups: Group[];
}

/** Tuning of the engine; the defaults are calibrated on the seed story's gold alignment. */
export interface AlignOptions {
	/** Posting lists longer than this link each posting to the first few only. Default 48. */
	maxPostings?: number;
	/** Content words in more sentences than this are not anchors. Default 40. */
	maxAnchorFrequency?: number;
	/** Smallest weighted overlap for a reworded match. Default 0.5. */
	minRewordedOverlap?: number;
	/** Smallest summed weight of shared content words for a reworded match on rare words. Default 15. */
	minRewordedWeight?: number;
	/** Smallest sequence similarity for a (near-)verbatim match. Default 0.75. */
	minNearSimilarity?: number;
	/** Groups up to this size get every pair compared; larger ones only against the reference. Default 8. */
	maxAllPairs?: number;
	/** Candidates verified per sentence, best first. Default 12. */
	maxPartners?: number;
	/**
	 * How candidate pairs are found: `indexed` (the n-gram and anchor index, default) or
	 * `all-pairs`, every pair of sentences of different articles: the naive method, quadratic,
	 * kept as a baseline for the benchmark.
	 */
	candidates?: 'indexed' | 'all-pairs';
}

const DEFAULTS: Required<AlignOptions> = {
	maxPostings: 48,
	maxAnchorFrequency: 40,
	minRewordedOverlap: 0.5,
	minRewordedWeight: 15,
	minNearSimilarity: 0.75,
	maxAllPairs: 8,
	maxPartners: 12,
	candidates: 'indexed',
};

const MISMATCH = -1;
const GAP = -1.1;
/** A match needs this many aligned content words, unless it covers short sentences whole. */
const MIN_CONTENT_MATCHES = 5;
const MIN_SHORT_MATCHES = 2;
/** Share of the shorter sentence's content weight that rare shared words must carry. */
const MIN_REWORDED_CONTAINMENT = 0.45;
/** A whole short sentence found inside a longer one needs this many aligned content words. */
const MIN_CONTAINED_MATCHES = 3;
/** A local match of this many content words with reworded wording is a paraphrase. */
const MIN_REWORDED_MATCHES = 6;
/** Share of a sentence's content weight a match must cover to count as covering it whole. */
const WHOLE_COVER = 0.8;
/** Star fan-out for over-long posting lists. */
const STAR = 6;
const KIND_RANK: Record<MatchKind, number> = { verbatim: 0, 'near-verbatim': 1, reworded: 2 };

interface Sentence {
	/** Global index. */
	g: number;
	article: number;
	index: number;
	start: number;
	end: number;
	tokens: Token[];
	/** Indexes into `tokens` of content words. */
	content: number[];
	/** Index of the sentence's first token among the article's tokens. */
	firstToken: number;
	/** Article token indexes of the sentence's content words. */
	contentTokens: number[];
	/** The sentence's canonical words, for spotting exact copies without aligning. */
	key: string;
}

interface ArticleData {
	id: string;
	text: string;
	sentences: Sentence[];
	/** All tokens of the article, in order, with their sentence. */
	tokens: Token[];
	tokenSentence: number[];
	/** Indexes into `tokens` of content words. */
	content: number[];
	/** Weight of each token (see contentWeights), filled once the story's weights are known. */
	weights: Float64Array;
}

/**
 * Two sentences that share wording. For (near-)verbatim links, `first`/`last` bound the
 * aligned words in each sentence (article token indexes); reworded links cover whole sentences.
 */
interface Link {
	/** Global sentence indexes, `x` in the article that sorts first. */
	x: number;
	y: number;
	kind: MatchKind;
	similarity: number;
	rangeX: [first: number, last: number];
	rangeY: [first: number, last: number];
}

/** Aligns a story's articles: returns their shared passages and the groups those form. */
export function alignArticles(
	input: readonly AlignableArticle[],
	options: AlignOptions = {},
): Alignment {
	const opts = { ...DEFAULTS, ...options };
	const articles = prepare(input);
	const sentences = articles.flatMap((a) => a.sentences);
	const weight = contentWeights(sentences);
	const w = (t: Token) => (t.stop ? STOP_WORD_WEIGHT : (weight.get(t.stem) ?? 1));
	for (const article of articles) article.weights = Float64Array.from(article.tokens, w);

	const candidates =
		opts.candidates === 'all-pairs'
			? allPairs(sentences)
			: findCandidates(articles, sentences, weight, opts);
	const links = new Map<number, Link>();
	const n = sentences.length;
	for (const [ga, gb] of candidates) {
		for (const link of verifyPair(articles, sentences[ga]!, sentences[gb]!, w, opts)) {
			const key = link.x * n + link.y;
			const known = links.get(key);
			if (!known) links.set(key, link);
			else links.set(key, mergeLinks(known, link));
		}
	}
	const ordered = [...links.entries()].sort((p, q) => p[0] - q[0]).map(([, link]) => link);
	return buildGroups(articles, sentences, ordered, w, opts);
}

function prepare(input: readonly AlignableArticle[]): ArticleData[] {
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
function contentWeights(sentences: readonly Sentence[]): Map<string, number> {
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

/** Candidate sentence pairs (global indexes, smaller first), in a deterministic order. */
function findCandidates(
	articles: readonly ArticleData[],
	sentences: readonly Sentence[],
	weight: ReadonlyMap<string, number>,
	opts: Required<AlignOptions>,
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
			post(shingles, key, article.sentences[article.tokenSentence[c[k + 1]!]!]!.g);
		}
		for (const s of article.sentences) {
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
	// Score the pairs: shared trigrams count most, three or more shared rare words qualify a pair.
	const scores = new Map<number, number>();
	for (const [key, hits] of shingleHits) scores.set(key, 4 * hits + (anchorHits.get(key) ?? 0));
	for (const [key, hits] of anchorHits) if (hits >= 3 && !scores.has(key)) scores.set(key, hits);
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
function allPairs(sentences: readonly Sentence[]): [number, number][] {
	const pairs: [number, number][] = [];
	for (let x = 0; x < sentences.length; x++) {
		for (let y = x + 1; y < sentences.length; y++) {
			if (sentences[x]!.article !== sentences[y]!.article) pairs.push([x, y]);
		}
	}
	return pairs;
}

/** A content word of a window, with its place in the article. */
interface WindowWord {
	norm: string;
	weight: number;
	/** Index into the article's `tokens`. */
	token: number;
}

/** Content words of sentences [from, to] of an article. */
function windowWords(article: ArticleData, from: number, to: number): WindowWord[] {
	const words: WindowWord[] = [];
	for (let si = from; si <= to; si++) {
		for (const k of article.sentences[si]!.contentTokens) {
			words.push({ norm: article.tokens[k]!.stem, weight: article.weights[k]!, token: k });
		}
	}
	return words;
}

/** Smith-Waterman over weighted words; returns the aligned word index pairs of the best local alignment. */
function localAlign(
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

function verifyPair(
	articles: readonly ArticleData[],
	sa: Sentence,
	sb: Sentence,
	w: (t: Token) => number,
	opts: Required<AlignOptions>,
): Link[] {
	const A = articles[sa.article]!;
	const B = articles[sb.article]!;
	// An exact copy needs no alignment.
	if (sa.key === sb.key && sa.contentTokens.length >= MIN_SHORT_MATCHES) {
		return [
			{
				x: sa.g,
				y: sb.g,
				kind: 'verbatim',
				similarity: 1,
				rangeX: sentenceRange(sa),
				rangeY: sentenceRange(sb),
			},
		];
	}
	// Align the two sentences; if the match runs into a sentence edge, widen to the neighbour.
	let fromA = sa.index;
	let toA = sa.index;
	let fromB = sb.index;
	let toB = sb.index;
	let wordsA = windowWords(A, fromA, toA);
	let wordsB = windowWords(B, fromB, toB);
	let result = localAlign(wordsA, wordsB);
	for (let round = 0; round < 2 && result.pairs.length > 0; round++) {
		const first = result.pairs[0]!;
		const last = result.pairs.at(-1)!;
		// Widen only where one side's match runs into its sentence edge while the other side
		// still has words beyond it: a sentence the other outlet split or merged. Two wordings
		// matched edge to edge are complete as they are.
		const touchStartA = first[0] === 0;
		const touchStartB = first[1] === 0;
		const touchEndA = last[0] === wordsA.length - 1;
		const touchEndB = last[1] === wordsB.length - 1;
		const widenStart =
			touchStartA !== touchStartB && ((touchStartA && fromA > 0) || (touchStartB && fromB > 0));
		const widenEnd =
			touchEndA !== touchEndB &&
			((touchEndA && toA < A.sentences.length - 1) || (touchEndB && toB < B.sentences.length - 1));
		if (!widenStart && !widenEnd) break;
		if (widenStart) {
			fromA = Math.max(0, fromA - 1);
			fromB = Math.max(0, fromB - 1);
		}
		if (widenEnd) {
			toA = Math.min(A.sentences.length - 1, toA + 1);
			toB = Math.min(B.sentences.length - 1, toB + 1);
		}
		wordsA = windowWords(A, fromA, toA);
		wordsB = windowWords(B, fromB, toB);
		result = localAlign(wordsA, wordsB);
	}

	const links: Link[] = [];
	const matched = result.pairs.length;
	if (matched >= MIN_SHORT_MATCHES) {
		const firstA = wordsA[result.pairs[0]![0]]!.token;
		const lastA = wordsA[result.pairs.at(-1)![0]]!.token;
		const firstB = wordsB[result.pairs[0]![1]]!.token;
		const lastB = wordsB[result.pairs.at(-1)![1]]!.token;
		const matchedWeight = result.pairs.reduce((sum, [i]) => sum + wordsA[i]!.weight, 0);
		const coverA = matchedWeight / Math.max(1e-9, contentWeight(A, firstA, lastA, w));
		const coverB = matchedWeight / Math.max(1e-9, contentWeight(B, firstB, lastB, w));
		// Short sentences match whole; a short sentence may also sit inside a longer one
		// ("Dong has denied the allegations against him, telling reporters …").
		const wholeShort = coverA >= WHOLE_COVER && coverB >= WHOLE_COVER;
		const contained = matched >= MIN_CONTAINED_MATCHES && Math.max(coverA, coverB) >= WHOLE_COVER;
		if (matched >= MIN_CONTENT_MATCHES || wholeShort || contained) {
			const tokensA = A.tokens.slice(firstA, lastA + 1);
			const tokensB = B.tokens.slice(firstB, lastB + 1);
			const sequence = sequenceSimilarity(tokensA, tokensB, w);
			const regionOverlap = overlapSimilarity(tokensA, tokensB, w);
			// A long local match with reordered or substituted words is a paraphrase of the region.
			const reworded = matched >= MIN_REWORDED_MATCHES && regionOverlap >= opts.minRewordedOverlap;
			if (sequence >= opts.minNearSimilarity || reworded) {
				const kind: MatchKind =
					sequence < opts.minNearSimilarity
						? 'reworded'
						: sameWords(tokensA, tokensB)
							? 'verbatim'
							: 'near-verbatim';
				// Split the window match into links between the sentences it pairs up.
				const bySentences = new Map<
					string,
					{ si: number; sj: number; ti: number[]; tj: number[]; weight: number }
				>();
				for (const [i, j] of result.pairs) {
					const ti = wordsA[i]!.token;
					const tj = wordsB[j]!.token;
					const si = A.tokenSentence[ti]!;
					const sj = B.tokenSentence[tj]!;
					const key = `${si} ${sj}`;
					const entry = bySentences.get(key) ?? { si, sj, ti: [], tj: [], weight: 0 };
					entry.ti.push(ti);
					entry.tj.push(tj);
					entry.weight += wordsA[i]!.weight;
					bySentences.set(key, entry);
				}
				for (const { si, sj, ti, tj, weight } of bySentences.values()) {
					const gx = A.sentences[si]!;
					const gy = B.sentences[sj]!;
					const smaller = Math.min(sentenceWeight(gx, w), sentenceWeight(gy, w));
					// A stray shared word does not tie two sentences together.
					if (ti.length < 3 && weight < 0.5 * smaller) continue;
					links.push({
						x: gx.g,
						y: gy.g,
						kind,
						similarity: kind === 'reworded' ? regionOverlap : sequence,
						rangeX: [ti[0]!, ti.at(-1)!],
						rangeY: [tj[0]!, tj.at(-1)!],
					});
				}
				if (links.length > 0) return links;
			}
		}
	}
	// Reworded: the two sentences share much of their weighted vocabulary.
	const overlap = overlapSimilarity(sa.tokens, sb.tokens, w);
	const sharedWords = sharedContent(sa.tokens, sb.tokens);
	const sharedWeight = sharedWords.reduce((sum, t) => sum + w(t), 0);
	const smaller = Math.min(sentenceWeight(sa, w), sentenceWeight(sb, w));
	// Or many rare words in common, whatever the rest of the longer sentence says.
	const rare =
		sharedWeight >= opts.minRewordedWeight && sharedWeight >= MIN_REWORDED_CONTAINMENT * smaller;
	if (sharedWords.length >= 4 && (overlap >= opts.minRewordedOverlap || rare)) {
		links.push({
			x: sa.g,
			y: sb.g,
			kind: 'reworded',
			similarity: overlap,
			rangeX: sentenceRange(sa),
			rangeY: sentenceRange(sb),
		});
	}
	return links;
}

/** Keeps the stronger of two links between the same sentences, with the union of their ranges. */
function mergeLinks(p: Link, q: Link): Link {
	const [strong, weak] =
		KIND_RANK[p.kind] < KIND_RANK[q.kind] || (p.kind === q.kind && p.similarity >= q.similarity)
			? [p, q]
			: [q, p];
	if (strong.kind === 'reworded' || weak.kind === 'reworded') return strong;
	return {
		...strong,
		rangeX: [Math.min(p.rangeX[0], q.rangeX[0]), Math.max(p.rangeX[1], q.rangeX[1])],
		rangeY: [Math.min(p.rangeY[0], q.rangeY[0]), Math.max(p.rangeY[1], q.rangeY[1])],
	};
}

/** Article token indexes of a sentence's first and last token. */
function sentenceRange(s: Sentence): [number, number] {
	return [s.firstToken, s.firstToken + s.tokens.length - 1];
}

function sentenceWeight(s: Sentence, w: (t: Token) => number): number {
	return s.content.reduce((sum, k) => sum + w(s.tokens[k]!), 0);
}

/** Content weight of the sentences that tokens [first, last] touch. */
function contentWeight(
	article: ArticleData,
	first: number,
	last: number,
	w: (t: Token) => number,
): number {
	let total = 0;
	for (let si = article.tokenSentence[first]!; si <= article.tokenSentence[last]!; si++) {
		total += sentenceWeight(article.sentences[si]!, w);
	}
	return total;
}

/**
 * Character span of tokens [first, last] of an article, widened to the edges of the
 * sentences it starts and ends in when only function words lie beyond it there.
 */
function snapSpan(
	article: ArticleData,
	first: number,
	last: number,
): { start: number; end: number } {
	const tokens = article.tokens;
	const sentenceOf = article.tokenSentence;
	let f = first;
	while (f > 0 && sentenceOf[f - 1] === sentenceOf[first] && tokens[f - 1]!.stop) f--;
	let l = last;
	while (l < tokens.length - 1 && sentenceOf[l + 1] === sentenceOf[last] && tokens[l + 1]!.stop)
		l++;
	const atStart = f === 0 || sentenceOf[f - 1] !== sentenceOf[f];
	const atEnd = l === tokens.length - 1 || sentenceOf[l + 1] !== sentenceOf[l];
	return {
		start: atStart ? article.sentences[sentenceOf[f]!]!.start : tokens[first]!.start,
		end: atEnd ? article.sentences[sentenceOf[l]!]!.end : tokens[last]!.end,
	};
}

function sameWords(a: readonly Token[], b: readonly Token[]): boolean {
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

/** The tokens of an article inside [start, end), with offsets relative to `start`. */
function tokensOfSpan(article: ArticleData, start: number, end: number): Token[] {
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
function sharedContent(a: readonly Token[], b: readonly Token[]): Token[] {
	const inB = new Set(b.filter((t) => !t.stop).map((t) => t.stem));
	const seen = new Set<string>();
	return a.filter((t) => !t.stop && inB.has(t.stem) && !seen.has(t.stem) && seen.add(t.stem));
}

/** Union-find over numbers 0..n-1. */
function unionFind(n: number) {
	const parent = Array.from({ length: n }, (_, i) => i);
	const find = (x: number): number => {
		while (parent[x] !== x) {
			parent[x] = parent[parent[x]!]!;
			x = parent[x]!;
		}
		return x;
	};
	return { find, parent };
}

function buildGroups(
	articles: readonly ArticleData[],
	sentences: readonly Sentence[],
	links: readonly Link[],
	w: (t: Token) => number,
	opts: Required<AlignOptions>,
): Alignment {
	// 1. Units: adjacent sentences of one article fuse when one sentence of another article is
	// aligned word for word with both (a sentence one outlet split in two).
	const units = unionFind(sentences.length);
	const partners = new Map<number, number[]>();
	const addPartner = (g: number, other: number) =>
		partners.set(g, [...(partners.get(g) ?? []), other]);
	for (const link of links) {
		if (link.kind === 'reworded') continue;
		addPartner(link.x, link.y);
		addPartner(link.y, link.x);
	}
	for (const list of partners.values()) {
		const sorted = [...list].sort((p, q) => p - q);
		for (let k = 1; k < sorted.length; k++) {
			const p = sentences[sorted[k - 1]!]!;
			const q = sentences[sorted[k]!]!;
			if (p.article === q.article && q.index === p.index + 1) {
				const [rp, rq] = [units.find(p.g), units.find(q.g)];
				if (rp !== rq) units.parent[Math.max(rp, rq)] = Math.min(rp, rq);
			}
		}
	}
	const unitOf = (g: number) => units.find(g);

	// 2. Groups: strongest links first. A group holds at most one passage per article, and a
	// passage joins only if its words share content with the group's passages. A unit can
	// carry passages in several groups: the clauses of one long sentence may each be shared
	// with different articles.
	const ranked = [...links].sort(
		(p, q) =>
			KIND_RANK[p.kind] - KIND_RANK[q.kind] ||
			q.similarity - p.similarity ||
			p.x - q.x ||
			p.y - q.y,
	);
	const clusters = clusterOccurrences(articles, sentences, ranked, unitOf, w);

	// 3. Passages: in each unit, the span its group's links align, snapped to sentence edges.
	const components = clusters
		.filter((members) => members.length >= 2)
		.map((members) =>
			[...members]
				.sort((p, q) => p.article - q.article)
				.map(({ article, range }) => {
					const span = snapSpan(articles[article]!, range[0], range[1]);
					return { article, start: span.start, end: span.end };
				}),
		);

	const passages: Passage[] = [];
	const groups: Group[] = [];
	const uniqueId = createIdAllocator();
	const built = components
		.map((nodes) => {
			const texts = nodes.map((n) => articles[n.article]!.text.slice(n.start, n.end));
			// The passages' own tokens, offsets relative to each passage's text.
			const tokens = nodes.map((n) => tokensOfSpan(articles[n.article]!, n.start, n.end));
			const reference = tokens.reduce(
				(best, t, i) => (t.length > tokens[best]!.length ? i : best),
				0,
			);
			const position =
				nodes.reduce((sum, n) => sum + n.start / Math.max(1, articles[n.article]!.text.length), 0) /
				nodes.length;
			return { nodes, texts, tokens, reference, position };
		})
		.sort(
			(p, q) =>
				p.position - q.position ||
				p.nodes[0]!.article - q.nodes[0]!.article ||
				p.nodes[0]!.start - q.nodes[0]!.start,
		);

	built.forEach(({ nodes, texts, tokens, reference }, order) => {
		const ids = nodes.map((n, i) =>
			uniqueId(`p-${articles[n.article]!.id}-${hashWords(tokens[i]!)}`),
		);
		const groupId = uniqueId(`g-${hashWords(tokens[reference]!)}`);
		const pairs: PassagePair[] = [];
		const compare = (i: number, j: number) => {
			// One word-level diff serves both the rendering and the sequence similarity.
			const ta = tokens[i]!;
			const tb = tokens[j]!;
			const { opsA, opsB } = alignTokens(ta, tb);
			let shared = 0;
			let total = 0;
			ta.forEach((t, k) => {
				total += w(t);
				if (opsA[k] === 'equal') shared += w(t);
			});
			for (const t of tb) total += w(t);
			const sequence = total === 0 ? 0 : (2 * shared) / total;
			const overlap = overlapSimilarity(ta, tb, w);
			const kind: MatchKind = sameWords(tokens[i]!, tokens[j]!)
				? 'verbatim'
				: sequence >= opts.minNearSimilarity
					? 'near-verbatim'
					: 'reworded';
			const diff = partsFromOps(texts[i]!, texts[j]!, ta, tb, opsA, opsB);
			pairs.push({
				a: ids[i]!,
				b: ids[j]!,
				kind,
				similarity: round(kind === 'reworded' ? overlap : sequence),
				sequenceSimilarity: round(sequence),
				overlapSimilarity: round(overlap),
				changedWords: countChangedWords(diff),
				sharedWords: sharedContent(tokens[i]!, tokens[j]!).map((t) =>
					texts[i]!.slice(t.start, t.end),
				),
				diff,
			});
		};
		if (nodes.length <= opts.maxAllPairs) {
			for (let i = 0; i < nodes.length; i++)
				for (let j = i + 1; j < nodes.length; j++) compare(i, j);
		} else {
			for (let i = 0; i < nodes.length; i++) {
				if (i !== reference) compare(Math.min(i, reference), Math.max(i, reference));
			}
		}
		const kind = pairs.reduce<MatchKind>(
			(k, p) => (KIND_RANK[p.kind] > KIND_RANK[k] ? p.kind : k),
			'verbatim',
		);
		nodes.forEach((n, i) => {
			const article = articles[n.article]!;
			passages.push({
				id: ids[i]!,
				articleId: article.id,
				start: n.start,
				end: n.end,
				sentenceIndexes: article.sentences
					.filter((s) => s.start < n.end && n.start < s.end)
					.map((s) => s.index),
				groupId,
			});
		});
		groups.push({
			id: groupId,
			kind,
			similarity: Math.min(...pairs.map((p) => p.similarity)),
			passageIds: ids,
			articleIds: nodes.map((n) => articles[n.article]!.id),
			referencePassageId: ids[reference]!,
			evidence: groupEvidence(texts, tokens, reference, w),
			pairs,
			order,
		});
	});
	passages.sort((p, q) =>
		p.articleId < q.articleId ? -1 : p.articleId > q.articleId ? 1 : p.start - q.start,
	);
	return { passages, groups };
}

/** A passage in the making: a unit of one article, the words aligned in it, and its group. */
interface Occurrence {
	unit: number;
	article: number;
	range: [number, number];
	group: number;
}

/** Weighted word overlap above which two passages that were not aligned directly still cohere. */
const MIN_COHERENCE = 0.4;
/** How many members of each side the coherence check compares, to keep merges cheap. */
const COHERENCE_SAMPLE = 8;

/**
 * Clusters link endpoints into groups (see buildGroups, step 2). Returns each group's members
 * with the token range aligned in them.
 */
function clusterOccurrences(
	articles: readonly ArticleData[],
	sentences: readonly Sentence[],
	ranked: readonly Link[],
	unitOf: (g: number) => number,
	w: (t: Token) => number,
): Occurrence[][] {
	const byUnit = new Map<number, Occurrence[]>();
	const groups: (Map<number, Occurrence> | null)[] = [];
	const widen = (r: [number, number], q: [number, number]): [number, number] => [
		Math.min(r[0], q[0]),
		Math.max(r[1], q[1]),
	];
	// Ranges touch when they overlap or only function words lie between them.
	const touches = (article: number, r: [number, number], q: [number, number]) => {
		if (r[0] <= q[1] && q[0] <= r[1]) return true;
		const [from, to] = r[1] < q[0] ? [r[1] + 1, q[0] - 1] : [q[1] + 1, r[0] - 1];
		const tokens = articles[article]!.tokens;
		for (let k = from; k <= to; k++) if (!tokens[k]!.stop) return false;
		return true;
	};
	const linked = new Set(ranked.map((l) => `${unitOf(l.x)} ${unitOf(l.y)}`));
	// Two passages cohere when the engine aligned their units directly, or when their words
	// overlap substantially: a few shared names ("Michael Kovrig") are not enough.
	const coherent = (p: { unit: number; article: number; range: [number, number] }, q: typeof p) => {
		if (linked.has(`${p.unit} ${q.unit}`) || linked.has(`${q.unit} ${p.unit}`)) return true;
		const tp = articles[p.article]!.tokens.slice(p.range[0], p.range[1] + 1);
		const tq = articles[q.article]!.tokens.slice(q.range[0], q.range[1] + 1);
		return overlapSimilarity(tp, tq, w) >= MIN_COHERENCE;
	};
	const coherentWith = (
		candidate: { unit: number; article: number; range: [number, number] },
		group: Map<number, Occurrence>,
		skip?: number,
	) =>
		[...group.values()]
			.filter((m) => m.article !== skip)
			.slice(0, COHERENCE_SAMPLE)
			.every((m) => coherent(candidate, m));
	const place = (unit: number, article: number, range: [number, number], group: number) => {
		const occ: Occurrence = { unit, article, range, group };
		groups[group]!.set(article, occ);
		byUnit.set(unit, [...(byUnit.get(unit) ?? []), occ]);
		return occ;
	};
	const newGroup = (x: { unit: number; article: number; range: [number, number] }, y: typeof x) => {
		const id = groups.length;
		groups.push(new Map());
		place(x.unit, x.article, x.range, id);
		place(y.unit, y.article, y.range, id);
	};
	const join = (
		candidate: { unit: number; article: number; range: [number, number] },
		group: number,
	): boolean => {
		const members = groups[group]!;
		if (members.has(candidate.article) || !coherentWith(candidate, members)) return false;
		place(candidate.unit, candidate.article, candidate.range, group);
		return true;
	};

	for (const link of ranked) {
		const x = { unit: unitOf(link.x), article: sentences[link.x]!.article, range: link.rangeX };
		const y = { unit: unitOf(link.y), article: sentences[link.y]!.article, range: link.rangeY };
		const ox = (byUnit.get(x.unit) ?? []).filter((o) => touches(x.article, o.range, x.range));
		const oy = (byUnit.get(y.unit) ?? []).filter((o) => touches(y.article, o.range, y.range));
		const common = ox.find((o) => oy.some((q) => q.group === o.group));
		if (common) {
			const other = oy.find((q) => q.group === common.group)!;
			common.range = widen(common.range, x.range);
			other.range = widen(other.range, y.range);
			continue;
		}
		const gx = ox[0];
		const gy = oy[0];
		if (!gx && !gy) {
			newGroup(x, y);
			continue;
		}
		if (gx && gy) {
			// Merge the two groups when their articles differ and their passages cohere.
			const mx = groups[gx.group]!;
			const my = groups[gy.group]!;
			const disjoint = [...my.keys()].every((article) => !mx.has(article));
			const sampleX = [...mx.values()].slice(0, COHERENCE_SAMPLE);
			if (disjoint && sampleX.every((p) => coherentWith(p, my))) {
				const retired = gy.group;
				for (const occ of my.values()) {
					occ.group = gx.group;
					mx.set(occ.article, occ);
				}
				groups[retired] = null;
				gx.range = widen(gx.range, x.range);
				gy.range = widen(gy.range, y.range);
				continue;
			}
			// Otherwise the link is about other words of one side: give that side a passage of its own.
			if (!join(x, gy.group)) join(y, gx.group);
			continue;
		}
		const [placed, loose, loosePart] = gx ? [gx, y, x] : [gy!, x, y];
		const widened = { ...placed, range: widen(placed.range, loosePart.range) };
		const members = groups[placed.group]!;
		if (
			!members.has(loose.article) &&
			coherentWith(loose, members, placed.article) &&
			coherent(loose, widened)
		) {
			placed.range = widened.range;
			place(loose.unit, loose.article, loose.range, placed.group);
		} else if (!coherentWith(loose, members, placed.article)) {
			newGroup(loosePart, loose);
		}
	}
	return groups.filter((g): g is Map<number, Occurrence> => g !== null).map((g) => [...g.values()]);
}

/** Shared content words (rarest first) and shared phrases of three or more words. */
function groupEvidence(
	texts: readonly string[],
	tokens: readonly Token[][],
	reference: number,
	w: (t: Token) => number,
) {
	const ref = tokens[reference]!;
	const inAll = (stem: string) => tokens.every((ts) => ts.some((t) => t.stem === stem));
	const seen = new Set<string>();
	const sharedWords = ref
		.filter((t) => !t.stop && inAll(t.stem) && !seen.has(t.stem) && seen.add(t.stem))
		.sort((x, y) => w(y) - w(x) || x.start - y.start)
		.map((t) => texts[reference]!.slice(t.start, t.end));
	// Runs of 3+ reference words that every other wording contains in sequence.
	const phrases: string[] = [];
	let i = 0;
	while (i < ref.length) {
		let len = 0;
		while (
			i + len < ref.length &&
			tokens.every((ts, k) => k === reference || containsRun(ts, ref, i, len + 1))
		)
			len++;
		if (len >= 3) {
			phrases.push(texts[reference]!.slice(ref[i]!.start, ref[i + len - 1]!.end));
			i += len;
		} else i++;
	}
	return { sharedWords, sharedPhrases: phrases };
}

function containsRun(
	haystack: readonly Token[],
	run: readonly Token[],
	from: number,
	len: number,
): boolean {
	outer: for (let s = 0; s + len <= haystack.length; s++) {
		for (let k = 0; k < len; k++) if (haystack[s + k]!.norm !== run[from + k]!.norm) continue outer;
		return true;
	}
	return false;
}

/** Hash of the canonical words: stable across rebuilds while the words are. */
function hashWords(tokens: readonly Token[]): string {
	return hashText(tokens.map((t) => t.norm).join(' '));
}

function round(x: number): number {
	return Math.round(x * 1000) / 1000;
}
