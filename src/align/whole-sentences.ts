/**
 * Whole-sentence matches. Clause units let two outlets' halves of one sentence align apart, but
 * an outlet that rewords a whole sentence in one sentence of its own matches it whole better than
 * any of its clauses, each of which holds only part of what the two share. Such a sentence is
 * taken whole: its clauses fuse into one run, linked to the other sentence.
 */
import { measurePair } from './classify.ts';
import type { ArticleData, Link, MeaningOf, Unit, Weigh } from './model.ts';

/**
 * How much more of the weighted vocabulary two whole sentences must share than their best pair
 * of clauses for the sentences to be taken whole: enough that the clauses together say what one
 * alone does not. Measured on the pooled seed and development gold (0 to 0.25 tried): 0.05 and
 * 0.1 found the same five more development paraphrases and lost two (development recall 0.863
 * to 0.874), aligned no more hard negatives and changed nothing on the seed story; with no
 * margin one more hard negative came in, and from 0.15 the gain shrinks.
 */
export const WHOLE_SENTENCE_MIN_GAIN = 0.1;

/** What `matchWholeSentences` found: links between whole sentences, and the units to fuse. */
export interface WholeSentenceMatches {
	/** One link per matched pair, between the first units of the two sentences. */
	links: Link[];
	/** Pairs of units of one sentence that must end up in one run. */
	fusions: [number, number][];
}

/**
 * Finds sentence pairs, among the candidates, that match as whole sentences clearly better than
 * clause by clause. A sentence with a clause that another outlet copies (a verbatim or
 * near-verbatim link in `links`) stays cut, since the copy is the better evidence: taken whole,
 * such sentences cost the seed story a false pair (precision 0.989 to 0.978).
 */
export function matchWholeSentences(
	articles: readonly ArticleData[],
	units: readonly Unit[],
	candidates: Iterable<readonly [number, number]>,
	links: Iterable<Link>,
	w: Weigh,
	mainNames: ReadonlySet<string>,
	meaningOf?: MeaningOf,
): WholeSentenceMatches {
	const copied = new Set<number>();
	for (const link of links) if (link.kind !== 'reworded') copied.add(link.x).add(link.y);
	const sentenceOf = (u: Unit) => {
		const all = articles[u.article]!.units;
		let first = u.index;
		let last = u.index;
		while (first > 0 && all[first - 1]!.sentence === u.sentence) first--;
		while (last + 1 < all.length && all[last + 1]!.sentence === u.sentence) last++;
		return all.slice(first, last + 1);
	};
	const staysCut = (sentence: readonly Unit[]) =>
		sentence.length > 1 && sentence.some((u) => copied.has(u.g));
	const measure = (a: readonly Unit[], b: readonly Unit[]) =>
		measurePair(
			a.flatMap((u) => u.tokens),
			b.flatMap((u) => u.tokens),
			w,
			mainNames,
			meaningOf?.(
				a.map((u) => u.g),
				b.map((u) => u.g),
			),
		);
	const seen = new Set<string>();
	const out: WholeSentenceMatches = { links: [], fusions: [] };
	for (const [ga, gb] of candidates) {
		const [ua, ub] = [units[ga], units[gb]];
		if (!ua || !ub) continue;
		// Most candidates pair two sentences kept whole: they are passed over before anything is built.
		const sa = sentenceOf(ua);
		const sb = sentenceOf(ub);
		if (sa.length === 1 && sb.length === 1) continue;
		const key = `${ua.article} ${ua.sentence} ${ub.article} ${ub.sentence}`;
		if (seen.has(key)) continue;
		seen.add(key);
		if (staysCut(sa) || staysCut(sb)) continue;
		const whole = measure(sa, sb);
		if (!whole.kind) continue;
		let best = 0;
		for (const x of sa) {
			for (const y of sb) {
				const m = measure([x], [y]);
				if (m.kind) best = Math.max(best, m.overlap);
			}
		}
		if (whole.overlap < best + WHOLE_SENTENCE_MIN_GAIN) continue;
		for (const sentence of [sa, sb]) {
			for (const u of sentence.slice(1)) out.fusions.push([sentence[0]!.g, u.g]);
		}
		const [first, second] = sa[0]!.article < sb[0]!.article ? [sa, sb] : [sb, sa];
		const range = (s: readonly Unit[]): [number, number] => [
			s[0]!.firstToken,
			s.at(-1)!.firstToken + s.at(-1)!.tokens.length - 1,
		];
		out.links.push({
			x: first[0]!.g,
			y: second[0]!.g,
			kind: whole.kind,
			similarity: whole.kind === 'reworded' ? whole.overlap : whole.sequence,
			rangeX: range(first),
			rangeY: range(second),
		});
	}
	return out;
}
