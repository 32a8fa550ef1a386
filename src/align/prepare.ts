/** Prepares articles for alignment: tokenised sentences and the story's word weights. */
import { ATTRIBUTION_VERBS } from '../text/lexicon.ts';
import { tokenize, type Token } from '../text/tokenize.ts';
import type { AlignableArticle, ArticleData, Unit } from './model.ts';
import { MAIN_NAME_ARTICLE_SHARE } from './thresholds.ts';
import { splitClauses } from './units.ts';

/** Cuts each article's sentences into units and tokenises them, articles in id order. */
export function prepare(input: readonly AlignableArticle[]): ArticleData[] {
	const sorted = [...input].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
	let g = 0;
	return sorted.map((article, ai) => {
		const data: ArticleData = {
			id: article.id,
			text: article.text,
			units: [],
			tokens: [],
			tokenUnit: [],
			content: [],
			weights: new Float64Array(0),
		};
		const spans = article.sentences.flatMap((sentence, si) =>
			splitClauses(article.text, sentence).map((span) => ({ ...span, sentence: si })),
		);
		spans.forEach((span, si) => {
			const tokens = tokenize(article.text, span.start, span.end);
			if (isAttribution(article.text, span, tokens)) for (const t of tokens) t.attribution = true;
			markNames(article.text, tokens);
			const firstToken = data.tokens.length;
			const content: number[] = [];
			const contentTokens: number[] = [];
			tokens.forEach((t, k) => {
				if (!t.stop) {
					content.push(k);
					contentTokens.push(data.tokens.length);
					data.content.push(data.tokens.length);
				}
				data.tokens.push(t);
				data.tokenUnit.push(si);
			});
			const key = tokens.map((t) => t.norm).join(' ');
			data.units.push({
				g: g++,
				article: ai,
				index: si,
				sentence: span.sentence,
				start: span.start,
				end: span.end,
				tokens,
				content,
				firstToken,
				contentTokens,
				key,
				sentenceWords: 0,
			});
		});
		const stems = new Map<number, Set<string>>();
		for (const u of data.units) {
			const set = stems.get(u.sentence) ?? new Set<string>();
			for (const k of u.content) set.add(u.tokens[k]!.stem);
			stems.set(u.sentence, set);
		}
		for (const u of data.units) u.sentenceWords = stems.get(u.sentence)?.size ?? 0;
		return data;
	});
}

/** Inverse unit frequency of each content word: rare words weigh much, common ones little. */
export function contentWeights(units: readonly Unit[]): Map<string, number> {
	const df = new Map<string, number>();
	for (const s of units) {
		for (const stem of new Set(s.content.map((k) => s.tokens[k]?.stem ?? '')))
			df.set(stem, (df.get(stem) ?? 0) + 1);
	}
	const n = units.length;
	const weight = new Map<string, number>();
	for (const [norm, f] of df) weight.set(norm, Math.log(1 + n / f));
	return weight;
}

/**
 * The story's main names: stems written capitalised inside a unit (not as its first word) in at
 * least MAIN_NAME_ARTICLE_SHARE of the articles, and in at least two.
 */
export function findMainNames(articles: readonly ArticleData[]): Set<string> {
	const seenIn = new Map<string, Set<number>>();
	articles.forEach((article, a) => {
		for (const unit of article.units) {
			unit.tokens.forEach((t, k) => {
				if (k === 0 || t.stop || !isCapitalised(article.text, t)) return;
				const set = seenIn.get(t.stem) ?? new Set<number>();
				set.add(a);
				seenIn.set(t.stem, set);
			});
		}
	});
	const needed = Math.max(2, Math.ceil(MAIN_NAME_ARTICLE_SHARE * articles.length));
	return new Set([...seenIn].filter(([, set]) => set.size >= needed).map(([stem]) => stem));
}

/**
 * True for a clause that only leads into a quotation: it holds a reporting verb and ends with the
 * comma or colon before the opening mark ("Maria Olsen, head of the teachers' union, said:"). Clause
 * units are cut there (units.ts); two such clauses, or one and another wording that names the same
 * speaker, would otherwise match on the speaker's name and role alone.
 */
export function isAttribution(
	text: string,
	span: { start: number; end: number },
	tokens: readonly Token[],
): boolean {
	return (
		/[,:]\s*$/u.test(text.slice(span.start, span.end)) &&
		/^\s*["“‘]/u.test(text.slice(span.end, span.end + 3)) &&
		tokens.some((t) => ATTRIBUTION_VERBS.has(t.norm))
	);
}

/** True when a token is written with a capital. */
function isCapitalised(text: string, t: Token): boolean {
	const first = text[t.start] ?? '';
	return first !== first.toLowerCase();
}

/**
 * Marks the content words of each name in a unit (a run of capitalised words: "German Chancellor
 * Angela Merkel", "Harbour County") with the offset where the name starts, so that a name two
 * wordings share counts as one shared word however many words it has. A unit's first word counts
 * only when the next word is capitalised too ("Angela Merkel said"), since any sentence opens on
 * a capital.
 */
export function markNames(text: string, tokens: readonly Token[]): void {
	let start = -1;
	tokens.forEach((t, k) => {
		const next = tokens[k + 1];
		const capital =
			isCapitalised(text, t) && (k > 0 || (next !== undefined && isCapitalised(text, next)));
		if (!capital) {
			start = -1;
			return;
		}
		if (start < 0) start = t.start;
		if (!t.stop) t.name = start;
	});
}
