/** What a story's overview shows besides its components: the headline counts and the downloads. */
import { crossOutletRows } from '../coverage/cross-outlet.ts';
import type { StoryTable } from '../export/story-tables.ts';
import type { Article } from '../schemas/article.ts';
import type { Story } from '../schemas/story.ts';
import { getArticle, getOutlet, outletColor } from './story-view.ts';
import { pairHref, percent } from './takeaways-view.ts';

/**
 * Outlets whose share grid fits beside the overview's sentences on a wide screen. Measured at
 * 1440 px on an invented story: eight outlets scrolled the last column out of view, seven filled
 * the right half exactly with short names ("Example Live"); six leave room for names with long
 * words, which widen their columns. A larger grid goes under the sentences, across the page.
 */
export const SIDE_GRID_MAX_OUTLETS = 6;

/** The counts at the top of the overview. */
export interface StoryFacts {
	articles: number;
	outlets: number;
	/** Passage groups at least two outlets carry. */
	shared: number;
	/** Passage groups every outlet carries. */
	everyOutlet: number;
}

/** The headline counts of a story. */
export function storyFacts(story: Story): StoryFacts {
	const shared = crossOutletRows(story.coverage);
	return {
		articles: story.articles.length,
		outlets: story.outlets.length,
		shared: shared.length,
		everyOutlet: shared.filter((g) => g.outletCount === story.outlets.length).length,
	};
}

/** What each downloadable table holds, as the overview lists it. */
export const TABLE_NOTE: Record<StoryTable, string> = {
	passages: 'every shared passage with its text and group',
	groups: 'every group of passages with its kind and similarity',
	related: 'wordings of the same content that sit in different groups',
	quotes: 'every quotation with its speaker and verb',
	differences: 'every side of every disagreement, in its exact words',
};

/** The timeline's order: dated articles by date, then undated ones in manifest order. */
export function timelineArticles(story: Story): Article[] {
	return [...story.articles].sort((a, b) => {
		if (a.published && b.published) return a.published.localeCompare(b.published);
		if (a.published) return -1;
		if (b.published) return 1;
		return story.articles.indexOf(a) - story.articles.indexOf(b);
	});
}

/** Share of outlet `a`'s latest article (by words) that outlet `b` shares; 0 when not measured. */
export function overlapShare(story: Story, a: string, b: string): number {
	return story.coverage.overlap.find((o) => o.a === a && o.b === b)?.share ?? 0;
}

/** The overlap matrix's cell shade for a share: six steps, 0 to 5, one per tenth up to half. */
export function shadeClass(share: number): string {
	return `shade-${Math.min(5, Math.round(share * 10))}`;
}

/** One cell of the share grid: how much of the row outlet's article the column outlet carries. */
export interface ShareCell {
	/** Null on the diagonal (an outlet against itself). */
	share: number | null;
	/** The share as printed, e.g. "31 %"; empty on the diagonal. */
	label: string;
	shade: string;
	/** The comparison of the two articles; null on the diagonal. */
	href: string | null;
	/** What a screen reader hears for the cell. */
	description: string;
}

/** The share grid: a row and a column per outlet (its latest article), in manifest order. */
export interface ShareGrid {
	outlets: { id: string; name: string; color: number }[];
	rows: ShareCell[][];
}

/** The share grid of a story; no outlets when the story has no overlap figures (one outlet, or too many). */
export function buildShareGrid(story: Story): ShareGrid {
	if (story.coverage.overlap.length === 0) return { outlets: [], rows: [] };
	const latest = story.coverage.latestArticleIds.map((id) => getArticle(story, id));
	const name = (outletId: string) => getOutlet(story, outletId).name;
	return {
		outlets: latest.map((a) => ({
			id: a.outlet,
			name: name(a.outlet),
			color: outletColor(story, a.outlet),
		})),
		rows: latest.map((a) =>
			latest.map((b): ShareCell => {
				if (a.id === b.id) {
					return { share: null, label: '', shade: 'self', href: null, description: 'same outlet' };
				}
				const share = overlapShare(story, a.outlet, b.outlet);
				return {
					share,
					label: percent(share),
					shade: shadeClass(share),
					href: pairHref(story, a.id, b.id),
					description: `${percent(share)} of ${name(a.outlet)}’s words are also in ${name(b.outlet)}; compare them`,
				};
			}),
		),
	};
}
