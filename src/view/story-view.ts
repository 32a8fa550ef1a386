/**
 * Small lookups over a story model that every view needs. They read the model; they never
 * compute anything the model does not already hold.
 */
import type { Article, Span, StoryOutlet } from '../schemas/article.ts';
import type { Group, MatchKind, Passage } from '../schemas/alignment.ts';
import type { Story } from '../schemas/story.ts';
import { articleUrl, compareUrl } from '../site/urls.ts';

/** The outlet with this id; throws if the model is inconsistent. */
export function getOutlet(story: Story, outletId: string): StoryOutlet {
	const outlet = story.outlets.find((o) => o.id === outletId);
	if (!outlet) throw new Error(`Story ${story.slug} has no outlet "${outletId}"`);
	return outlet;
}

/** The article with this id; throws if the model is inconsistent. */
export function getArticle(story: Story, articleId: string): Article {
	const article = story.articles.find((a) => a.id === articleId);
	if (!article) throw new Error(`Story ${story.slug} has no article "${articleId}"`);
	return article;
}

/** 1-based colour slot of an outlet: its position in the manifest. */
export function outletColor(story: Story, outletId: string): number {
	return story.outlets.findIndex((o) => o.id === outletId) + 1;
}

/** The span (sentence, paragraph) that holds all of `[start, end)`; by default the one character at `start`. */
export function findSpan<T extends Span>(
	spans: readonly T[],
	start: number,
	end = start + 1,
): T | undefined {
	return spans.find((s) => s.start <= start && end <= s.end);
}

/** 1-based number of the paragraph holding character `offset` of an article; 0 if none does. */
export function paragraphNumber(article: Article, offset: number): number {
	const paragraph = findSpan(article.paragraphs, offset);
	return paragraph ? article.paragraphs.indexOf(paragraph) + 1 : 0;
}

/** The first sentence of an article's clean text. */
export function openingSentence(article: Article): string {
	const first = article.sentences[0];
	return first ? article.text.slice(first.start, first.end) : '';
}

/** Every unordered pair of a story's articles, in manifest order. */
export function articlePairs(story: Story): [Article, Article][] {
	const pairs: [Article, Article][] = [];
	story.articles.forEach((a, i) => {
		for (const b of story.articles.slice(i + 1)) pairs.push([a, b]);
	});
	return pairs;
}

/** Largest story whose every pair of articles gets a comparison page of its own. */
export const MAX_PAIR_PAGES_ARTICLES = 12;

/** The passage with this id; throws if the model is inconsistent. */
export function getPassage(story: Story, passageId: string): Passage {
	const passage = story.passages.find((p) => p.id === passageId);
	if (!passage) throw new Error(`Story ${story.slug} has no passage "${passageId}"`);
	return passage;
}

/** The passage group with this id; throws if the model is inconsistent. */
export function getGroup(story: Story, groupId: string): Group {
	const group = story.groups.find((g) => g.id === groupId);
	if (!group) throw new Error(`Story ${story.slug} has no passage group "${groupId}"`);
	return group;
}

/** The text of a passage. */
export function passageText(story: Story, passage: Passage): string {
	return getArticle(story, passage.articleId).text.slice(passage.start, passage.end);
}

/** A short label for an article: its outlet, plus "first capture"/"later capture" for versions. */
export function articleLabel(story: Story, articleId: string): string {
	const article = getArticle(story, articleId);
	const outlet = getOutlet(story, article.outlet).name;
	const set = story.versions.find((v) => v.articleIds.includes(articleId));
	if (!set) return outlet;
	const index = set.articleIds.indexOf(articleId);
	const label =
		index === set.articleIds.length - 1
			? 'later capture'
			: index === 0
				? 'first capture'
				: `capture ${index + 1}`;
	return `${outlet} (${label})`;
}

/** Shortens text to about `max` characters at a word boundary. */
export function excerpt(text: string, max = 120): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max);
	return `${cut.slice(0, cut.lastIndexOf(' ') > max * 0.6 ? cut.lastIndexOf(' ') : max).replace(/[\s,;:—–-]+$/, '')}…`;
}

/** Readable name of a match kind. */
export const KIND_LABEL: Record<MatchKind, string> = {
	verbatim: 'Word for word',
	'near-verbatim': 'Lightly edited',
	reworded: 'Reworded',
};

/** Two article ids in manifest order, as comparison URLs name them. */
export function orderedPair(story: Story, a: string, b: string): [string, string] {
	const index = (id: string) => story.articles.findIndex((x) => x.id === id);
	return index(a) <= index(b) ? [a, b] : [b, a];
}

/**
 * Where a related link leads from its wording in `ownArticleId`: the link's row on the two
 * articles' comparison page, or, in stories too large for pair pages, the other wording's
 * paragraph in its article.
 */
export function relatedLinkHref(
	story: Story,
	linkId: string,
	ownArticleId: string,
	other: { articleId: string; start: number },
): string {
	if (story.articles.length > MAX_PAIR_PAGES_ARTICLES) {
		const article = getArticle(story, other.articleId);
		return `${articleUrl(story.slug, article.id)}#para-${paragraphNumber(article, other.start)}`;
	}
	return `${compareUrl(story.slug, ...orderedPair(story, ownArticleId, other.articleId))}#${linkId}`;
}

/**
 * A label for a group: its shortest wording of five words or more, which names what all the
 * wordings share better than the fullest one (a long sentence may share only a clause).
 */
export function groupLabel(story: Story, group: Group): string {
	const texts = group.passageIds.map((id) => passageText(story, getPassage(story, id)));
	const candidates = texts
		.filter((t) => t.split(/\s+/).length >= 5)
		.sort((x, y) => x.length - y.length);
	return candidates[0] ?? passageText(story, getPassage(story, group.referencePassageId));
}

/**
 * Largest number of outlets shown one per column (coverage map, quote tally) or one per
 * section ("only here"); larger stories get compact summaries so pages stay readable.
 */
export const MAX_COLUMN_OUTLETS = 12;
