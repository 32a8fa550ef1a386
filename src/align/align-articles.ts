/**
 * The alignment engine: finds every passage that two or more articles share, wherever it sits
 * in each, and groups the passages that report the same text.
 *
 * Method (after passim and Churnalism, at the scale of one story):
 * 1. Candidates, without comparing all pairs: an inverted index of hashed content-word
 *    trigrams (function words skipped, so light edits to "the" or "said" do not break them)
 *    finds copied and lightly edited text; rare content words shared by two sentences
 *    ("anchors") find reworded text. Very common keys are capped, so cost stays near-linear.
 * 2. Verification of each candidate sentence pair by local alignment (Smith-Waterman over
 *    weighted content words, rare words weighing most), widened to the neighbouring sentences
 *    when the match runs into a sentence edge, so a sentence split in two still aligns.
 *    Reworded pairs are accepted on weighted word overlap instead, and a sentence cut into
 *    clauses that rewords another whole is taken whole (whole-sentences.ts).
 * 3. Passages: the aligned spans, snapped to sentence edges when only function words are left
 *    out. Overlapping spans in one article merge into one passage.
 * 4. Groups: strongest matches first, passages join a group unless the group already holds a
 *    passage of that article. Each group gets a kind, a similarity, the evidence for the match
 *    and word-level differences for its pairs.
 *
 * With sentence vectors (options.vectors) a semantic check also weighs each paraphrase: it vetoes
 * word matches that mean something else, lets meaning make up for words a paraphrase does not
 * share, and lets group members agree by meaning where their words differ. It verifies the
 * candidates the word index found and proposes no link of its own; only members of one group can
 * stand together on meaning alone (their pair is then not `direct`).
 *
 * Deterministic: articles are processed in id order and every tie is broken by ids, so the
 * same articles in any order give the same output.
 */
import { STOP_WORD_WEIGHT } from '../text/lexicon.ts';
import type { Token } from '../text/tokenize.ts';
import { allPairs, findCandidates } from './candidates.ts';
import { buildGroups } from './groups.ts';
import {
	DEFAULTS,
	type AlignableArticle,
	type Alignment,
	type AlignOptions,
	type Link,
} from './model.ts';
import { spanMeaning, unitMeanings } from './meaning.ts';
import { contentWeights, findMainNames, prepare } from './prepare.ts';
import { mergeLinks, verifyPair } from './verify.ts';
import { matchWholeSentences } from './whole-sentences.ts';

/** Aligns a story's articles: returns their shared passages and the groups those form. */
export function alignArticles(
	input: readonly AlignableArticle[],
	options: AlignOptions = {},
): Alignment {
	const opts = { ...DEFAULTS, ...options };
	const articles = prepare(input);
	const units = articles.flatMap((a) => a.units);
	const weight = contentWeights(units);
	const w = (t: Token) => (t.stop ? STOP_WORD_WEIGHT : (weight.get(t.stem) ?? 1));
	for (const article of articles) article.weights = Float64Array.from(article.tokens, w);
	const mainNames = findMainNames(articles);
	const meanings = unitMeanings(
		units,
		(u) => articles[u.article]!.text.slice(u.start, u.end),
		options.vectors,
	);
	const meaningOf = meanings
		? (a: readonly number[], b: readonly number[]) => spanMeaning(meanings, a, b)
		: undefined;

	const candidates =
		opts.candidates === 'all-pairs'
			? allPairs(units)
			: findCandidates(articles, units, weight, opts, meanings !== undefined);
	// Links by their first unit, then by the second: one number per pair would leave the small
	// integers V8 hashes fastest once a story has tens of thousands of units.
	const links: (Map<number, Link> | undefined)[] = Array.from({ length: units.length });
	const addLink = (link: Link) => {
		const row = (links[link.x] ??= new Map<number, Link>());
		const known = row.get(link.y);
		row.set(link.y, known ? mergeLinks(known, link) : link);
	};
	for (const [ga, gb] of candidates) {
		const [ua, ub] = [units[ga], units[gb]];
		if (!ua || !ub) continue;
		for (const link of verifyPair(articles, ua, ub, w, mainNames, meaningOf)) addLink(link);
	}
	const whole = matchWholeSentences(
		articles,
		units,
		candidates,
		links.flatMap((row) => (row ? [...row.values()] : [])),
		w,
		mainNames,
		meaningOf,
	);
	for (const link of whole.links) addLink(link);
	const ordered = links.flatMap((row) =>
		row ? [...row.entries()].sort((p, q) => p[0] - q[0]).map(([, link]) => link) : [],
	);
	return buildGroups(articles, units, ordered, w, opts, mainNames, meaningOf, whole.fusions);
}
