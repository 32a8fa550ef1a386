/**
 * Cross-outlet coverage: which outlets carry each passage group and how, what only one outlet
 * reported, and how much of each outlet's article each other outlet shares. An outlet counts
 * once: where it has several captures of one article, its latest version stands for it and
 * the others are mentioned, so two captures never count as two outlets agreeing.
 */
import type { Coverage, Exclusive, GroupCoverage, OverlapCell } from '../schemas/coverage.ts';
import type { VersionSet } from '../schemas/versions.ts';
import type { Article } from '../schemas/article.ts';
import type { Group, MatchKind, Passage, RelatedPair } from '../schemas/alignment.ts';
import { tokenize } from '../text/tokenize.ts';
import { isCrossOutlet } from './cross-outlet.ts';

/** Largest number of outlets for which the overlap matrix is built. */
export const MAX_MATRIX_OUTLETS = 30;

const KIND_RANK: Record<MatchKind, number> = { verbatim: 0, 'near-verbatim': 1, reworded: 2 };

/**
 * Summarises who carries what, counting each outlet once. A wording that another outlet restates
 * in a related wording (see `related`) is shared, not exclusive, though it is in no group.
 */
export function summarizeCoverage(
	articles: readonly Article[],
	passages: readonly Passage[],
	groups: readonly Group[],
	versions: readonly VersionSet[],
	related: readonly RelatedPair[] = [],
): Coverage {
	const outletOf = new Map(articles.map((a) => [a.id, a.outlet]));
	// Rank of each article within its version set: the latest capture ranks highest.
	const versionRank = new Map<string, number>();
	const superseded = new Set<string>();
	for (const set of versions) {
		set.articleIds.forEach((id, i) => versionRank.set(id, i));
		for (const id of set.articleIds.slice(0, -1)) superseded.add(id);
	}
	const latestArticleIds = articles.filter((a) => !superseded.has(a.id)).map((a) => a.id);
	const passageById = new Map(passages.map((p) => [p.id, p]));

	const groupCoverage: GroupCoverage[] = groups.map((group) => {
		const members = group.passageIds.map((id) => passageById.get(id)!);
		const byOutlet = new Map<string, Passage[]>();
		for (const p of members) {
			const outlet = outletOf.get(p.articleId)!;
			byOutlet.set(outlet, [...(byOutlet.get(outlet) ?? []), p]);
		}
		const cells = [...byOutlet].map(([outletId, list]) => {
			const sorted = [...list].sort(
				(x, y) => (versionRank.get(y.articleId) ?? 0) - (versionRank.get(x.articleId) ?? 0),
			);
			const primary = sorted[0]!;
			const kinds = group.pairs
				.filter((pair) => {
					const other = pair.a === primary.id ? pair.b : pair.b === primary.id ? pair.a : null;
					return other !== null && outletOf.get(passageById.get(other)!.articleId) !== outletId;
				})
				.map((pair) => pair.kind);
			const kind = kinds.reduce<MatchKind>(
				(best, k) => (KIND_RANK[k] < KIND_RANK[best] ? k : best),
				kinds[0] ?? group.kind,
			);
			return {
				outletId,
				articleId: primary.articleId,
				passageId: primary.id,
				kind,
				alsoIn: sorted.slice(1).map((p) => p.articleId),
			};
		});
		return { groupId: group.id, outletCount: byOutlet.size, cells };
	});

	// Passages shared with another outlet, per article.
	const crossOutlet = new Set(groupCoverage.filter(isCrossOutlet).map((g) => g.groupId));
	const sharedSpans = new Map<string, { start: number; end: number }[]>();
	const addShared = (articleId: string, span: { start: number; end: number }) =>
		sharedSpans.set(articleId, [...(sharedSpans.get(articleId) ?? []), span]);
	for (const p of passages) if (crossOutlet.has(p.groupId)) addShared(p.articleId, p);
	for (const link of related) {
		if (outletOf.get(link.a.articleId) === outletOf.get(link.b.articleId)) continue;
		addShared(link.a.articleId, link.a);
		addShared(link.b.articleId, link.b);
	}

	const exclusives: Exclusive[] = [];
	for (const article of articles) {
		const spans = sharedSpans.get(article.id) ?? [];
		let run: number[] = [];
		const flush = () => {
			if (run.length > 0) {
				exclusives.push({
					articleId: article.id,
					start: article.sentences[run[0]!]!.start,
					end: article.sentences[run.at(-1)!]!.end,
					sentenceIndexes: run,
				});
			}
			run = [];
		};
		article.sentences.forEach((s, i) => {
			const covered = spans.reduce(
				(n, p) => n + Math.max(0, Math.min(p.end, s.end) - Math.max(p.start, s.start)),
				0,
			);
			// A sentence is exclusive when other outlets share under a third of it.
			const exclusive = covered < (s.end - s.start) / 3;
			const sameParagraph =
				run.length > 0 &&
				article.paragraphs.some(
					(p) => p.start <= article.sentences[run[0]!]!.start && s.end <= p.end,
				);
			if (!exclusive || !sameParagraph) flush();
			if (exclusive) run.push(i);
		});
		flush();
	}

	// Outlet by outlet, latest versions only: share of A's words in passages grouped with B.
	const latest = articles.filter((a) => latestArticleIds.includes(a.id));
	const overlap: OverlapCell[] = [];
	// A matrix of hundreds of outlets is unreadable and quadratic to build: small stories only.
	for (const a of latest.length <= MAX_MATRIX_OUTLETS ? latest : []) {
		const words = tokenize(a.text);
		for (const b of latest) {
			if (a.id === b.id) continue;
			const withB = new Set(
				groups
					.filter((g) => g.articleIds.includes(a.id) && g.articleIds.includes(b.id))
					.map((g) => g.id),
			);
			const spans = passages.filter((p) => p.articleId === a.id && withB.has(p.groupId));
			const inside = words.filter((w) =>
				spans.some((p) => p.start <= w.start && w.end <= p.end),
			).length;
			overlap.push({
				a: a.outlet,
				b: b.outlet,
				share: Math.round((1000 * inside) / Math.max(1, words.length)) / 1000,
			});
		}
	}
	return { latestArticleIds, groups: groupCoverage, exclusives, overlap };
}
