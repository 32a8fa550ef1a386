/**
 * What an article's reader page shows in its body: each paragraph cut into runs of text, the
 * runs other outlets carry marked with their passage, and an anchor for every passage and
 * quotation so that every permalink resolves.
 */
import { isCrossOutlet } from '../coverage/cross-outlet.ts';
import type { MatchKind } from '../schemas/alignment.ts';
import type { Article } from '../schemas/article.ts';
import type { Story } from '../schemas/story.ts';
import { passageUrl } from '../site/urls.ts';
import { quoteMarks, type QuoteMark } from './compare-view.ts';
import { markPassages } from './mark-passages.ts';
import { articleLabel, getGroup, outletColor, relatedLinkHref } from './story-view.ts';

/** A shared passage a run of text belongs to. */
export interface RunPassage {
	groupId: string;
	kind: MatchKind;
	/**
	 * At the passage's first run: where the same passage stands in other outlets' articles, as
	 * "<outlet number>|<url>" separated by spaces, for the reader's keyboard shortcuts.
	 */
	elsewhere: string | undefined;
	/** At the passage's last run: the other outlets' articles that carry it; else null. */
	sharedWith: string | null;
}

/** A related wording a run of text belongs to: in no group, but restated by another outlet. */
export interface RunRelated {
	/** The comparison row of the first restatement, or its paragraph in stories too large for pair pages. */
	href: string;
	/** At the wording's last run: the other outlets' articles that restate it; else null. */
	restatedIn: string | null;
}

/** A run of a paragraph's text. */
export interface TextRunView {
	/** Ids of the passages, related wordings and quotations that begin here. */
	anchors: string[];
	text: string;
	/** The shared passage the run is part of; null for text no other outlet carries. */
	passage: RunPassage | null;
	/** The related wording the run is part of, when it is in no passage; else null. */
	related: RunRelated | null;
}

/** Anchor ids of related wordings start with this, which no passage or quotation id does. */
const RELATED_ANCHOR = 'rw-';

/** The body of an article: its paragraphs as runs of text. */
export function buildArticleBody(story: Story, article: Article): TextRunView[][] {
	const rows = new Map(story.coverage.groups.map((r) => [r.groupId, r]));
	const own = story.passages.filter((p) => p.articleId === article.id);
	// Highlight what other outlets carry; passages shared only with another capture of this
	// article are left plain (the versions page shows those).
	const passages = own.filter((p) => {
		const row = rows.get(p.groupId);
		return row !== undefined && isCrossOutlet(row);
	});
	const byId = new Map(passages.map((p) => [p.id, p]));
	// Every passage and quotation gets an anchor, highlighted or not: passages shared only with
	// another capture, and quotations (at their opening mark).
	const anchors = [
		...own.filter((p) => !byId.has(p.id)).map((p) => ({ id: p.id, start: p.start })),
		...story.quotes
			.filter((q) => q.articleId === article.id)
			.map((q) => ({ id: q.id, start: q.start - 1 })),
	];
	const describe = (passageId: string, opens: boolean, closes: boolean): RunPassage => {
		const group = getGroup(story, byId.get(passageId)!.groupId);
		const row = rows.get(group.id)!;
		const others = row.cells.filter((c) => c.outletId !== article.outlet);
		const sharedWith = group.articleIds.filter(
			(id) =>
				id !== article.id && story.articles.find((a) => a.id === id)!.outlet !== article.outlet,
		);
		return {
			groupId: group.id,
			kind: row.cells.find((c) => c.passageId === passageId)?.kind ?? group.kind,
			// The outlet's number in the shortcut list is its colour slot: its place in the manifest.
			elsewhere: opens
				? others
						.map(
							(c) =>
								`${outletColor(story, c.outletId)}|${passageUrl(story.slug, c.articleId, c.passageId)}`,
						)
						.join(' ')
				: undefined,
			sharedWith: closes ? sharedWith.map((id) => articleLabel(story, id)).join(', ') : null,
		};
	};
	// Wordings in no group that another outlet restates (related links): marked too, lightly. They
	// never overlap a passage, since a passage's units are in its group.
	const outletOf = new Map(story.articles.map((a) => [a.id, a.outlet]));
	const related = new Map<
		string,
		{ id: string; start: number; end: number; others: string[]; href: string }
	>();
	for (const link of story.related) {
		for (const [own, other] of [
			[link.a, link.b],
			[link.b, link.a],
		] as const) {
			if (own.articleId !== article.id || own.passageId !== null) continue;
			if (outletOf.get(other.articleId) === article.outlet) continue;
			const key = `${own.start} ${own.end}`;
			const known = related.get(key);
			if (known) {
				known.others.push(other.articleId);
				continue;
			}
			related.set(key, {
				id: `${RELATED_ANCHOR}${link.id}`,
				start: own.start,
				end: own.end,
				others: [other.articleId],
				href: relatedLinkHref(story, link.id, own.articleId, other),
			});
		}
	}
	const relatedById = new Map([...related.values()].map((r) => [r.id, r]));
	return article.paragraphs.map((paragraph) =>
		markPassages(
			paragraph.start,
			paragraph.end,
			[...passages, ...relatedById.values()],
			anchors,
		).map((segment) => {
			const primary = segment.passageIds[0];
			const wording = primary ? relatedById.get(primary) : undefined;
			return {
				anchors: [...segment.opens, ...segment.anchors],
				text: article.text.slice(segment.start, segment.end),
				passage:
					primary && !wording
						? describe(primary, segment.opens.includes(primary), segment.closes.includes(primary))
						: null,
				related: wording
					? {
							href: wording.href,
							restatedIn: segment.closes.includes(wording.id)
								? wording.others.map((id) => articleLabel(story, id)).join(', ')
								: null,
						}
					: null,
			};
		}),
	);
}

/** Per paragraph, the quotations in it: who is quoted and their entry in the quote ledger. */
export function paragraphQuotes(story: Story, article: Article): QuoteMark[][] {
	return article.paragraphs.map((p) => quoteMarks(story, article.id, p.start, p.end));
}
