/** Groups: clusters link endpoints into groups of passages and compares each group's pairs. */
import type { Token } from '../text/tokenize.ts';
import type { Group, MatchKind, Passage, PassagePair } from '../schemas/alignment.ts';
import { createIdAllocator } from '../text/ids.ts';
import { alignTokens, countChangedWords, partsFromOps } from '../text/word-diff.ts';
import { groupEvidence, hashWords, round } from './evidence.ts';
import {
	KIND_RANK,
	type AlignOptions,
	type Alignment,
	type ArticleData,
	type Link,
	type Sentence,
} from './model.ts';
import { snapSpan, tokensOfSpan } from './passages.ts';
import { overlapSimilarity, sameWords, sharedContent } from './similarity.ts';

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

/** Builds passages and groups from the verified links. */
export function buildGroups(
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
