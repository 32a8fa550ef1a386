/**
 * The quote ledger: quotations of several outlets that render one utterance are grouped, and
 * each outlet's rendering is classified against the fullest one: identical, trimmed at the
 * start or end, cut in the middle, words substituted, or paraphrased (the outlet reports the
 * words without quoting them, found through the passage alignment).
 */
import type {
	ExtractedQuote,
	Rendering,
	RenderingKind,
	SpeakerTally,
	Utterance,
} from '../schemas/quotes.ts';
import { createIdAllocator, hashText } from '../text/ids.ts';
import type { Article } from '../schemas/article.ts';
import type { Group, Passage } from '../schemas/alignment.ts';
import { STOP_WORD_WEIGHT } from '../text/lexicon.ts';
import { tokenize, type Token } from '../text/tokenize.ts';
import { diffWordsOf } from '../text/word-diff.ts';
import type { MergedSpeaker } from './merge-speakers.ts';
import { StageLimitError } from '../ingest/errors.ts';

/** Quotes this similar (shorter one's weighted words found in order in the longer) render one utterance. */
const SAME_UTTERANCE = 0.6;
/** Or quotes sharing this much weighted wording in order (about a dozen content words). */
const SAME_RUN_WEIGHT = 12;
const weigh = (t: Token) => (t.stop ? STOP_WORD_WEIGHT : 1);
/**
 * A content-word bigram shared by more distinct quotations than this is common phrasing ("prime
 * minister") rather than evidence of one utterance, and proposes no pairs. The busiest bigram of
 * the seed and dev-corpus stories is in 11 distinct quotations; 64 bounds its pairs at 2,016.
 */
const MAX_BIGRAM_TEXTS = 64;
/**
 * Most candidate pairs of quotations looked at per story, and most word-by-word comparison steps
 * (the product of two quotations' lengths, summed) spent verifying them. Past either, an input
 * is not a set of news articles, and the stage stops with a message rather than running for
 * minutes. The seed and dev-corpus stories need at most 81 pairs and 25,398 steps; the limits
 * are four orders of magnitude above, and each is checked before the work it would allow.
 */
const MAX_PAIR_VISITS = 5_000_000;
const MAX_COMPARISON_CELLS = 400_000_000;

/** Groups quotations into utterances and tallies each speaker's quoted words per outlet. */
export function groupUtterances(
	articles: readonly Article[],
	quotes: readonly ExtractedQuote[],
	passages: readonly Passage[],
	groups: readonly Group[],
	latestArticleIds: readonly string[],
	merged: readonly MergedSpeaker[] = [],
): { utterances: Utterance[]; quoteUtterance: Map<string, string>; speakers: SpeakerTally[] } {
	const articleById = new Map(articles.map((a) => [a.id, a]));
	const textOf = (q: { articleId: string; start: number; end: number }) =>
		articleById.get(q.articleId)!.text.slice(q.start, q.end);
	const candidates = quotes.filter((q) => q.form !== 'scare');
	const tokens = candidates.map((q) => tokenize(textOf(q)));

	const parent = candidates.map((_, i) => i);
	const find = (x: number): number => {
		while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
		return x;
	};
	// Speakers each group's articles name: two quotations attributed by name to different people
	// are two utterances even when their words agree (two people repeating one claim), so groups
	// naming different surnames never join. A description ("a spokesman") or a pronoun resolved
	// to a name may join: the vote below settles those.
	const named = candidates.map((q) => new Set(namedSurnameOf(q) ?? []));
	const union = (a: number, b: number): void => {
		const [ra, rb] = [find(a), find(b)];
		if (ra === rb) return;
		const [na, nb] = [named[ra]!, named[rb]!];
		if (na.size > 0 && nb.size > 0 && ![...nb].some((surname) => na.has(surname))) return;
		parent[rb] = ra;
		for (const surname of nb) na.add(surname);
	};
	// Quotes with the same words are one text: compared once, however often they recur (an
	// article repeating one quotation thousands of times must not cost millions of pairs).
	const byText = new Map<string, number[]>();
	tokens.forEach((ts, i) => {
		const key = ts.map((t) => t.stem).join(' ');
		const list = byText.get(key);
		if (list) list.push(i);
		else byText.set(key, [i]);
	});
	const texts = [...byText.values()];
	// Per text, its first quotation in each article: enough to find a partner in another article.
	const firstByArticle = texts.map((members) => {
		const first = new Map<string, number>();
		for (const i of members)
			if (!first.has(candidates[i]!.articleId)) first.set(candidates[i]!.articleId, i);
		return first;
	});
	/** Joins every member of text `x` to a member of text `y` in another article, and back. */
	const joinAcross = (x: number, y: number): void => {
		for (const [from, to] of [
			[x, y],
			[y, x],
		] as const) {
			for (const i of texts[from]!) {
				for (const [articleId, j] of firstByArticle[to]!) {
					if (articleId === candidates[i]!.articleId) continue;
					union(j, i);
					break;
				}
			}
		}
	};
	texts.forEach((_, t) => joinAcross(t, t));

	// Candidate pairs of texts share a content-word bigram; verified by containment similarity.
	const index = new Map<string, number[]>();
	texts.forEach((members, t) => {
		const content = tokens[members[0]!]!.filter((tok) => !tok.stop);
		for (let k = 0; k + 1 < content.length; k++) {
			const key = `${content[k]!.stem} ${content[k + 1]!.stem}`;
			const list = index.get(key) ?? [];
			if (list.at(-1) !== t) list.push(t);
			index.set(key, list);
		}
	});
	const checked = new Map<number, Set<number>>();
	let visits = 0;
	let cells = 0;
	/** Stops the stage, naming an article file, when an input would cost far beyond any story. */
	const giveUp = (articleId: string, what: string): never => {
		throw new StageLimitError(
			`the quotations are too many to compare: ${what}`,
			{ file: articleById.get(articleId)!.sourceFile },
			'An article file holds far more quotations than a news article; check that it is one article, not a page dump or many articles joined.',
		);
	};
	for (const list of index.values()) {
		// A bigram in very many distinct quotations is common phrasing, not a shared utterance.
		if (list.length > MAX_BIGRAM_TEXTS) continue;
		for (let x = 0; x < list.length; x++) {
			for (let y = x + 1; y < list.length; y++) {
				const [a, b] = [list[x]!, list[y]!];
				const [fa, fb] = [firstByArticle[a]!, firstByArticle[b]!];
				if (++visits > MAX_PAIR_VISITS) {
					giveUp([...fa.keys()][0]!, `over ${MAX_PAIR_VISITS} pairs of quotations share wording`);
				}
				const sameArticle =
					fa.size === 1 && fb.size === 1 && [...fa.keys()][0] === [...fb.keys()][0];
				if (sameArticle) continue;
				const seen = checked.get(a) ?? new Set<number>();
				if (seen.has(b)) continue;
				seen.add(b);
				checked.set(a, seen);
				const [ta, tb] = [tokens[texts[a]![0]!]!, tokens[texts[b]![0]!]!];
				cells += ta.length * tb.length;
				if (cells > MAX_COMPARISON_CELLS) {
					giveUp(
						[...fa.keys()][0]!,
						`comparing them word by word would take over ${MAX_COMPARISON_CELLS} steps`,
					);
				}
				const shared = sharedInOrder(ta, tb);
				if (shared.ratio >= SAME_UTTERANCE || shared.weight >= SAME_RUN_WEIGHT) joinAcross(a, b);
			}
		}
	}
	const clusters = new Map<number, number[]>();
	candidates.forEach((_, i) => {
		const root = find(i);
		const list = clusters.get(root);
		if (list) list.push(i);
		else clusters.set(root, [i]);
	});

	const utterances: Utterance[] = [];
	const quoteUtterance = new Map<string, string>();
	const allocate = createIdAllocator();
	const clusterList = [...clusters.values()].sort((x, y) => x[0]! - y[0]!);
	for (const members of clusterList) {
		const byArticle = new Map<string, ExtractedQuote[]>();
		for (const i of members) {
			const q = candidates[i]!;
			const list = byArticle.get(q.articleId);
			if (list) list.push(q);
			else byArticle.set(q.articleId, [q]);
		}
		const renderings = [...byArticle].map(([articleId, qs]) => {
			const ordered = [...qs].sort((x, y) => x.start - y.start);
			// A quotation an article repeats word for word is listed once in its rendering.
			const text = [...new Set(ordered.map(textOf).map((t) => t.trim()))].join(' … ');
			return { articleId, quotes: ordered, text, tokens: tokenize(text) };
		});
		const fullest = renderings.reduce(
			(best, r) => (r.tokens.length > best.tokens.length ? r : best),
			renderings[0]!,
		);
		const result: Rendering[] = renderings.map((r) => ({
			articleId: r.articleId,
			kind: r === fullest ? 'fullest' : classify(fullest.tokens, r.tokens),
			quoteIds: r.quotes.map((q) => q.id),
			passageId: null,
			text: r.text,
			words: r.tokens.length,
			diff: r === fullest ? null : diffWordsOf(fullest.text, r.text),
		}));
		// Paraphrases: aligned passages of other articles that overlap a quotation of this utterance.
		const quoted = new Set(renderings.map((r) => r.articleId));
		for (const q of renderings.flatMap((r) => r.quotes)) {
			for (const p of passages.filter(
				(p) => p.articleId === q.articleId && p.start < q.end && q.start < p.end,
			)) {
				const group = groups.find((g) => g.id === p.groupId)!;
				for (const otherId of group.passageIds) {
					const other = passages.find((x) => x.id === otherId)!;
					if (quoted.has(other.articleId)) continue;
					// A passage that is mostly quotation is a quote of another utterance, not a paraphrase.
					const quotedChars = quotes
						.filter((x) => x.articleId === other.articleId)
						.reduce(
							(n, x) =>
								n + Math.max(0, Math.min(x.end, other.end) - Math.max(x.start, other.start)),
							0,
						);
					if (quotedChars >= (other.end - other.start) / 2) continue;
					quoted.add(other.articleId);
					const text = textOf(other);
					result.push({
						articleId: other.articleId,
						kind: 'paraphrased',
						quoteIds: [],
						passageId: other.id,
						text,
						words: tokenize(text).length,
						diff: diffWordsOf(fullest.text, text),
					});
				}
			}
		}
		// Only utterances that at least two articles carry, or quoted at all, go in the ledger.
		// The speaker the outlets agree on: a named speaker before a description ("A spokesperson for
		// …"), then the most confidence summed over the quotations naming them, then the first named.
		const votes = new Map<
			string,
			{ weight: number; best: number; described: number; first: string }
		>();
		for (const q of renderings.flatMap((r) => r.quotes)) {
			if (q.speaker === null) continue;
			const vote = votes.get(q.speaker) ?? {
				weight: 0,
				best: 0,
				described: described(q),
				first: q.id,
			};
			vote.weight += q.confidence;
			vote.best = Math.max(vote.best, q.confidence);
			votes.set(q.speaker, vote);
		}
		const attributed = [...votes]
			.sort(
				([, x], [, y]) =>
					x.described - y.described || y.weight - x.weight || x.first.localeCompare(y.first),
			)
			.map(([speaker, vote]) => ({ speaker, confidence: vote.best }));
		const id = allocate(`u-${hashText(fullest.tokens.map((t) => t.norm).join(' '))}`);
		for (const r of renderings) for (const q of r.quotes) quoteUtterance.set(q.id, id);
		utterances.push({
			id,
			speaker: attributed[0]?.speaker ?? null,
			confidence: attributed[0]?.confidence ?? 0,
			renderings: result.sort(
				(x, y) =>
					articles.findIndex((a) => a.id === x.articleId) -
					articles.findIndex((a) => a.id === y.articleId),
			),
		});
	}

	// Per speaker and outlet (latest captures), how many of the speaker's words are quoted.
	const latest = new Set(latestArticleIds);
	const utteranceById = new Map(utterances.map((u) => [u.id, u]));
	const tallies = new Map<string, Map<string, { words: number; quotes: number }>>();
	for (const q of candidates) {
		if (!latest.has(q.articleId)) continue;
		const u = utteranceById.get(quoteUtterance.get(q.id) ?? '');
		const speaker = u?.speaker ?? q.speaker;
		if (!speaker) continue;
		const outletId = articleById.get(q.articleId)!.outlet;
		const perOutlet = tallies.get(speaker) ?? new Map();
		const entry = perOutlet.get(outletId) ?? { words: 0, quotes: 0 };
		entry.words += tokenize(textOf(q)).length;
		entry.quotes += 1;
		perOutlet.set(outletId, entry);
		tallies.set(speaker, perOutlet);
	}
	const mergedByName = new Map(merged.map((m) => [m.name, m]));
	const kindOf = new Map(
		candidates.flatMap((q) =>
			q.speaker && q.speakerKind ? [[q.speaker, q.speakerKind] as const] : [],
		),
	);
	const speakers: SpeakerTally[] = [...tallies]
		.map(([speaker, perOutlet]) => ({
			speaker,
			kind: mergedByName.get(speaker)?.kind ?? kindOf.get(speaker) ?? 'person',
			variants: mergedByName.get(speaker)?.variants ?? [speaker],
			outlets: [...perOutlet]
				.map(([outletId, v]) => ({ outletId, ...v }))
				.sort((x, y) => y.words - x.words || x.outletId.localeCompare(y.outletId)),
		}))
		.sort((x, y) => total(y) - total(x) || x.speaker.localeCompare(y.speaker));
	return { utterances, quoteUtterance, speakers };
}

/** The surname of a speaker the article names at the quotation, or null for a description or pronoun. */
function namedSurnameOf(q: ExtractedQuote): [string] | null {
	if (!q.speaker || q.speakerKind === 'description') return null;
	if (!q.speakerText || PRONOUN.test(q.speakerText.trim())) return null;
	return [q.speaker.toLowerCase().split(/\s+/).at(-1)!];
}
const PRONOUN = /^(?:he|she|it|they|we|i)$/i;

function described(q: ExtractedQuote): number {
	return q.speakerKind === 'description' ? 1 : 0;
}

function total(t: SpeakerTally): number {
	return t.outlets.reduce((n, o) => n + o.words, 0);
}

/**
 * Weighted words two token lists share in order (LCS over stems), absolute and over the weight
 * of the shorter list (1 when one contains the other).
 */
function sharedInOrder(
	a: readonly Token[],
	b: readonly Token[],
): { weight: number; ratio: number } {
	const [short, long] = a.length <= b.length ? [a, b] : [b, a];
	const weight = short.reduce((s, t) => s + weigh(t), 0);
	if (weight === 0) return { weight: 0, ratio: 0 };
	let prev = new Float64Array(long.length + 1);
	let curr = new Float64Array(long.length + 1);
	for (let i = 1; i <= short.length; i++) {
		for (let j = 1; j <= long.length; j++) {
			curr[j] =
				short[i - 1]!.stem === long[j - 1]!.stem
					? prev[j - 1]! + weigh(short[i - 1]!)
					: Math.max(prev[j]!, curr[j - 1]!);
		}
		[prev, curr] = [curr, prev];
	}
	return { weight: prev[long.length]!, ratio: prev[long.length]! / weight };
}

/** Classifies rendering `r` against the fullest rendering `f`. */
export function classify(f: readonly Token[], r: readonly Token[]): RenderingKind {
	const fw = f.map((t) => t.norm);
	const rw = r.map((t) => t.norm);
	if (fw.join(' ') === rw.join(' ')) return 'identical';
	const at = findRun(fw, rw);
	if (at === 0) return 'trimmed-end';
	if (at !== -1 && at + rw.length === fw.length) return 'trimmed-start';
	if (at !== -1) return 'trimmed';
	// Every word of r in order in f, but not in one run: words cut from the middle.
	const positions: number[] = [];
	let from = 0;
	for (const w of rw) {
		const k = fw.indexOf(w, from);
		if (k === -1) break;
		positions.push(k);
		from = k + 1;
	}
	if (positions.length === rw.length) return 'cut';
	return 'substituted';
}

function findRun(haystack: readonly string[], needle: readonly string[]): number {
	outer: for (let s = 0; s + needle.length <= haystack.length; s++) {
		for (let k = 0; k < needle.length; k++) if (haystack[s + k] !== needle[k]) continue outer;
		return s;
	}
	return -1;
}
