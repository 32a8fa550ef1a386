/**
 * What the comparison of two articles shows, row by row, as text and labels: the one row
 * builder behind the static comparison pages and the comparison drawn in the browser for
 * stories too large to publish a page for every pair.
 */
import type { MatchKind } from '../schemas/alignment.ts';
import type { Story } from '../schemas/story.ts';
import type { DiffPart } from '../schemas/word-diff.ts';
import { articleUrl, passageUrl, quotesUrl } from '../site/urls.ts';
import { compareArticles } from './compare-articles.ts';
import {
	badgeText,
	decidingShare,
	describeKind,
	explainMatch,
	explainRelated,
	isThroughGroup,
} from './match-kind.ts';
import {
	articleLabel,
	articlePairs,
	getArticle,
	getGroup,
	getPassage,
	MAX_PAIR_PAGES_ARTICLES,
	paragraphNumber,
} from './story-view.ts';

/** One side of an aligned row: the passage and the rest of its sentence around it. */
export interface AlignedSide {
	/** The passage, or null for a related wording in no group. */
	passageId: string | null;
	/** Where the wording sits in its article: its passage, or else its paragraph. */
	contextHref: string;
	/** Context before and after the passage, shown grey. */
	before: string;
	after: string;
	/** Quotations in the passage or its sentence, each leading to its entry in the quote ledger. */
	quotes: QuoteMark[];
}

/** A quotation shown with a row: who is quoted, and where the ledger compares every outlet's wording. */
export interface QuoteMark {
	/** "Quotes Ana Ruiz", or "Quotation, speaker not named" when the article does not say. */
	label: string;
	href: string;
}

/** The quotations (not scare quotes) that overlap `[start, end)` of an article. */
export function quoteMarks(
	story: Story,
	articleId: string,
	start: number,
	end: number,
): QuoteMark[] {
	return story.quotes
		.filter(
			(q) => q.articleId === articleId && q.form !== 'scare' && q.start < end && q.end > start,
		)
		.map((q) => ({
			label: q.speaker ? `Quotes ${q.speaker}` : 'Quotation, speaker not named',
			href: q.utteranceId ? `${quotesUrl(story.slug)}#${q.utteranceId}` : quotesUrl(story.slug),
		}))
		.filter((m, i, all) => all.findIndex((x) => x.href === m.href) === i);
}

/**
 * For two wordings that no rule links on their own, the links that put each in the group: for
 * each side, its strongest match with a third wording that passes a rule by itself, so the
 * evidence shown is evidence above a threshold. Empty when the pair stands on its own.
 */
export function explainGroupLinks(
	story: Story,
	groupId: string,
	passageA: string,
	passageB: string,
): string {
	const group = getGroup(story, groupId);
	const direct = group.pairs.find(
		(p) => (p.a === passageA && p.b === passageB) || (p.a === passageB && p.b === passageA),
	);
	if (!direct || !isThroughGroup(direct)) return '';
	const strength = (p: (typeof group.pairs)[number]) =>
		p.kind === 'verbatim' ? 2 : (decidingShare(p) ?? 0);
	const linkOf = (own: string, other: string) => {
		const best = group.pairs
			.filter((p) => (p.a === own || p.b === own) && p.a !== other && p.b !== other)
			.filter((p) => !isThroughGroup(p))
			.sort((x, y) => strength(y) - strength(x))[0];
		if (!best) return null;
		const third = getPassage(story, best.a === own ? best.b : best.a);
		const ownName = articleLabel(story, getPassage(story, own).articleId);
		return `${ownName} matches ${articleLabel(story, third.articleId)}: ${badgeText(best.kind, decidingShare(best))}`;
	};
	const links = [linkOf(passageA, passageB), linkOf(passageB, passageA)].filter(
		(l): l is string => l !== null,
	);
	return links.length === 0 ? '' : `In the group, ${links.join('; ')}.`;
}

/** One row of a comparison, ready to render. */
export type CompareViewRow =
	| {
			type: 'aligned';
			/** A group's two passages, or a related link's two wordings in different groups. */
			relation: 'group' | 'related';
			/** The row's anchor: the group's id, or the related link's. */
			anchor: string;
			/** The group, null for a related link. */
			groupId: string | null;
			kind: MatchKind;
			/** Differences from A's wording to B's. */
			diff: DiffPart[];
			a: AlignedSide;
			b: AlignedSide;
			/** Where the passage stands in each article when it is out of order; else null. */
			movedNote: string | null;
			/** For a related link, what it is ("Related wording, in another group"); else null. */
			relatedNote: string | null;
			/** The share that decided the kind (null for word for word), shown on the badge. */
			share: number | null;
			/** True when the two wordings are linked only through other members of their group. */
			throughGroup: boolean;
			/** Why the two wordings match, in words, and what the kind means. */
			why: string;
			kindMeaning: string;
	  }
	| { type: 'only-a' | 'only-b'; label: string; text: string };

/** The comparison of two articles, ready to render. */
export interface CompareView {
	nameA: string;
	nameB: string;
	aligned: number;
	moved: number;
	/** Related links between the two articles, shown as rows of their own. */
	related: number;
	/** "3 shared passages, 1 in a different place, 2 related wordings" */
	summary: string;
	rows: CompareViewRow[];
}

/** The rows, labels and counts of the side-by-side comparison of articles `aId` and `bId`. */
export function buildCompareView(story: Story, aId: string, bId: string): CompareView {
	const comparison = compareArticles(story, aId, bId);
	const A = getArticle(story, aId);
	const B = getArticle(story, bId);
	const nameA = articleLabel(story, aId);
	const nameB = articleLabel(story, bId);
	const rows = comparison.rows.map((row): CompareViewRow => {
		if (row.type !== 'aligned') {
			const article = row.type === 'only-a' ? A : B;
			return {
				type: row.type,
				label: `Only in ${articleLabel(story, article.id)}`,
				text: article.text.slice(row.run.start, row.run.end),
			};
		}
		const { beforeA, afterA, beforeB, afterB } = row.context;
		const contextHref = (articleId: string, passageId: string | null, start: number) =>
			passageId
				? passageUrl(story.slug, articleId, passageId)
				: `${articleUrl(story.slug, articleId)}#para-${paragraphNumber(getArticle(story, articleId), start)}`;
		const related = row.relation === 'related';
		return {
			type: 'aligned',
			relation: row.relation,
			anchor: row.anchor,
			groupId: row.groupId,
			kind: row.kind,
			diff: row.diff,
			a: {
				passageId: row.a.id,
				contextHref: contextHref(aId, row.a.id, row.a.start),
				before: A.text.slice(beforeA.start, beforeA.end),
				after: A.text.slice(afterA.start, afterA.end),
				quotes: quoteMarks(story, aId, beforeA.start, afterA.end),
			},
			b: {
				passageId: row.b.id,
				contextHref: contextHref(bId, row.b.id, row.b.start),
				before: B.text.slice(beforeB.start, beforeB.end),
				after: B.text.slice(afterB.start, afterB.end),
				quotes: quoteMarks(story, bId, beforeB.start, afterB.end),
			},
			movedNote: row.moved
				? row.paragraphA === row.paragraphB
					? `Told in a different order: both in paragraph ${row.paragraphA}, but not after the same passages`
					: `Told in a different order: paragraph ${row.paragraphA} in ${nameA}, paragraph ${row.paragraphB} in ${nameB}`
				: null,
			relatedNote: related
				? row.restates
					? describeRestatement(
							story,
							row.restates,
							row.a.id === null ? [nameA, row.paragraphA, nameB] : [nameB, row.paragraphB, nameA],
						)
					: `Related wording: paragraph ${row.paragraphA} in ${nameA}, paragraph ${row.paragraphB} in ${nameB}, not one passage group`
				: null,
			share: decidingShare(row),
			throughGroup: isThroughGroup(row),
			why: related
				? explainRelated(row, row.restates !== null)
				: [explainMatch(row), explainGroupLinks(story, row.groupId!, row.a.id!, row.b.id!)]
						.filter(Boolean)
						.join(' '),
			kindMeaning: describeKind(row.kind, story.alignment.semanticCheck),
		};
	});
	const passages = comparison.aligned === 1 ? 'passage' : 'passages';
	return {
		nameA,
		nameB,
		aligned: comparison.aligned,
		moved: comparison.moved,
		related: comparison.related,
		summary: `${comparison.aligned} shared ${passages}${comparison.moved > 0 ? `, ${comparison.moved} in a different place` : ''}${comparison.related > 0 ? `, ${comparison.related} related ${comparison.related === 1 ? 'wording' : 'wordings'}` : ''}`,
		rows,
	};
}

/**
 * What a restatement row is: the restating outlet's opening paragraph, and the paragraph of its
 * own article whose grouped passage it sums up.
 */
function describeRestatement(
	story: Story,
	restated: string,
	[restating, opening, other]: readonly [string, number, string],
): string {
	const passage = getPassage(story, restated);
	const paragraph = paragraphNumber(getArticle(story, passage.articleId), passage.start);
	return `Restatement: ${restating}'s opening (paragraph ${opening}) sums up what it reports in paragraph ${paragraph}, which shares a passage group with ${other}'s wording`;
}

/** One entry of the list of comparisons. */
export interface PairLink {
	a: string;
	b: string;
	label: string;
	/** Passage groups the two articles share. */
	shared: number;
}

/**
 * The pairs of articles that get a comparison page, most shared passages first; none for
 * stories too large to publish a page per pair (the browser draws those).
 */
export function comparePairLinks(story: Story): PairLink[] {
	if (story.articles.length > MAX_PAIR_PAGES_ARTICLES) return [];
	return articlePairs(story)
		.map(([a, b]) => ({
			a: a.id,
			b: b.id,
			label: `${articleLabel(story, a.id)} and ${articleLabel(story, b.id)}`,
			shared: story.groups.filter((g) => g.articleIds.includes(a.id) && g.articleIds.includes(b.id))
				.length,
		}))
		.sort((x, y) => y.shared - x.shared);
}
