/**
 * What a pair page adds above its rows: a header that sums the comparison up (how much each
 * article shares with the other, passages by kind, differences found) and the rows grouped so
 * that runs of text only one article has can be collapsed without JavaScript.
 */
import type { MatchKind } from '../schemas/alignment.ts';
import type { Story } from '../schemas/story.ts';
import { tokenize } from '../text/tokenize.ts';
import type { CompareView, CompareViewRow } from './compare-view.ts';
import { getArticle, KIND_LABEL } from './story-view.ts';
import { percent } from './takeaways-view.ts';

/** Share of article `aId`'s words (tokens) inside its passages grouped with article `bId`: the overlap matrix's measure, for any two articles. */
export function pairShare(story: Story, aId: string, bId: string): number {
	const article = getArticle(story, aId);
	const withB = new Set(
		story.groups
			.filter((g) => g.articleIds.includes(aId) && g.articleIds.includes(bId))
			.map((g) => g.id),
	);
	const spans = story.passages.filter((p) => p.articleId === aId && withB.has(p.groupId));
	const words = tokenize(article.text);
	const inside = words.filter((w) => spans.some((p) => p.start <= w.start && w.end <= p.end));
	// Rounded to a tenth of a percent, as the story model rounds the overlap matrix.
	return Math.round((1000 * inside.length) / Math.max(1, words.length)) / 1000;
}

/** The header of a pair page. */
export interface PairSummary {
	/** One per direction: the share, and what it measures ("of CBC News’s words are also in Global News"). */
	shares: { share: number; percent: string; label: string }[];
	/** Shared passages by how they are worded, kinds with none left out. */
	kinds: { kind: MatchKind; label: string; count: number }[];
	aligned: number;
	/** "shared passages: 2 word for word, 1 reworded" */
	alignedLabel: string;
	onlyA: number;
	onlyB: number;
	/** "passages only one of them has (11 in CBC News, 12 in BBC News)" */
	onlyLabel: string;
	/** Facts the two articles state differently. */
	differences: number;
	differencesLabel: string;
	/** Shared passages the two articles tell in a different order. */
	moved: number;
	/** Related wordings in different passage groups, shown as rows but not counted as shared. */
	related: number;
	relatedLabel: string;
}

/** The summary of the comparison `view` of articles `aId` and `bId`. */
export function buildPairSummary(
	story: Story,
	view: CompareView,
	aId: string,
	bId: string,
): PairSummary {
	const aligned = view.rows.filter(
		(r): r is Extract<CompareViewRow, { type: 'aligned' }> =>
			r.type === 'aligned' && r.relation === 'group',
	);
	const carries = (side: { articleId: string; alsoIn: string[] }, id: string) =>
		side.articleId === id || side.alsoIn.includes(id);
	const differences = story.differences.filter((d) =>
		d.comparisons.some((c) => {
			const x = d.sides[c.a]!;
			const y = d.sides[c.b]!;
			return (carries(x, aId) && carries(y, bId)) || (carries(x, bId) && carries(y, aId));
		}),
	).length;
	const direction = (from: string, to: string, name: string, other: string) => {
		const share = pairShare(story, from, to);
		return { share, percent: percent(share), label: `of ${name}’s words are also in ${other}` };
	};
	const kinds = (['verbatim', 'near-verbatim', 'reworded'] as const)
		.map((kind) => ({
			kind,
			label: KIND_LABEL[kind].toLowerCase(),
			count: aligned.filter((r) => r.kind === kind).length,
		}))
		.filter((k) => k.count > 0);
	const onlyA = view.rows.filter((r) => r.type === 'only-a').length;
	const onlyB = view.rows.filter((r) => r.type === 'only-b').length;
	return {
		shares: [
			direction(aId, bId, view.nameA, view.nameB),
			direction(bId, aId, view.nameB, view.nameA),
		],
		kinds,
		aligned: aligned.length,
		alignedLabel: `${aligned.length === 1 ? 'shared passage' : 'shared passages'}${kinds.length > 0 ? `: ${kinds.map((k) => `${k.count} ${k.label}`).join(', ')}` : ''}`,
		onlyA,
		onlyB,
		onlyLabel: `${onlyA + onlyB === 1 ? 'passage' : 'passages'} only one of them has (${onlyA} in ${view.nameA}, ${onlyB} in ${view.nameB})`,
		differences,
		differencesLabel: `${differences === 1 ? 'fact' : 'facts'} they state differently`,
		moved: view.moved,
		related: view.related,
		relatedLabel: `${view.related === 1 ? 'related wording' : 'related wordings'} in different passage groups`,
	};
}

/** A stretch of the comparison: one shared row, or a run of rows only one article or the other has. */
export type CompareBlock =
	| { type: 'aligned'; row: Extract<CompareViewRow, { type: 'aligned' }> }
	| {
			type: 'run';
			/** "2 passages only in CBC News, 1 only in BBC News", for the collapsed line. */
			label: string;
			rows: Extract<CompareViewRow, { type: 'only-a' | 'only-b' }>[];
	  };

/** The comparison's rows with each run of consecutive unshared rows gathered into one block. */
export function groupCompareRows(view: CompareView): CompareBlock[] {
	const blocks: CompareBlock[] = [];
	for (const row of view.rows) {
		if (row.type === 'aligned') {
			blocks.push({ type: 'aligned', row });
			continue;
		}
		const last = blocks.at(-1);
		if (last?.type === 'run') last.rows.push(row);
		else blocks.push({ type: 'run', label: '', rows: [row] });
	}
	for (const block of blocks) {
		if (block.type !== 'run') continue;
		const count = (type: 'only-a' | 'only-b') => block.rows.filter((r) => r.type === type).length;
		const parts = [
			[count('only-a'), view.nameA],
			[count('only-b'), view.nameB],
		] as const;
		block.label = parts
			.filter(([n]) => n > 0)
			.map(
				([n, name], i) =>
					`${n} ${i === 0 ? (n === 1 ? 'passage' : 'passages') + ' ' : ''}only in ${name}`,
			)
			.join(', ');
	}
	return blocks;
}
