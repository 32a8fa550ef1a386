/**
 * The side-by-side layout of two articles: rows in reading order, where each aligned passage
 * group sits on one row with both wordings and their word-level differences, and text only
 * one article has stays in its own place. Derived from the story model; computes no alignment.
 */
import { longestIncreasing } from '../text/longest-increasing.ts';
import type { DiffPart } from '../schemas/word-diff.ts';
import type { Group, MatchKind, PassagePair, RelatedPair } from '../schemas/alignment.ts';
import type { Story } from '../schemas/story.ts';
import { invertDiff } from '../text/word-diff.ts';
import { findSpan, paragraphNumber } from './story-view.ts';

/** A stretch of one article's text, with the passage it belongs to if any. */
export interface TextRun {
	start: number;
	end: number;
}

/** One side of a row: a span of one article, with its passage id when it is a group's passage. */
export interface RowSide {
	id: string | null;
	articleId: string;
	start: number;
	end: number;
}

/** One row of the comparison. */
export type CompareRow =
	| {
			type: 'aligned';
			/** A group's two passages, or a related link's two wordings (in different groups). */
			relation: 'group' | 'related';
			/** The group's id, or the related link's: the row's anchor. */
			anchor: string;
			/** The group, null for a related link. */
			groupId: string | null;
			kind: MatchKind;
			similarity: number;
			sequenceSimilarity: number;
			overlapSimilarity: number;
			/** The semantic check's meaning similarity, null when the story was aligned on words alone. */
			meaningSimilarity: number | null;
			/** False when the two wordings are grouped (or restated) only through other members. */
			direct: boolean;
			/** For a restatement link: the passage, in the group, that the restating wording's article states the fact with. */
			restates: string | null;
			sharedWords: string[];
			a: RowSide;
			b: RowSide;
			/** Differences from A's wording to B's. */
			diff: DiffPart[];
			/** True when the passage sits elsewhere in B's order than in A's. */
			moved: boolean;
			/** 1-based paragraph numbers of the passage in each article. */
			paragraphA: number;
			paragraphB: number;
			/** The rest of the passages' sentences around them, shown as context. */
			context: { beforeA: TextRun; afterA: TextRun; beforeB: TextRun; afterB: TextRun };
	  }
	| { type: 'only-a'; run: TextRun }
	| { type: 'only-b'; run: TextRun };

/** The comparison of two articles of a story. */
export interface ArticleComparison {
	a: string;
	b: string;
	rows: CompareRow[];
	/** Number of aligned passages (related links not counted), and how many of them moved. */
	aligned: number;
	moved: number;
	/** Number of related links between the two articles. */
	related: number;
}

/** Lays out articles `aId` and `bId` of a story side by side. */
export function compareArticles(story: Story, aId: string, bId: string): ArticleComparison {
	const A = story.articles.find((x) => x.id === aId);
	const B = story.articles.find((x) => x.id === bId);
	if (!A || !B) throw new Error(`Story ${story.slug} has no article ${A ? bId : aId}`);
	const passageById = new Map(story.passages.map((p) => [p.id, p]));
	const side = (p: { id: string | null; articleId: string; start: number; end: number }) => ({
		id: p.id,
		articleId: p.articleId,
		start: p.start,
		end: p.end,
	});
	const grouped: Entry[] = story.groups
		.flatMap((group): Entry[] => {
			const members = group.passageIds.map((id) => passageById.get(id)!);
			const pa = members.find((p) => p.articleId === aId);
			const pb = members.find((p) => p.articleId === bId);
			return pa && pb ? [{ group, link: null, pa: side(pa), pb: side(pb) }] : [];
		})
		.sort((x, y) => x.pa.start - y.pa.start || x.pb.start - y.pb.start);
	// Passages in the same relative order in both articles form the spine; the rest moved.
	const spine = longestIncreasing(grouped.map((s) => s.pb.start));
	// Related links between the two articles sit with A's text; they never join the spine.
	const related: Entry[] = (story.related ?? []).flatMap((link): Entry[] => {
		const forward = link.a.articleId === aId && link.b.articleId === bId;
		const backward = link.a.articleId === bId && link.b.articleId === aId;
		if (!forward && !backward) return [];
		const [x, y] = forward ? [link.a, link.b] : [link.b, link.a];
		return [
			{
				group: null,
				link: forward ? link : { ...link, a: link.b, b: link.a, diff: invertDiff(link.diff) },
				pa: side({ ...x, id: x.passageId }),
				pb: side({ ...y, id: y.passageId }),
			},
		];
	});
	const shared = [
		...grouped.map((entry, index) => ({ ...entry, onSpine: spine.has(index) })),
		...related.map((entry) => ({ ...entry, onSpine: false })),
	].sort((x, y) => x.pa.start - y.pa.start || x.pb.start - y.pb.start);

	const sharedA = shared.map((x) => x.pa);
	const sharedB = shared.map((x) => x.pb);
	// The rest of a passage's sentences travels with it, from the sentence's start to its end,
	// even where another shared passage sits in the same sentence: a row that starts mid-sentence
	// (at a stray comma or quote mark) hides who is speaking and what the words refer to.
	const around = (article: typeof A, passage: RowSide) => {
		const first = findSpan(article.sentences, passage.start);
		const last = findSpan(article.sentences, passage.end - 1);
		return {
			before: { start: first?.start ?? passage.start, end: passage.start },
			after: { start: passage.end, end: last?.end ?? passage.end },
		};
	};

	const rows: CompareRow[] = [];
	let cursorA = 0;
	let cursorB = 0;
	const pushGaps = (toA: number, toB: number) => {
		for (const run of gaps(A.text, cursorA, toA)) rows.push({ type: 'only-a', run });
		for (const run of gaps(B.text, cursorB, toB)) rows.push({ type: 'only-b', run });
	};
	const consumedA: TextRun[] = [...sharedA];
	const consumedB: TextRun[] = [...sharedB];
	for (const { group, link, pa, pb, onSpine } of shared) {
		// Before a spine passage, flush what each article has on its own up to it.
		if (onSpine) {
			pushGaps(pa.start, pb.start);
			cursorB = Math.max(cursorB, pb.end);
		} else {
			pushGaps(pa.start, cursorB);
		}
		cursorA = Math.max(cursorA, pa.end);
		const pair = group
			? { ...findPair(group, pa.id!, pb.id!), restates: null }
			: // A restatement is linked through its group, whatever its own figures.
				{ ...link!, direct: link!.restates === null };
		const ctxA = around(A, pa);
		const ctxB = around(B, pb);
		consumedA.push(ctxA.before, ctxA.after);
		consumedB.push(ctxB.before, ctxB.after);
		rows.push({
			type: 'aligned',
			relation: group ? 'group' : 'related',
			anchor: group ? group.id : link!.id,
			groupId: group ? group.id : null,
			kind: pair.kind,
			similarity: pair.similarity,
			sequenceSimilarity: pair.sequenceSimilarity,
			overlapSimilarity: pair.overlapSimilarity,
			meaningSimilarity: pair.meaningSimilarity,
			direct: pair.direct,
			restates: pair.restates,
			sharedWords: pair.sharedWords,
			a: pa,
			b: pb,
			diff: group && pair.a !== pa.id ? invertDiff(pair.diff) : pair.diff,
			// A related link has no place in the order of shared passages.
			moved: group !== null && !onSpine,
			paragraphA: paragraphNumber(A, pa.start),
			paragraphB: paragraphNumber(B, pb.start),
			context: {
				beforeA: ctxA.before,
				afterA: ctxA.after,
				beforeB: ctxB.before,
				afterB: ctxB.after,
			},
		});
	}
	pushGaps(A.text.length, B.text.length);
	// Text shown with a shared passage (its own words or its sentence's context) is not shown again.
	const cleaned = rows.flatMap((row): CompareRow[] => {
		if (row.type === 'aligned') return [row];
		const [text, consumed] = row.type === 'only-a' ? [A.text, consumedA] : [B.text, consumedB];
		return subtract(row.run, consumed)
			.flatMap((run) => gaps(text, run.start, run.end))
			.map((run) => ({ type: row.type, run }));
	});
	const aligned = cleaned.filter((r) => r.type === 'aligned' && r.relation === 'group');
	return {
		a: aId,
		b: bId,
		rows: cleaned,
		aligned: aligned.length,
		moved: aligned.filter((r) => r.type === 'aligned' && r.moved).length,
		related: related.length,
	};
}

/** A row to lay out: a group's two passages, or a related link oriented from A to B. */
interface Entry {
	group: Group | null;
	link: RelatedPair | null;
	pa: RowSide;
	pb: RowSide;
}

/** The pair of a group comparing two passages; large groups compare through the reference. */
function findPair(group: Group, a: string, b: string): PassagePair {
	const direct = group.pairs.find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a));
	if (direct) return direct;
	// Large groups hold only pairs with the reference: describe the two wordings through it.
	const viaA = group.pairs.find((p) => p.a === a || p.b === a)!;
	const viaB = group.pairs.find((p) => p.a === b || p.b === b)!;
	const weaker = viaA.similarity <= viaB.similarity ? viaA : viaB;
	return {
		...weaker,
		a,
		b,
		// Compared through the reference wording, not with each other.
		direct: false,
		diff: [],
		sharedWords: viaA.sharedWords.filter((w) => viaB.sharedWords.includes(w)),
	};
}

/** Paragraph-bounded runs of non-blank text in [from, to). */
function gaps(text: string, from: number, to: number): TextRun[] {
	const runs: TextRun[] = [];
	if (to <= from) return runs;
	const slice = text.slice(from, to);
	for (const match of slice.matchAll(/[^\n]+/g)) {
		const lead = match[0].length - match[0].trimStart().length;
		const trail = match[0].length - match[0].trimEnd().length;
		const start = from + match.index + lead;
		const end = from + match.index + match[0].length - trail;
		// Bare punctuation left between two passages is not text of its own.
		if (end > start && /[\p{L}\p{N}]/u.test(text.slice(start, end))) runs.push({ start, end });
	}
	return runs;
}

/** Parts of `run` outside every span. */
function subtract(run: TextRun, spans: readonly TextRun[]): TextRun[] {
	let parts = [run];
	for (const span of spans) {
		parts = parts.flatMap((p) => {
			if (span.end <= p.start || p.end <= span.start) return [p];
			const out: TextRun[] = [];
			if (p.start < span.start) out.push({ start: p.start, end: span.start });
			if (span.end < p.end) out.push({ start: span.end, end: p.end });
			return out;
		});
	}
	return parts;
}
