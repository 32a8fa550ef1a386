/**
 * The overview's first answer: three to five plain sentences about who shares what with whom,
 * each computed from the story model and linking to the page or section that shows its evidence.
 */
import { crossOutletRows } from '../coverage/cross-outlet.ts';
import type { Story } from '../schemas/story.ts';
import { compareIndexUrl, compareUrl, differencesUrl } from '../site/urls.ts';
import {
	articleLabel,
	getArticle,
	getOutlet,
	MAX_PAIR_PAGES_ARTICLES,
	orderedPair,
} from './story-view.ts';

/** Most takeaways the overview opens with: more would no longer be read in ten seconds. */
export const MAX_TAKEAWAYS = 5;

/** One takeaway: a sentence and where its evidence is. */
export interface Takeaway {
	/** Which fact it states, for tests and styling. */
	id: 'every-outlet' | 'exclusive' | 'closest' | 'farthest' | 'differences';
	text: string;
	/** Link to the evidence: a section of the overview (#…) or another page of the story. */
	href: string;
	/** The link's text, saying what the reader will find there. */
	evidence: string;
}

/** Whole-number percentage of a share, as the overlap matrix prints it. */
export function percent(share: number): string {
	return `${Math.round(share * 100)} %`;
}

/** Where a pair of latest articles is compared: its own page, or the comparison page for large stories. */
export function pairHref(story: Story, a: string, b: string): string {
	return story.articles.length > MAX_PAIR_PAGES_ARTICLES
		? compareIndexUrl(story.slug)
		: compareUrl(story.slug, ...orderedPair(story, a, b));
}

/** Id of the "only here" section of an article on the overview. */
export function onlyHereAnchor(articleId: string): string {
	return `only-${articleId}`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The takeaways of a story, most telling first; none for a story of one outlet. */
export function buildTakeaways(story: Story): Takeaway[] {
	const outlets = story.outlets.length;
	if (outlets < 2) return [];
	const takeaways: Takeaway[] = [];
	const latest = story.coverage.latestArticleIds.map((id) => getArticle(story, id));
	const name = (outletId: string) => getOutlet(story, outletId).name;

	// 1. Is there a common core? The passages every outlet carries.
	const shared = crossOutletRows(story.coverage);
	const everyOutlet = shared.filter((g) => g.outletCount === outlets).length;
	const all = outlets === 2 ? 'both outlets' : `all ${outlets} outlets`;
	takeaways.push({
		id: 'every-outlet',
		text:
			shared.length === 0
				? 'The outlets share no passage: each told the story in its own words.'
				: everyOutlet === 0
					? `No passage appears in ${all}; ${plural(shared.length, 'passage is', 'passages are')} shared by some of them.`
					: `${plural(everyOutlet, 'passage appears', 'passages appear')} in ${all}, out of ${shared.length} shared.`,
		href: '#coverage',
		evidence: 'See the coverage map',
	});

	// 2. Who reported most that nobody else did (ties go to the earlier outlet in the manifest).
	const exclusiveCounts = latest.map((a) => ({
		article: a,
		count: story.coverage.exclusives.filter((e) => e.articleId === a.id).length,
	}));
	const most = exclusiveCounts.reduce<(typeof exclusiveCounts)[number] | null>(
		(best, x) => (x.count > (best?.count ?? 0) ? x : best),
		null,
	);
	if (most) {
		takeaways.push({
			id: 'exclusive',
			text: `${articleLabel(story, most.article.id)} carries ${plural(most.count, 'passage', 'passages')} no other outlet has.`,
			href: `#${onlyHereAnchor(most.article.id)}`,
			evidence: 'Read them',
		});
	}

	// 3–4. The closest and the farthest pair, by the larger of the two directions' shares so
	// that a short article wholly quoted by a long one still counts as close.
	const byOutlet = new Map(latest.map((a) => [a.outlet, a.id]));
	const pairs = story.coverage.overlap
		.filter((o) => o.a < o.b)
		.map((o) => {
			const back = story.coverage.overlap.find((x) => x.a === o.b && x.b === o.a)?.share ?? 0;
			const [from, to, share] = o.share >= back ? [o.a, o.b, o.share] : [o.b, o.a, back];
			return { from, to, share };
		})
		.filter((p) => byOutlet.has(p.from) && byOutlet.has(p.to));
	if (pairs.length > 0) {
		const closest = pairs.reduce((x, y) => (y.share > x.share ? y : x));
		const farthest = pairs.reduce((x, y) => (y.share < x.share ? y : x));
		const link = (p: { from: string; to: string }) =>
			pairHref(story, byOutlet.get(p.from)!, byOutlet.get(p.to)!);
		takeaways.push({
			id: 'closest',
			text: `${name(closest.from)} and ${name(closest.to)} are closest: ${percent(closest.share)} of ${name(closest.from)}’s words are also in ${name(closest.to)}’s article.`,
			href: link(closest),
			evidence: 'Compare them',
		});
		if (pairs.length > 1 && farthest !== closest) {
			takeaways.push({
				id: 'farthest',
				text: `${name(farthest.from)} and ${name(farthest.to)} share least: ${percent(farthest.share)} of ${name(farthest.from)}’s words.`,
				href: link(farthest),
				evidence: 'Compare them',
			});
		}
	}

	// 5. Facts told differently.
	if (story.differences.length > 0) {
		takeaways.push({
			id: 'differences',
			text: `${plural(story.differences.length, 'fact is', 'facts are')} told differently by different outlets.`,
			href: differencesUrl(story.slug),
			evidence: 'See where they differ',
		});
	}
	return takeaways.slice(0, MAX_TAKEAWAYS);
}
