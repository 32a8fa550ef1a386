/**
 * Versions: two or more captures of one outlet's article. Detects them, orders them, and
 * lists what changed between consecutive captures paragraph by paragraph, with word-level
 * edits inside edited paragraphs. Changes that are only whitespace, quote style, case or a
 * repair made by the cleaner are not changes: texts are compared word by word in canonical
 * form, after cleaning.
 */
import { sequenceSimilarity } from '../align/similarity.ts';
import { longestIncreasing } from '../text/longest-increasing.ts';
import type { Article } from '../schemas/article.ts';
import type {
	ParagraphChange,
	ParagraphChangeKind,
	VersionComparison,
	VersionSet,
} from '../schemas/versions.ts';
import { STOP_WORD_WEIGHT } from '../text/lexicon.ts';
import { tokenize, type Token } from '../text/tokenize.ts';
import { diffWordsOf } from '../text/word-diff.ts';

/** Share of the smaller article's sentences another capture must share to be a version of it. */
const MIN_SHARED_SENTENCES = 0.5;
/** Sentences this similar (weighted word sequence) are one sentence, edited. */
const SAME_SENTENCE = 0.6;

interface SentenceRef {
	paragraph: number;
	tokens: Token[];
	key: string;
}

/**
 * Finds the articles that are captures of one outlet's article (same outlet, most sentences
 * shared, or declared as such: pairs of `[later, earlier]` article ids) and compares
 * consecutive versions.
 */
export function findVersions(
	articles: readonly Article[],
	declared: readonly (readonly [string, string])[] = [],
): VersionSet[] {
	const isDeclared = (a: Article, b: Article) =>
		declared.some(([x, y]) => (x === a.id && y === b.id) || (x === b.id && y === a.id));
	const byOutlet = new Map<string, Article[]>();
	for (const a of articles) byOutlet.set(a.outlet, [...(byOutlet.get(a.outlet) ?? []), a]);
	const sets: VersionSet[] = [];
	for (const [outlet, list] of [...byOutlet].sort(([x], [y]) => (x < y ? -1 : 1))) {
		if (list.length < 2) continue;
		// Cluster captures that share most of their sentences.
		const clusters: Article[][] = [];
		for (const article of [...list].sort((x, y) => (x.id < y.id ? -1 : 1))) {
			const home = clusters.find((c) =>
				c.some(
					(other) =>
						isDeclared(article, other) ||
						sharedSentenceShare(article, other) >= MIN_SHARED_SENTENCES,
				),
			);
			if (home) home.push(article);
			else clusters.push([article]);
		}
		for (const cluster of clusters) {
			if (cluster.length < 2) continue;
			const { ordered, orderedBy } = orderVersions(cluster);
			const comparisons = ordered.slice(1).map((newer, i) => compareVersions(ordered[i]!, newer));
			sets.push({ outlet, articleIds: ordered.map((a) => a.id), orderedBy, comparisons });
		}
	}
	return sets;
}

/** Oldest first: by date when every capture has one, else the capture others are contained in first. */
function orderVersions(cluster: Article[]): {
	ordered: Article[];
	orderedBy: VersionSet['orderedBy'];
} {
	if (
		cluster.every((a) => a.published !== null) &&
		new Set(cluster.map((a) => a.published)).size === cluster.length
	) {
		return {
			ordered: [...cluster].sort((x, y) => x.published!.localeCompare(y.published!)),
			orderedBy: 'date',
		};
	}
	// A later capture keeps most of the earlier one and adds to it: an earlier capture's
	// sentences are found in the later one more than the reverse.
	const ordered = [...cluster].sort((x, y) => {
		const xInY = sharedSentenceCount(x, y) / Math.max(1, x.sentences.length);
		const yInX = sharedSentenceCount(y, x) / Math.max(1, y.sentences.length);
		return yInX - xInY || x.sentences.length - y.sentences.length || (x.id < y.id ? -1 : 1);
	});
	return { ordered, orderedBy: 'containment' };
}

// Tokenised once per article: version detection compares each capture with several others.
const REFS = new WeakMap<Article, SentenceRef[]>();

function sentenceRefs(article: Article): SentenceRef[] {
	const known = REFS.get(article);
	if (known) return known;
	const refs = article.sentences.map((s) => {
		const tokens = tokenize(article.text, s.start, s.end);
		const paragraph = article.paragraphs.findIndex((p) => p.start <= s.start && s.end <= p.end);
		return { paragraph, tokens, key: tokens.map((t) => t.norm).join(' ') };
	});
	REFS.set(article, refs);
	return refs;
}

const weigh = (t: Token) => (t.stop ? STOP_WORD_WEIGHT : 1);

/** Number of sentences of `a` that `b` has, identical or lightly edited. */
function sharedSentenceCount(a: Article, b: Article): number {
	const refsB = sentenceRefs(b);
	const keys = new Set(refsB.map((r) => r.key));
	return sentenceRefs(a).filter(
		(r) =>
			keys.has(r.key) ||
			refsB.some((q) => sequenceSimilarity(r.tokens, q.tokens, weigh) >= SAME_SENTENCE),
	).length;
}

function sharedSentenceShare(a: Article, b: Article): number {
	return sharedSentenceCount(a, b) / Math.max(1, Math.min(a.sentences.length, b.sentences.length));
}

/** Paragraph-level changes from `older` to `newer`. */
export function compareVersions(older: Article, newer: Article): VersionComparison {
	const oldRefs = sentenceRefs(older);
	const newRefs = sentenceRefs(newer);
	// Match each new sentence to the most similar old one (identical first), one to one.
	const matchOfNew = new Array<number>(newRefs.length).fill(-1);
	const used = new Set<number>();
	const candidates: { i: number; j: number; sim: number }[] = [];
	newRefs.forEach((n, j) => {
		oldRefs.forEach((o, i) => {
			const sim = n.key === o.key ? 1 : sequenceSimilarity(o.tokens, n.tokens, weigh);
			if (sim >= SAME_SENTENCE) candidates.push({ i, j, sim });
		});
	});
	candidates.sort((p, q) => q.sim - p.sim || p.j - q.j || p.i - q.i);
	for (const { i, j } of candidates) {
		if (matchOfNew[j] !== -1 || used.has(i)) continue;
		matchOfNew[j] = i;
		used.add(i);
	}
	// Sentences matched in order stay; those off the longest increasing run moved.
	const matched = matchOfNew.map((i, j) => ({ i, j })).filter((m) => m.i !== -1);
	const inOrder = new Set(
		[...longestIncreasing(matched.map((m) => m.i))].map((k) => matched[k]!.j),
	);
	const movedNew = new Set(
		matchOfNew.map((i, j) => (i !== -1 && !inOrder.has(j) ? j : -1)).filter((j) => j !== -1),
	);

	const changes: ParagraphChange[] = [];
	const oldSentenceText = (i: number) =>
		older.text.slice(older.sentences[i]!.start, older.sentences[i]!.end);
	const emittedOld = new Set<number>();
	const claimedOld = new Set<number>();
	const emitRemovedBefore = (limit: number) => {
		// Old paragraphs none of whose sentences survive, placed before the first later survivor.
		for (let p = 0; p < limit; p++) {
			if (emittedOld.has(p)) continue;
			const sentences = oldRefs.map((r, i) => ({ r, i })).filter(({ r }) => r.paragraph === p);
			if (sentences.every(({ i }) => !used.has(i))) {
				emittedOld.add(p);
				for (const { i } of sentences) claimedOld.add(i);
				changes.push({ kind: 'removed', from: [p], to: [], diff: null });
			}
		}
	};
	const sourcesOf = newer.paragraphs.map((_, q) => {
		const matchedOld = newRefs.flatMap((r, j) =>
			r.paragraph === q && matchOfNew[j] !== -1 ? [matchOfNew[j]!] : [],
		);
		return [...new Set(matchedOld.map((i) => oldRefs[i]!.paragraph))].sort((x, y) => x - y);
	});
	// Removed paragraphs go before the next paragraph that kept old text, deletions first.
	const nextSource = (q: number) =>
		sourcesOf.slice(q).find((list) => list.length > 0)?.[0] ?? older.paragraphs.length;
	newer.paragraphs.forEach((_, q) => {
		const sentences = newRefs.map((r, j) => ({ r, j })).filter(({ r }) => r.paragraph === q);
		const matchedOld = sentences.map(({ j }) => matchOfNew[j]!).filter((i) => i !== -1);
		const sources = sourcesOf[q]!;
		emitRemovedBefore(nextSource(q));
		const newText = newer.text.slice(newer.paragraphs[q]!.start, newer.paragraphs[q]!.end);
		if (sources.length === 0) {
			changes.push({ kind: 'added', from: [], to: [q], diff: null });
			return;
		}
		for (const p of sources) emittedOld.add(p);
		// The old wording: the sentences this paragraph kept, plus the sentences of its source
		// paragraphs that no new paragraph kept (deleted here), each counted once.
		const oldSentences = oldRefs
			.map((_, i) => i)
			.filter(
				(i) =>
					matchedOld.includes(i) ||
					(sources.includes(oldRefs[i]!.paragraph) && !used.has(i) && !claimedOld.has(i)),
			);
		for (const i of oldSentences) claimedOld.add(i);
		const oldText = oldSentences.map(oldSentenceText).join(' ');
		const identical =
			tokenize(oldText)
				.map((t) => t.norm)
				.join(' ') ===
			tokenize(newText)
				.map((t) => t.norm)
				.join(' ');
		const moved = sentences.some(({ j }) => movedNew.has(j));
		const kind: ParagraphChangeKind = moved ? 'moved' : identical ? 'unchanged' : 'edited';
		changes.push({
			kind,
			from: sources,
			to: [q],
			diff: identical ? null : diffWordsOf(oldText, newText),
		});
	});
	emitRemovedBefore(older.paragraphs.length);
	const counts: Record<ParagraphChangeKind, number> = {
		added: 0,
		removed: 0,
		edited: 0,
		moved: 0,
		unchanged: 0,
	};
	for (const c of changes) counts[c.kind]++;
	return { from: older.id, to: newer.id, changes, counts };
}
