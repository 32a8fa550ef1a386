/** What a passage group's page shows: every outlet's wording against the fullest one. */
import type { MatchKind } from '../schemas/alignment.ts';
import type { Group } from '../schemas/alignment.ts';
import type { Story } from '../schemas/story.ts';
import type { DiffPart } from '../schemas/word-diff.ts';
import { invertDiff } from '../text/word-diff.ts';
import { decidingShare } from './match-kind.ts';
import {
	articleLabel,
	getArticle,
	getPassage,
	MAX_PAIR_PAGES_ARTICLES,
	outletColor,
	passageText,
	relatedLinkHref,
} from './story-view.ts';

/** One outlet's wording of the passage. */
export interface WordingView {
	passageId: string;
	articleId: string;
	label: string;
	color: number;
	/** How it matches the fullest wording; null for the fullest wording itself. */
	match: { kind: MatchKind; similarity: number; changedWords: number } | null;
	/** Its words against the fullest wording; null for the fullest wording or without a pair. */
	diff: DiffPart[] | null;
	text: string;
	/** Words of the fullest wording it leaves out. */
	leftOut: string[];
}

/** Every wording of a group, the fullest (reference) wording first where the model puts it. */
export function buildWordings(story: Story, group: Group): WordingView[] {
	const reference = getPassage(story, group.referencePassageId);
	return group.passageIds.map((id) => {
		const passage = getPassage(story, id);
		const article = getArticle(story, passage.articleId);
		const pair =
			passage.id === reference.id
				? undefined
				: group.pairs.find(
						(p) =>
							(p.a === reference.id && p.b === passage.id) ||
							(p.b === reference.id && p.a === passage.id),
					);
		const diff = pair ? (pair.a === reference.id ? pair.diff : invertDiff(pair.diff)) : null;
		return {
			passageId: passage.id,
			articleId: article.id,
			label: articleLabel(story, article.id),
			color: outletColor(story, article.outlet),
			match: pair
				? {
						kind: pair.kind,
						similarity: Math.round(pair.similarity * 100),
						changedWords: pair.changedWords,
					}
				: null,
			diff,
			text: passageText(story, passage),
			leftOut:
				diff
					?.filter((d) => d.op === 'delete')
					.map((d) => (d.op === 'delete' ? d.a.trim() : ''))
					.filter(Boolean) ?? [],
		};
	});
}

/**
 * A passage as a page heading: a passage cut from inside a sentence is marked as such with an
 * ellipsis at the cut end(s), so that a heading never starts with a lowercase fragment or a
 * stray comma as if it were a whole sentence.
 */
export function passageHeading(text: string): string {
	const trimmed = text.trim().replace(/^[,;:.\s]+/, '');
	const startsCut = /^[a-z]/.test(trimmed);
	const endsCut = !/[.!?…]["”’')]*$/.test(trimmed);
	return `${startsCut ? '…' : ''}${trimmed.replace(/[,;:\s]+$/, '')}${endsCut ? '…' : ''}`;
}

/** How a related wording restates one of the group's wordings (one related link). */
export interface RestatedMember {
	/** The related link's id. */
	id: string;
	/** The outlet whose wording in this group it restates. */
	memberLabel: string;
	kind: MatchKind;
	/** The share that decided the kind (null for word for word). */
	share: number | null;
	/** The row of the two articles' comparison, or the related wording in its article. */
	href: string;
	/** What the link leads to: "Compare the two" or "Read it in context". */
	linkText: string;
}

/** A wording elsewhere in the story that restates wordings of a group (its related links). */
export interface RelatedWordingView {
	/** The outlet whose article holds it, and its colour. */
	otherLabel: string;
	otherColor: number;
	text: string;
	/** The group's wordings it restates, one per related link, in article order. */
	restates: RestatedMember[];
}

/**
 * The related links of a group's members: wordings of the same content in other groups or in
 * none, each listed once with every member it restates.
 */
export function buildRelatedWordings(story: Story, group: Group): RelatedWordingView[] {
	const members = new Set(group.passageIds);
	const byWording = new Map<string, RelatedWordingView>();
	for (const link of story.related) {
		const [member, other] = members.has(link.a.passageId ?? '')
			? [link.a, link.b]
			: members.has(link.b.passageId ?? '')
				? [link.b, link.a]
				: [null, null];
		if (!member || !other) continue;
		const article = getArticle(story, other.articleId);
		const key = `${other.articleId} ${other.start} ${other.end}`;
		const view = byWording.get(key) ?? {
			otherLabel: articleLabel(story, other.articleId),
			otherColor: outletColor(story, article.outlet),
			text: article.text.slice(other.start, other.end),
			restates: [],
		};
		byWording.set(key, view);
		view.restates.push({
			id: link.id,
			memberLabel: articleLabel(story, member.articleId),
			kind: link.kind,
			share: decidingShare(link),
			href: relatedLinkHref(story, link.id, member.articleId, other),
			// Stories too large for a page per pair lead to the wording in its article.
			linkText:
				story.articles.length <= MAX_PAIR_PAGES_ARTICLES ? 'Compare the two' : 'Read it in context',
		});
	}
	return [...byWording.values()];
}
