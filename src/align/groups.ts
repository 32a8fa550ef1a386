/**
 * Groups: fuses adjacent units that one unit of another article matches as a whole, decides the
 * kind of each linked pair of units, and gathers the pairs into groups, one unit per article
 * and one group per unit. Strong links (verbatim, near-verbatim) may join two groups; a
 * reworded link only adds a unit that is in no group yet, and only when it matches every member
 * it is checked against (two, when the members are copies of one wording), so one loose
 * paraphrase cannot chain two groups together.
 */
import type { Group, MatchKind, Passage, PassagePair, RelatedPair } from '../schemas/alignment.ts';
import { createIdAllocator } from '../text/ids.ts';
import type { Token } from '../text/tokenize.ts';
import { alignTokens, countChangedWords, partsFromOps } from '../text/word-diff.ts';
import {
	attributionStems,
	countDistinctiveWords,
	countSentenceWords,
	kindOf,
	measurePair,
	type PairMeasure,
} from './classify.ts';
import { groupEvidence, hashWords, round } from './evidence.ts';
import {
	KIND_RANK,
	type Alignment,
	type EngineOptions,
	type ArticleData,
	type Link,
	type MeaningOf,
	type Unit,
	type Weigh,
} from './model.ts';
import { findMutualBest, type RunMatch } from './mutual-best.ts';
import { deniesSomething, selectRelated, type RunPlace } from './related.ts';
import { findRestatements } from './restatements.ts';
import {
	COHERENCE_MIN_OTHER_WORDS,
	COHERENCE_MIN_SHARED_WORDS,
	MEANING_MIN_COHERENCE,
} from './thresholds.ts';
import { tokensOfSpan } from './passages.ts';
import { overlapSimilarity, sameWords, sequenceSimilarity, sharedContent } from './similarity.ts';

/**
 * How many members of a group a joining unit is checked against: every member of the groups a
 * reader sees on one page (the seed story has five articles), a sample of the largest ones so
 * that joins stay cheap in stories of hundreds of articles.
 */
const COHERENCE_SAMPLE = 8;

/**
 * Members of a one-wording group (all verbatim or lightly edited copies of each other) that a
 * reworded unit must match to join it: two, so that the link's own mutual best match is
 * corroborated by one more copy. Measured on the pooled seed and development gold: requiring
 * every member (as for mixed groups) missed paraphrases of syndicated copies on the development
 * events; one or two gave the same figures, two is the stricter; applied to mixed groups too,
 * it cost the seed story's precision (0.959 to 0.949).
 */
const REWORDED_CORROBORATION = 2;

/**
 * How much better two adjacent units must match a partner together than apart to fuse into one
 * passage: a clear gain means the partner really holds both (a sentence split in two); a small
 * one means the partner mostly repeats one of them and the other only shares a few names.
 */
const MIN_FUSION_GAIN = 0.25;

/** A run of adjacent units of one article that the engine treats as one passage. */
interface Run {
	root: number;
	article: number;
	start: number;
	end: number;
	/** The article's units the run spans, first and last. */
	first: number;
	last: number;
	/** The run's tokens, article offsets. */
	tokens: Token[];
}

/** A pair of runs of different articles that match, `u` in the article that sorts first. */
type RunPair = RunMatch;

/** Union-find over numbers 0..n-1, the smaller root winning. */
function unionFind(n: number) {
	const parent = Int32Array.from({ length: n }, (_, i) => i);
	const find = (x: number): number => {
		let r = x;
		while (parent[r] !== r) r = parent[r] ?? r;
		while (parent[x] !== r) {
			const next = parent[x] ?? r;
			parent[x] = r;
			x = next;
		}
		return r;
	};
	const union = (x: number, y: number) => {
		const [rx, ry] = [find(x), find(y)];
		if (rx !== ry) parent[Math.max(rx, ry)] = Math.min(rx, ry);
	};
	return { find, union };
}

/**
 * Fuses adjacent units of one article when one unit of another article matches them together
 * better than either alone (a sentence or clause one outlet split in two), and the units of
 * `fusions` (whole sentences, see whole-sentences.ts). Returns each unit's run root.
 */
function fuseUnits(
	units: readonly Unit[],
	links: readonly Link[],
	similarity: (a: readonly Token[], b: readonly Token[]) => number,
	fusions: readonly (readonly [number, number])[],
): (g: number) => number {
	const runs = unionFind(units.length);
	for (const [a, b] of fusions) runs.union(a, b);
	const partners = new Map<number, number[]>();
	const addPartner = (g: number, other: number) => {
		const list = partners.get(g);
		if (list) list.push(other);
		else partners.set(g, [other]);
	};
	for (const link of links) {
		if (link.kind === 'reworded') continue;
		addPartner(link.x, link.y);
		addPartner(link.y, link.x);
	}
	for (const [g, list] of partners) {
		const partner = units[g];
		if (!partner) continue;
		const sorted = [...new Set(list)].sort((p, q) => p - q);
		// Grow a run along adjacent linked units while the match with the partner improves. Most
		// linked units have no linked neighbour, so a score is computed only when one follows
		// (undefined: the score of the run's one unit, not yet needed).
		let run: Unit[] = [];
		let runScore: number | undefined;
		for (const k of sorted) {
			const unit = units[k];
			if (!unit) continue;
			const last = run.at(-1);
			if (last && last.article === unit.article && unit.index === last.index + 1) {
				const before = runScore ?? similarity(last.tokens, partner.tokens);
				const alone = similarity(unit.tokens, partner.tokens);
				const together = similarity(
					[...run.flatMap((u) => u.tokens), ...unit.tokens],
					partner.tokens,
				);
				if (together >= Math.max(before, alone) + MIN_FUSION_GAIN) {
					runs.union(last.g, unit.g);
					run.push(unit);
					runScore = together;
					continue;
				}
				run = [unit];
				runScore = alone;
				continue;
			}
			run = [unit];
			runScore = undefined;
		}
	}
	return runs.find;
}

/** The runs the units fuse into, by root. */
function collectRuns(
	articles: readonly ArticleData[],
	units: readonly Unit[],
	runOf: (g: number) => number,
): Map<number, Run> {
	const runs = new Map<number, Run>();
	for (const unit of units) {
		const root = runOf(unit.g);
		const run = runs.get(root);
		if (run) {
			run.end = unit.end;
			run.last = unit.index;
			run.tokens.push(...unit.tokens);
		} else {
			runs.set(root, {
				root,
				article: unit.article,
				start: unit.start,
				end: unit.end,
				first: unit.index,
				last: unit.index,
				tokens: [...unit.tokens],
			});
		}
	}
	void articles;
	return runs;
}

/**
 * Measures each pair of runs that a link joins: `all` that match, and those `accepted` for
 * grouping (a reworded pair only when each run is the other's best match in its article).
 */
function matchRuns(
	runs: ReadonlyMap<number, Run>,
	links: readonly Link[],
	runOf: (g: number) => number,
	measure: (u: number, v: number) => PairMeasure,
): { all: RunPair[]; accepted: RunPair[] } {
	const pairs = new Map<string, RunPair>();
	for (const link of links) {
		const u = runOf(link.x);
		const v = runOf(link.y);
		const key = `${u} ${v}`;
		if (u === v || pairs.has(key)) continue;
		const m = measure(u, v);
		if (m.kind) {
			pairs.set(key, { u, v, kind: m.kind, score: m.kind === 'reworded' ? m.overlap : m.sequence });
		}
	}
	// Each run's best match per other article: strongest kind, then highest score.
	const all = [...pairs.values()];
	const isMutualBest = findMutualBest(all, (root) => runs.get(root)?.article ?? -1);
	const accepted = all.filter((p) => p.kind !== 'reworded' || isMutualBest(p));
	return { all, accepted };
}

/** Strongest kind first, then highest score; ties by run, so the order is deterministic. */
const byStrength = (p: RunPair, q: RunPair) =>
	KIND_RANK[p.kind] - KIND_RANK[q.kind] || q.score - p.score || p.u - q.u || p.v - q.v;

/**
 * Whether two runs agree as members of one group: they match by a kind or, with the semantic
 * check on, are close enough in meaning while sharing a few words that are not all main names.
 */
function agreeAsMembers(
	measure: (u: number, v: number) => PairMeasure,
	meaning: ((u: number, v: number) => number) | undefined,
): (x: number, y: number) => boolean {
	return (x, y) => {
		const m = measure(Math.min(x, y), Math.max(x, y));
		if (m.kind !== null) return true;
		return (
			meaning !== undefined &&
			m.shared >= COHERENCE_MIN_SHARED_WORDS &&
			m.other >= COHERENCE_MIN_OTHER_WORDS &&
			meaning(x, y) >= MEANING_MIN_COHERENCE
		);
	};
}

/**
 * Gathers matching run pairs into groups; returns each group's runs, and the runs that fusing
 * split passages changed after they were measured.
 */
function gatherGroups(
	runs: Map<number, Run>,
	{ accepted, all }: { accepted: readonly RunPair[]; all: readonly RunPair[] },
	aligned: readonly (readonly [number, number])[],
	measure: (u: number, v: number) => PairMeasure,
	meaning: ((u: number, v: number) => number) | undefined,
): { groups: Run[][]; changed: ReadonlySet<number> } {
	const ranked = [...accepted].sort(byStrength);
	const groupOf = new Map<number, number>();
	const groups: (Map<number, number> | null)[] = [];
	const articleOf = (root: number) => runs.get(root)?.article ?? -1;
	const matches = agreeAsMembers(measure, meaning);
	const coheres = (run: number, members: ReadonlyMap<number, number>) =>
		[...members.values()].slice(0, COHERENCE_SAMPLE).every((m) => matches(run, m));
	// A group whose members all match one another verbatim or lightly edited states one wording;
	// a paraphrase of it that the link's two ends agree on (it is their mutual best match) needs
	// only REWORDED_CORROBORATION of them to match, since a copy that trims or retouches the
	// wording can fall under the reworded overlap while saying the same.
	const isOneWording = (members: ReadonlyMap<number, number>) => {
		const sample = [...members.values()].slice(0, COHERENCE_SAMPLE);
		return sample.every((m, i) =>
			sample.slice(i + 1).every((o) => {
				const kind = measure(Math.min(m, o), Math.max(m, o)).kind;
				return kind !== null && kind !== 'reworded';
			}),
		);
	};
	const corroborates = (run: number, members: ReadonlyMap<number, number>) => {
		if (!isOneWording(members)) return coheres(run, members);
		const sample = [...members.values()].slice(0, COHERENCE_SAMPLE);
		const hits = sample.filter((m) => matches(run, m)).length;
		return hits >= Math.min(REWORDED_CORROBORATION, sample.length);
	};
	const add = (run: number, group: number) => {
		groups[group]?.set(articleOf(run), run);
		groupOf.set(run, group);
	};
	for (const p of ranked) {
		const gu = groupOf.get(p.u);
		const gv = groupOf.get(p.v);
		if (gu === undefined && gv === undefined) {
			groups.push(new Map());
			add(p.u, groups.length - 1);
			add(p.v, groups.length - 1);
			continue;
		}
		if (gu !== undefined && gv !== undefined) {
			// Two groups of different articles join only when their members match across them:
			// a reworded link never chains two groups on its own evidence alone.
			const mu = groups[gu];
			const mv = groups[gv];
			if (gu === gv || !mu || !mv) continue;
			if ([...mv.keys()].some((a) => mu.has(a))) continue;
			if (![...mv.values()].slice(0, COHERENCE_SAMPLE).every((run) => coheres(run, mu))) continue;
			for (const run of mv.values()) add(run, gu);
			groups[gv] = null;
			continue;
		}
		const [loose, group] = gu === undefined ? [p.u, gv] : [p.v, gu];
		const members = group === undefined ? undefined : groups[group];
		if (group === undefined || !members || members.has(articleOf(loose))) continue;
		if (p.kind === 'reworded' ? corroborates(loose, members) : coheres(loose, members))
			add(loose, group);
	}
	// A wording left out because it was not its partner's best match (the partner's outlet says
	// it better elsewhere) still joins its partner's group when it matches every member on its own
	// evidence, not only through meaning: no chain can form through it.
	const taken = new Set(accepted);
	const matchesEvery = (run: number, members: ReadonlyMap<number, number>) =>
		[...members.values()]
			.slice(0, COHERENCE_SAMPLE)
			.every((m) => measure(Math.min(run, m), Math.max(run, m)).kind !== null);
	for (const p of all.filter((m) => !taken.has(m)).sort(byStrength)) {
		const gu = groupOf.get(p.u);
		const gv = groupOf.get(p.v);
		if ((gu === undefined) === (gv === undefined)) continue;
		const [loose, group] = gu === undefined ? [p.u, gv!] : [p.v, gu];
		const members = groups[group];
		if (members && !members.has(articleOf(loose)) && matchesEvery(loose, members))
			add(loose, group);
	}
	const changed = mergeSplitGroups(runs, groups, groupOf, aligned);
	return {
		groups: groups
			.filter((g): g is Map<number, number> => g !== null)
			.map((g) =>
				[...g.values()]
					.map((root) => runs.get(root))
					.filter((run): run is Run => run !== undefined)
					.sort((p, q) => p.article - q.article),
			),
		changed,
	};
}

/**
 * Two groups whose members stand side by side in every article that holds both, and whose
 * members match across the groups, are one passage that outlets split at different places
 * ("Let me be clear, what has been reported is false. | And I will defend myself …" against
 * "Let me be clear. | What has been reported is false, and I will defend myself …"): their
 * runs fuse and the two groups become one.
 * Returns the roots of the runs it fused or removed.
 */
function mergeSplitGroups(
	runs: Map<number, Run>,
	groups: (Map<number, number> | null)[],
	groupOf: Map<number, number>,
	pairs: readonly (readonly [number, number])[],
): Set<number> {
	const changed = new Set<number>();
	const runAt = (members: ReadonlyMap<number, number>, article: number) =>
		runs.get(members.get(article) ?? -1);
	for (const [u, v] of pairs) {
		const g1 = groupOf.get(u);
		const g2 = groupOf.get(v);
		if (g1 === undefined || g2 === undefined || g1 === g2) continue;
		const m1 = groups[g1];
		const m2 = groups[g2];
		if (!m1 || !m2) continue;
		// +1 when the first group's run comes just before the second's, -1 just after, else 0.
		const orders = [...m1.keys()]
			.filter((a) => m2.has(a))
			.map((a) => {
				const r1 = runAt(m1, a);
				const r2 = runAt(m2, a);
				if (!r1 || !r2) return 0;
				return r1.last + 1 === r2.first ? 1 : r2.last + 1 === r1.first ? -1 : 0;
			});
		if (orders.length === 0 || orders.some((o) => o === 0 || o !== orders[0])) continue;
		const [keep, drop, keepId, dropId] = orders[0] === 1 ? [m1, m2, g1, g2] : [m2, m1, g2, g1];
		for (const [article, root] of drop) {
			const kept = runAt(keep, article);
			const other = runs.get(root);
			groupOf.set(root, keepId);
			if (!kept || !other) {
				keep.set(article, root);
				continue;
			}
			// The kept group's run always comes first: it is the group that starts earlier.
			const [head, tail] = [kept, other];
			const fused: Run = {
				root: kept.root,
				article,
				start: head.start,
				end: tail.end,
				first: head.first,
				last: tail.last,
				tokens: [...head.tokens, ...tail.tokens],
			};
			runs.set(kept.root, fused);
			runs.delete(root);
			changed.add(kept.root).add(root);
		}
		groups[dropId] = null;
	}
	return changed;
}

/** Builds passages and groups from the verified links. */
export function buildGroups(
	articles: readonly ArticleData[],
	units: readonly Unit[],
	links: readonly Link[],
	w: Weigh,
	opts: EngineOptions,
	mainNames: ReadonlySet<string>,
	meaningOf?: MeaningOf,
	fusions: readonly (readonly [number, number])[] = [],
): Alignment {
	const runOf = fuseUnits(units, links, (a, b) => sequenceSimilarity(a, b, w), fusions);
	const runs = collectRuns(articles, units, runOf);
	// Global unit indexes of a run, for the semantic check.
	const unitsOfRun = (root: number): number[] => {
		const run = runs.get(root);
		if (!run) return [];
		return articles[run.article]!.units.slice(run.first, run.last + 1).map((u) => u.g);
	};
	const runMeaning = meaningOf
		? (u: number, v: number) => meaningOf(unitsOfRun(u), unitsOfRun(v))
		: undefined;
	const wordsOfRun = new Map<number, number>();
	const runWords = (root: number) => {
		const known = wordsOfRun.get(root);
		if (known !== undefined) return known;
		const run = runs.get(root);
		const words = run
			? countSentenceWords(run.tokens, articles[run.article]!.units.slice(run.first, run.last + 1))
			: 0;
		wordsOfRun.set(root, words);
		return words;
	};
	const measured = new Map<string, PairMeasure>();
	const measure = (u: number, v: number): PairMeasure => {
		const key = `${u} ${v}`;
		const known = measured.get(key);
		if (known) return known;
		const m = measurePair(
			runs.get(u)?.tokens ?? [],
			runs.get(v)?.tokens ?? [],
			w,
			mainNames,
			runMeaning?.(u, v),
			Math.min(runWords(u), runWords(v)),
		);
		measured.set(key, m);
		return m;
	};
	// Word-for-word links between two runs, even ones too partial to match on their own, show
	// where outlets split one passage at different places.
	const aligned = links
		.filter((l) => l.kind !== 'reworded')
		.map((l) => [runOf(l.x), runOf(l.y)] as const);
	const matched = matchRuns(runs, links, runOf, measure);
	const gathered = gatherGroups(runs, matched, aligned, measure, runMeaning);
	const components = gathered.groups.map((members) =>
		members.map(({ article, start, end }) => ({ article, start, end })),
	);
	const groupOfRun = new Map<number, number>();
	gathered.groups.forEach((members, i) => members.forEach((run) => groupOfRun.set(run.root, i)));
	// Runs fused after they were measured are measured again as they now stand.
	for (const root of gathered.changed) wordsOfRun.delete(root);
	// Restatements (semantic check only) measure runs again after fusing: forget stale figures.
	if (runMeaning && gathered.changed.size > 0) {
		for (const key of [...measured.keys()]) {
			const [u, v] = key.split(' ').map(Number);
			if (gathered.changed.has(u!) || gathered.changed.has(v!)) measured.delete(key);
		}
	}
	const current = matched.all.flatMap((m): RunPair[] => {
		if (!gathered.changed.has(m.u) && !gathered.changed.has(m.v)) return [m];
		if (!runs.has(m.u) || !runs.has(m.v)) return [];
		measured.delete(`${m.u} ${m.v}`);
		const again = measure(m.u, m.v);
		if (!again.kind) return [];
		const score = again.kind === 'reworded' ? again.overlap : again.sequence;
		return [{ u: m.u, v: m.v, kind: again.kind, score }];
	});
	// Each run's place is asked for once per match it is in and again by the mutual-best test.
	const places = new Map<number, RunPlace | null>();
	const placeOf = (root: number): RunPlace | null => {
		const known = places.get(root);
		if (known !== undefined) return known;
		const run = runs.get(root);
		const place = run
			? { article: run.article, group: groupOfRun.get(root), denies: deniesSomething(run.tokens) }
			: null;
		places.set(root, place);
		return place;
	};
	const selected: (RunPair & { restates?: number })[] = selectRelated(current, placeOf, runMeaning);
	const relatedRuns = [
		...selected,
		...restatementLinks(
			runs,
			gathered.groups,
			{ groupOfRun, placeOf, selected },
			articles,
			measure,
			runMeaning,
		),
	];

	const unitsOf = (n: { article: number; start: number; end: number }) =>
		articles[n.article]!.units.filter((u) => u.start < n.end && n.start < u.end).map((u) => u.g);
	const wordingOf = (
		n: { article: number; start: number; end: number },
		text: string,
		tokens: readonly Token[],
	): Wording => {
		const own = unitsOf(n);
		return {
			text,
			tokens,
			units: own,
			words: countSentenceWords(
				tokens,
				own.map((g) => units[g]!),
			),
		};
	};
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
		// Each member's wording is built once: a group of n members is compared in up to n² pairs.
		const wordings = nodes.map((n, i) => wordingOf(n, texts[i]!, tokens[i]!));
		const compare = (i: number, j: number) => {
			const figures = compareWordings(wordings[i]!, wordings[j]!, w, mainNames, meaningOf);
			// Members joined through a third wording were not measured against each other when
			// grouped; the rare pair that falls short of every threshold shows as reworded, its
			// figures on display.
			pairs.push({ a: ids[i]!, b: ids[j]!, ...figures });
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
				sentenceIndexes: [
					...new Set(
						article.units.filter((u) => u.start < n.end && n.start < u.end).map((u) => u.sentence),
					),
				],
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
	const passageAt = new Map(passages.map((p) => [`${p.articleId} ${p.start} ${p.end}`, p.id]));
	// The passage a restatement restates: its own article's wording in the group.
	const restated = (root: number | undefined) => {
		const run = root === undefined ? undefined : runs.get(root);
		if (!run) return null;
		return passageAt.get(`${articles[run.article]!.id} ${run.start} ${run.end}`) ?? null;
	};
	const related = relatedRuns
		.map(({ u, v, restates }): RelatedPair => {
			const [ru, rv] = [runs.get(u)!, runs.get(v)!];
			const side = (run: Run) => {
				const article = articles[run.article]!;
				const text = article.text.slice(run.start, run.end);
				const own = tokensOfSpan(article, run.start, run.end);
				const span = { article: run.article, start: run.start, end: run.end };
				return {
					wording: wordingOf(span, text, own),
					place: {
						articleId: article.id,
						start: run.start,
						end: run.end,
						sentenceIndexes: [
							...new Set(
								article.units
									.filter((x) => x.start < run.end && run.start < x.end)
									.map((x) => x.sentence),
							),
						],
						passageId: passageAt.get(`${article.id} ${run.start} ${run.end}`) ?? null,
					},
				};
			};
			const [sa, sb] = [side(ru), side(rv)];
			const { direct, ...figures } = compareWordings(
				sa.wording,
				sb.wording,
				w,
				mainNames,
				meaningOf,
			);
			void direct;
			const hash = hashWords([...sa.wording.tokens, ...sb.wording.tokens]);
			return {
				id: `r-${sa.place.articleId}-${sb.place.articleId}-${hash}`,
				a: sa.place,
				b: sb.place,
				...figures,
				restates: restated(restates),
			};
		})
		.sort(
			(p, q) =>
				(p.a.articleId < q.a.articleId ? -1 : p.a.articleId > q.a.articleId ? 1 : 0) ||
				p.a.start - q.a.start ||
				(p.b.articleId < q.b.articleId ? -1 : p.b.articleId > q.b.articleId ? 1 : 0) ||
				p.b.start - q.b.start,
		)
		// Ids are given in that order, so a repeated id's suffix does not depend on the engine's.
		.map((pair) => ({ ...pair, id: uniqueId(pair.id) }));
	return { passages, groups, related, semanticCheck: meaningOf !== undefined };
}

/**
 * Restatement links (see restatements.ts), with the semantic check only: the opening run must
 * mean what its own article's grouped wording says, and agree with each other member as a
 * joining member would, on the same side of a denial (as for any related link).
 */
function restatementLinks(
	runs: ReadonlyMap<number, Run>,
	groups: readonly Run[][],
	{
		groupOfRun,
		placeOf,
		selected,
	}: {
		groupOfRun: ReadonlyMap<number, number>;
		placeOf: (root: number) => RunPlace | null;
		selected: readonly RunPair[];
	},
	articles: readonly ArticleData[],
	measure: (u: number, v: number) => PairMeasure,
	meaning: ((u: number, v: number) => number) | undefined,
): (RunPair & { restates: number })[] {
	if (!meaning) return [];
	const loose = [...runs.values()]
		.filter((run) => !groupOfRun.has(run.root))
		.map((run) => ({
			root: run.root,
			article: run.article,
			sentence: articles[run.article]!.units[run.first]!.sentence,
		}));
	const denies = (root: number) => Boolean(placeOf(root)?.denies);
	const matches = agreeAsMembers(measure, meaning);
	const linked = new Set(selected.map((m) => `${m.u} ${m.v}`));
	return findRestatements(
		loose,
		groups,
		{
			agrees: (run, member) => matches(run, member) && denies(run) === denies(member),
			restates: (run, own) =>
				meaning(Math.min(run, own), Math.max(run, own)) >= MEANING_MIN_COHERENCE,
		},
		// As many members as a joining unit is checked against, for the same reason: large groups.
		COHERENCE_SAMPLE,
	).flatMap(({ run, member, restates }) => {
		const [u, v] = [Math.min(run, member), Math.max(run, member)];
		if (linked.has(`${u} ${v}`)) return [];
		const m = measure(u, v);
		const kind = m.kind ?? 'reworded';
		return [{ u, v, kind, score: kind === 'reworded' ? m.overlap : m.sequence, restates }];
	});
}

/**
 * A wording to compare: its text, its tokens (offsets into the text), its global units and the
 * content words of its sentences (see countSentenceWords).
 */
interface Wording {
	text: string;
	tokens: readonly Token[];
	units: readonly number[];
	words: number;
}

/**
 * Compares two wordings word by word: the kind (reworded, not direct, when they meet no
 * threshold by themselves), the figures behind it and the word-level differences.
 */
function compareWordings(
	a: Wording,
	b: Wording,
	w: Weigh,
	mainNames: ReadonlySet<string>,
	meaningOf: MeaningOf | undefined,
): Omit<PassagePair, 'a' | 'b'> {
	// One word-level diff serves both the rendering and the sequence similarity.
	const ta = a.tokens;
	const tb = b.tokens;
	const { opsA, opsB } = alignTokens(ta, tb);
	let shared = 0;
	let total = 0;
	ta.forEach((t, k) => {
		total += w(t);
		if (opsA[k] === 'equal') shared += w(t);
	});
	for (const t of tb) total += w(t);
	const sequence = total === 0 ? 0 : (2 * shared) / total;
	const lighter = Math.min(
		ta.reduce((sum, t) => sum + w(t), 0),
		tb.reduce((sum, t) => sum + w(t), 0),
	);
	const containment = lighter === 0 ? 0 : shared / lighter;
	const overlap = overlapSimilarity(ta, tb, w);
	const both = sharedContent(ta, tb);
	const other = countDistinctiveWords(both, mainNames, attributionStems(ta, tb));
	const meaning = meaningOf?.(a.units, b.units);
	const own = kindOf({
		same: sameWords(ta, tb),
		sequence,
		containment,
		overlap,
		shared: both.length,
		other,
		fewest: Math.min(a.words, b.words),
		meaning,
	});
	const kind = own ?? 'reworded';
	const diff = partsFromOps(a.text, b.text, ta, tb, opsA, opsB);
	return {
		kind,
		similarity: round(kind === 'reworded' ? overlap : sequence),
		sequenceSimilarity: round(sequence),
		overlapSimilarity: round(overlap),
		meaningSimilarity: meaning === undefined ? null : round(meaning),
		direct: own !== null,
		changedWords: countChangedWords(diff),
		sharedWords: both.map((t) => a.text.slice(t.start, t.end)),
		diff,
	};
}
