/**
 * The one registry of a story's views: each view's name, the pages it has for a story, and so
 * whether it exists for that story at all. The story navigation, the sitemap and every story
 * page's static paths read it, so adding a view or changing when one exists is one edit here.
 */
import type { Story } from '../schemas/story.ts';
import { articlePairs, MAX_PAIR_PAGES_ARTICLES } from '../view/story-view.ts';
import {
	articleUrl,
	compareIndexUrl,
	compareUrl,
	differencesUrl,
	groupUrl,
	quotesUrl,
	storyUrl,
	versionsUrl,
} from './urls.ts';

/** Names of a story's views. */
export type StoryViewId =
	'overview' | 'compare' | 'pair' | 'article' | 'passage' | 'quotes' | 'differences' | 'versions';

/** One page of a view: its route parameters besides the story's, and its site path. */
export interface StoryPage {
	params: Record<string, string>;
	url: string;
}

/** A view of a story. */
export interface StoryView {
	id: StoryViewId;
	/** Label in the story navigation; null for views reached from other pages, not the nav. */
	navLabel: string | null;
	/** The nav entry marked current on this view's pages. */
	section: StoryViewId;
	/** The view's pages for a story, in site order; none when the view does not exist for it. */
	pages: (story: Story) => StoryPage[];
}

/** A view with one page that every story has. */
const always = (url: (slug: string) => string) => (story: Story) => [
	{ params: {}, url: url(story.slug) },
];

/** A view with one page that exists only when the story has something to show on it. */
const when =
	(exists: (story: Story) => boolean, url: (slug: string) => string) => (story: Story) =>
		exists(story) ? always(url)(story) : [];

/** Every view, in the order of the story navigation and of the sitemap. */
export const STORY_VIEWS: readonly StoryView[] = [
	{ id: 'overview', navLabel: 'Overview', section: 'overview', pages: always(storyUrl) },
	{ id: 'compare', navLabel: 'Compare two', section: 'compare', pages: always(compareIndexUrl) },
	{
		id: 'pair',
		navLabel: null,
		section: 'compare',
		// Every pair for small stories; pages must grow linearly with articles for large ones,
		// whose comparison the browser draws from the story export.
		pages: (story) =>
			story.articles.length > MAX_PAIR_PAGES_ARTICLES
				? []
				: articlePairs(story).map(([a, b]) => ({
						params: { pair: `${a.id}--${b.id}` },
						url: compareUrl(story.slug, a.id, b.id),
					})),
	},
	{
		id: 'article',
		navLabel: null,
		section: 'article',
		pages: (story) =>
			story.articles.map((a) => ({
				params: { article: a.id },
				url: articleUrl(story.slug, a.id),
			})),
	},
	{
		id: 'passage',
		navLabel: null,
		section: 'passage',
		pages: (story) =>
			story.groups.map((g) => ({ params: { group: g.id }, url: groupUrl(story.slug, g.id) })),
	},
	{
		id: 'quotes',
		navLabel: 'Quotes',
		section: 'quotes',
		pages: when((story) => story.utterances.length > 0, quotesUrl),
	},
	{
		id: 'differences',
		navLabel: 'Where they differ',
		section: 'differences',
		pages: when((story) => story.differences.length > 0, differencesUrl),
	},
	{
		id: 'versions',
		navLabel: 'Versions',
		section: 'versions',
		pages: when((story) => story.versions.length > 0, versionsUrl),
	},
];

/** The view with this id. */
export function getStoryView(id: StoryViewId): StoryView {
	return STORY_VIEWS.find((v) => v.id === id)!;
}

/** One entry of the story navigation. */
export interface StoryNavLink {
	id: StoryViewId;
	label: string;
	url: string;
}

/** The story navigation: the nav views the story has, each with its page. */
export function storyNavLinks(story: Story): StoryNavLink[] {
	return STORY_VIEWS.flatMap((view) => {
		const page = view.pages(story)[0];
		return view.navLabel !== null && page
			? [{ id: view.id, label: view.navLabel, url: page.url }]
			: [];
	});
}

/** Site paths of every page of a story, view by view. */
export function storyPageUrls(story: Story): string[] {
	return STORY_VIEWS.flatMap((view) => view.pages(story).map((page) => page.url));
}
