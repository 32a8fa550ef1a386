/**
 * Small lookups over a story model that every view needs. They read the model; they never
 * compute anything the model does not already hold.
 */
import type { Article, Story, StoryOutlet } from './story-schema.ts';

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

/** The first sentence of an article's clean text. */
export function openingSentence(article: Article): string {
	const first = article.sentences[0];
	return first ? article.text.slice(first.start, first.end) : '';
}

/** The text of each paragraph of an article. */
export function paragraphTexts(article: Article): string[] {
	return article.paragraphs.map((p) => article.text.slice(p.start, p.end));
}
