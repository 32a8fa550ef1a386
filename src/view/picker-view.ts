/**
 * The outlet picker in every story page's navigation: each outlet's article, and the pairs of
 * outlets to compare, so a reader can jump from any page to any outlet or pair.
 */
import type { Story } from '../schemas/story.ts';
import { articleUrl, compareIndexUrl } from '../site/urls.ts';
import { articleLabel, getArticle, MAX_COLUMN_OUTLETS, outletColor } from './story-view.ts';
import { pairHref } from './takeaways-view.ts';

/** One link of the picker. */
export interface PickerLink {
	label: string;
	href: string;
	/** Outlet colour slot, for the article links; null for pairs. */
	color: number | null;
}

/** The picker of a story: the outlets' latest articles and their pairs. */
export interface OutletPicker {
	articles: PickerLink[];
	/** Every pair of latest articles; empty (with `allPairs` set) for many outlets. */
	pairs: PickerLink[];
	/** Where every pair can be compared: the comparison page. */
	allPairs: string;
}

/** The outlet picker of a story; a story of more outlets than columns lists no pairs, only the comparison page. */
export function buildOutletPicker(story: Story): OutletPicker {
	const latest = story.coverage.latestArticleIds.map((id) => getArticle(story, id));
	const few = latest.length <= MAX_COLUMN_OUTLETS;
	const pairs: PickerLink[] = [];
	if (few) {
		latest.forEach((a, i) => {
			for (const b of latest.slice(i + 1)) {
				pairs.push({
					label: `${articleLabel(story, a.id)} and ${articleLabel(story, b.id)}`,
					href: pairHref(story, a.id, b.id),
					color: null,
				});
			}
		});
	}
	return {
		articles: (few ? latest : []).map((a) => ({
			label: articleLabel(story, a.id),
			href: articleUrl(story.slug, a.id),
			color: outletColor(story, a.outlet),
		})),
		pairs,
		allPairs: compareIndexUrl(story.slug),
	};
}
