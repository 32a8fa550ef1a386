/** Verification of candidate sentence pairs: local alignment, widened across sentence edges, or reworded overlap. */
import type { Token } from '../text/tokenize.ts';
import type { MatchKind } from '../schemas/alignment.ts';
import { measurePair } from './classify.ts';
import { localAlign, windowWords } from './local-align.ts';
import { KIND_RANK, type ArticleData, type Link, type MeaningOf, type Unit } from './model.ts';
import { overlapSimilarity, sameWords, sequenceSimilarity } from './similarity.ts';
import { NEAR_VERBATIM_MIN_SEQUENCE } from './thresholds.ts';

/** A match needs this many aligned content words, unless it covers short sentences whole. */
const MIN_CONTENT_MATCHES = 5;
const MIN_SHORT_MATCHES = 2;
/** A whole short sentence found inside a longer one needs this many aligned content words. */
const MIN_CONTAINED_MATCHES = 3;
/**
 * A local match of this many content words, whose region shares at least MIN_REGION_OVERLAP of
 * its weighted vocabulary, links the two units for the grouping stage to measure (v1's values,
 * calibrated on the seed story).
 */
const MIN_REGION_OVERLAP = 0.5;
const MIN_REWORDED_MATCHES = 6;
/** Share of a sentence's content weight a match must cover to count as covering it whole. */
const WHOLE_COVER = 0.8;

/** Verifies one candidate pair of sentences: the links it yields, if any. */
export function verifyPair(
	articles: readonly ArticleData[],
	sa: Unit,
	sb: Unit,
	w: (t: Token) => number,
	mainNames: ReadonlySet<string>,
	meaningOf?: MeaningOf,
): Link[] {
	const A = articles[sa.article]!;
	const B = articles[sb.article]!;
	// An exact copy needs no alignment.
	if (sa.key === sb.key && sa.contentTokens.length >= MIN_SHORT_MATCHES) {
		return [
			{
				x: sa.g,
				y: sb.g,
				kind: 'verbatim',
				similarity: 1,
				rangeX: unitRange(sa),
				rangeY: unitRange(sb),
			},
		];
	}
	// Align the two sentences; if the match runs into a sentence edge, widen to the neighbour.
	let fromA = sa.index;
	let toA = sa.index;
	let fromB = sb.index;
	let toB = sb.index;
	let wordsA = windowWords(A, fromA, toA);
	let wordsB = windowWords(B, fromB, toB);
	let result = localAlign(wordsA, wordsB);
	for (let round = 0; round < 2 && result.pairs.length > 0; round++) {
		const first = result.pairs[0]!;
		const last = result.pairs.at(-1)!;
		// Widen only where one side's match runs into its sentence edge while the other side
		// still has words beyond it: a sentence the other outlet split or merged. Two wordings
		// matched edge to edge are complete as they are.
		const touchStartA = first[0] === 0;
		const touchStartB = first[1] === 0;
		const touchEndA = last[0] === wordsA.length - 1;
		const touchEndB = last[1] === wordsB.length - 1;
		const widenStart =
			touchStartA !== touchStartB && ((touchStartA && fromA > 0) || (touchStartB && fromB > 0));
		const widenEnd =
			touchEndA !== touchEndB &&
			((touchEndA && toA < A.units.length - 1) || (touchEndB && toB < B.units.length - 1));
		if (!widenStart && !widenEnd) break;
		if (widenStart) {
			fromA = Math.max(0, fromA - 1);
			fromB = Math.max(0, fromB - 1);
		}
		if (widenEnd) {
			toA = Math.min(A.units.length - 1, toA + 1);
			toB = Math.min(B.units.length - 1, toB + 1);
		}
		wordsA = windowWords(A, fromA, toA);
		wordsB = windowWords(B, fromB, toB);
		result = localAlign(wordsA, wordsB);
	}

	const links: Link[] = [];
	const matched = result.pairs.length;
	if (matched >= MIN_SHORT_MATCHES) {
		const firstA = wordsA[result.pairs[0]![0]]!.token;
		const lastA = wordsA[result.pairs.at(-1)![0]]!.token;
		const firstB = wordsB[result.pairs[0]![1]]!.token;
		const lastB = wordsB[result.pairs.at(-1)![1]]!.token;
		const matchedWeight = result.pairs.reduce((sum, [i]) => sum + wordsA[i]!.weight, 0);
		const coverA = matchedWeight / Math.max(1e-9, contentWeight(A, firstA, lastA, w));
		const coverB = matchedWeight / Math.max(1e-9, contentWeight(B, firstB, lastB, w));
		// Short sentences match whole; a short sentence may also sit inside a longer one
		// ("Ruiz has denied the allegations against her, telling reporters …").
		const wholeShort = coverA >= WHOLE_COVER && coverB >= WHOLE_COVER;
		const contained = matched >= MIN_CONTAINED_MATCHES && Math.max(coverA, coverB) >= WHOLE_COVER;
		if (matched >= MIN_CONTENT_MATCHES || wholeShort || contained) {
			const tokensA = A.tokens.slice(firstA, lastA + 1);
			const tokensB = B.tokens.slice(firstB, lastB + 1);
			const sequence = sequenceSimilarity(tokensA, tokensB, w);
			const regionOverlap = overlapSimilarity(tokensA, tokensB, w);
			// A long local match with reordered or substituted words is a paraphrase of the region.
			const reworded = matched >= MIN_REWORDED_MATCHES && regionOverlap >= MIN_REGION_OVERLAP;
			if (sequence >= NEAR_VERBATIM_MIN_SEQUENCE || reworded) {
				const kind: MatchKind =
					sequence < NEAR_VERBATIM_MIN_SEQUENCE
						? 'reworded'
						: sameWords(tokensA, tokensB)
							? 'verbatim'
							: 'near-verbatim';
				// Split the window match into links between the sentences it pairs up.
				const bySentences = new Map<
					string,
					{ si: number; sj: number; ti: number[]; tj: number[]; weight: number }
				>();
				for (const [i, j] of result.pairs) {
					const ti = wordsA[i]!.token;
					const tj = wordsB[j]!.token;
					const si = A.tokenUnit[ti]!;
					const sj = B.tokenUnit[tj]!;
					const key = `${si} ${sj}`;
					const entry = bySentences.get(key) ?? { si, sj, ti: [], tj: [], weight: 0 };
					entry.ti.push(ti);
					entry.tj.push(tj);
					entry.weight += wordsA[i]!.weight;
					bySentences.set(key, entry);
				}
				for (const { si, sj, ti, tj, weight } of bySentences.values()) {
					const gx = A.units[si]!;
					const gy = B.units[sj]!;
					const smaller = Math.min(unitWeight(gx, w), unitWeight(gy, w));
					// A stray shared word does not tie two sentences together.
					if (ti.length < 3 && weight < 0.5 * smaller) continue;
					links.push({
						x: gx.g,
						y: gy.g,
						kind,
						similarity: kind === 'reworded' ? regionOverlap : sequence,
						rangeX: [ti[0]!, ti.at(-1)!],
						rangeY: [tj[0]!, tj.at(-1)!],
					});
				}
				if (links.length > 0) return links;
			}
		}
	}
	// Otherwise the two units may still say the same in other words (see classify.ts).
	const measured = measurePair(
		sa.tokens,
		sb.tokens,
		w,
		mainNames,
		meaningOf?.([sa.g], [sb.g]),
		Math.min(sa.sentenceWords, sb.sentenceWords),
	);
	if (measured.kind) {
		links.push({
			x: sa.g,
			y: sb.g,
			kind: measured.kind,
			similarity: measured.kind === 'reworded' ? measured.overlap : measured.sequence,
			rangeX: unitRange(sa),
			rangeY: unitRange(sb),
		});
	}
	return links;
}

/** Keeps the stronger of two links between the same sentences, with the union of their ranges. */
export function mergeLinks(p: Link, q: Link): Link {
	const [strong, weak] =
		KIND_RANK[p.kind] < KIND_RANK[q.kind] || (p.kind === q.kind && p.similarity >= q.similarity)
			? [p, q]
			: [q, p];
	if (strong.kind === 'reworded' || weak.kind === 'reworded') return strong;
	return {
		...strong,
		rangeX: [Math.min(p.rangeX[0], q.rangeX[0]), Math.max(p.rangeX[1], q.rangeX[1])],
		rangeY: [Math.min(p.rangeY[0], q.rangeY[0]), Math.max(p.rangeY[1], q.rangeY[1])],
	};
}

/** Article token indexes of a sentence's first and last token. */
export function unitRange(s: Unit): [number, number] {
	return [s.firstToken, s.firstToken + s.tokens.length - 1];
}

/** Summed content weight of a sentence. */
export function unitWeight(s: Unit, w: (t: Token) => number): number {
	return s.content.reduce((sum, k) => sum + w(s.tokens[k]!), 0);
}

/** Content weight of the sentences that tokens [first, last] touch. */
function contentWeight(
	article: ArticleData,
	first: number,
	last: number,
	w: (t: Token) => number,
): number {
	let total = 0;
	for (let si = article.tokenUnit[first]!; si <= article.tokenUnit[last]!; si++) {
		total += unitWeight(article.units[si]!, w);
	}
	return total;
}
