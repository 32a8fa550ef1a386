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

/** Quotes this similar (shorter one's weighted words found in order in the longer) render one utterance. */
const SAME_UTTERANCE = 0.6;
/** Or quotes sharing this much weighted wording in order (about a dozen content words). */
const SAME_RUN_WEIGHT = 12;
const weigh = (t: Token) => (t.stop ? STOP_WORD_WEIGHT : 1);

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

	// Candidate pairs share a content-word bigram; verified by containment similarity.
	const index = new Map<string, number[]>();
	tokens.forEach((ts, i) => {
		const content = ts.filter((t) => !t.stop);
		for (let k = 0; k + 1 < content.length; k++) {
			const key = `${content[k]!.stem} ${content[k + 1]!.stem}`;
			const list = index.get(key) ?? [];
			if (list.at(-1) !== i) list.push(i);
			index.set(key, list);
		}
	});
	const parent = candidates.map((_, i) => i);
	const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
	const checked = new Set<number>();
	for (const list of index.values()) {
		for (let x = 0; x < list.length; x++) {
			for (let y = x + 1; y < list.length; y++) {
				const [i, j] = [list[x]!, list[y]!];
				const key = i * candidates.length + j;
				if (checked.has(key)) continue;
				checked.add(key);
				if (candidates[i]!.articleId === candidates[j]!.articleId) continue;
				const shared = sharedInOrder(tokens[i]!, tokens[j]!);
				if (shared.ratio >= SAME_UTTERANCE || shared.weight >= SAME_RUN_WEIGHT)
					parent[find(j)] = find(i);
			}
		}
	}
	const clusters = new Map<number, number[]>();
	candidates.forEach((_, i) => clusters.set(find(i), [...(clusters.get(find(i)) ?? []), i]));

	const utterances: Utterance[] = [];
	const quoteUtterance = new Map<string, string>();
	const allocate = createIdAllocator();
	const clusterList = [...clusters.values()].sort((x, y) => x[0]! - y[0]!);
	for (const members of clusterList) {
		const byArticle = new Map<string, ExtractedQuote[]>();
		for (const i of members) {
			const q = candidates[i]!;
			byArticle.set(q.articleId, [...(byArticle.get(q.articleId) ?? []), q]);
		}
		const renderings = [...byArticle].map(([articleId, qs]) => {
			const ordered = [...qs].sort((x, y) => x.start - y.start);
			const text = ordered
				.map(textOf)
				.map((t) => t.trim())
				.join(' … ');
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
	const tallies = new Map<string, Map<string, { words: number; quotes: number }>>();
	for (const q of candidates) {
		if (!latest.has(q.articleId)) continue;
		const u = utterances.find((x) => x.id === quoteUtterance.get(q.id));
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
