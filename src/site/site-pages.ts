/** Every page of the site, for the sitemap. */
import type { Story } from '../schemas/story.ts';
import { articlePairs, MAX_PAIR_PAGES_ARTICLES } from '../view/story-view.ts';
import {
	articleUrl,
	compareIndexUrl,
	compareUrl,
	differencesUrl,
	groupUrl,
	homeUrl,
	quotesUrl,
	storyUrl,
	versionsUrl,
	withBase,
} from './urls.ts';
import { storySections } from './sections.ts';

/** Site paths (with the base) of every page, stories in the given order. */
export function sitePages(stories: readonly Story[]): string[] {
	const pages = [homeUrl(), withBase('how-it-works/'), withBase('search/')];
	for (const story of stories) {
		const sections = storySections(story);
		pages.push(storyUrl(story.slug), compareIndexUrl(story.slug));
		if (story.articles.length <= MAX_PAIR_PAGES_ARTICLES) {
			for (const [a, b] of articlePairs(story)) pages.push(compareUrl(story.slug, a.id, b.id));
		}
		for (const a of story.articles) pages.push(articleUrl(story.slug, a.id));
		for (const g of story.groups) pages.push(groupUrl(story.slug, g.id));
		if (sections.quotes) pages.push(quotesUrl(story.slug));
		if (sections.differences) pages.push(differencesUrl(story.slug));
		if (sections.versions) pages.push(versionsUrl(story.slug));
	}
	return pages;
}
