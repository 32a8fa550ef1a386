/**
 * Cuts a stretch of an article's text at passage boundaries, so a view can highlight shared
 * passages (which may overlap: clauses of one sentence can be shared with different articles).
 */
import type { Span } from '../schemas/article.ts';

/** A piece of text and the passages that cover it. */
export interface MarkedSegment {
	start: number;
	end: number;
	/** Ids of the passages covering the whole segment, longest first. */
	passageIds: string[];
	/** Ids of the passages that begin at this segment's start. */
	opens: string[];
	/** Ids of the passages that end at this segment's end. */
	closes: string[];
	/** Ids of other anchors (quotations) that begin at this segment's start. */
	anchors: string[];
}

/** Segments of `[from, to)` cut wherever a passage begins or ends, or an anchor begins. */
export function markPassages(
	from: number,
	to: number,
	passages: readonly (Span & { id: string })[],
	anchors: readonly { id: string; start: number }[] = [],
): MarkedSegment[] {
	const inside = passages.filter((p) => p.start < to && from < p.end);
	const cuts = new Set([from, to]);
	for (const a of anchors) if (a.start > from && a.start < to) cuts.add(a.start);
	for (const p of inside) {
		if (p.start > from) cuts.add(p.start);
		if (p.end < to) cuts.add(p.end);
	}
	const points = [...cuts].sort((x, y) => x - y);
	const segments: MarkedSegment[] = [];
	for (let k = 0; k + 1 < points.length; k++) {
		const start = points[k]!;
		const end = points[k + 1]!;
		const covering = inside
			.filter((p) => p.start <= start && end <= p.end)
			.sort((x, y) => y.end - y.start - (x.end - x.start) || (x.id < y.id ? -1 : 1));
		segments.push({
			start,
			end,
			passageIds: covering.map((p) => p.id),
			opens: covering.filter((p) => p.start === start).map((p) => p.id),
			closes: covering.filter((p) => p.end === end).map((p) => p.id),
			anchors: anchors.filter((a) => a.start === start).map((a) => a.id),
		});
	}
	return segments;
}
