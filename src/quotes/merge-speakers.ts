/**
 * One person, one row: the names under which outlets quote the same speaker ("Dave Gaskin",
 * "Inspector Gaskin", "Mr Gaskin") become one canonical name with its variants listed. Names
 * merge when they share a surname and, for full names, a first name; a bare surname or title
 * plus surname joins the one full name with that surname, or, when several people share the
 * surname, the one whose title it repeats; otherwise it stays apart. Outlets transliterate
 * foreign names differently ("Heydar Alishbandi", "Heidar Alishvandi"; "Giannis", "Yiannis"), so
 * full names from different articles also merge when every word of the shorter name is a close
 * spelling of a word of the longer one, in order, starting with the first. Descriptions are
 * never merged into a named person here (the extractor already resolved those it could).
 */
import type { ExtractedQuote, SpeakerKind } from '../schemas/quotes.ts';
import { NAME_PARTICLES, TITLES } from '../text/lexicon.ts';

/** A speaker as the ledger lists them: one canonical name and every way the outlets write it. */
export interface MergedSpeaker {
	name: string;
	kind: SpeakerKind;
	/** The speaker as the articles write them ("Mr Gaskin", "Police spokesman Dave Gaskin"), sorted. */
	variants: string[];
}

/** Titles too common to tell two people with one surname apart. */
const PLAIN_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr']);

/**
 * Two spellings are one transliterated name when at most one letter in five differs (edit
 * distance over the longer word's length): "Heydar"/"Heidar", "Giannis"/"Yiannis",
 * "Khalid"/"Khaled", "Alishbandi"/"Alishvandi" differ by one letter; distinct given names of one
 * surname ("Charlie"/"Charlene", 3 of 8; "John"/"Joan", 1 of 4) differ by more. Set on the
 * spelling variants of the labelled development events (t8, t20, t41) and the merge tests.
 */
const MAX_EDITS_PER_LETTER = 0.2;
/** Words shorter than this must be spelled alike: one letter is too much of "Li" or "Le". */
const MIN_FUZZY_LENGTH = 4;
/** The Arabic article written onto a name ("Al-Sawarmi", "el-Baz"), dropped by some outlets. */
const ARTICLE_PREFIX = /^(?:al|el)-/;

/** Levenshtein distance between two words (they are short: names). */
function editDistance(a: string, b: string): number {
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const curr = [i];
		for (let j = 1; j <= b.length; j++)
			curr[j] = Math.min(
				prev[j]! + 1,
				curr[j - 1]! + 1,
				prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
			);
		prev = curr;
	}
	return prev[b.length]!;
}

/** Whether two name words are one name spelled two ways ("Heydar", "Heidar"); words as from `keyWords`. */
export function isCloseSpelling(a: string, b: string): boolean {
	const [x, y] = [a.replace(ARTICLE_PREFIX, ''), b.replace(ARTICLE_PREFIX, '')];
	if (x === y) return true;
	if (Math.min(x.length, y.length) < MIN_FUZZY_LENGTH) return false;
	return editDistance(x, y) <= MAX_EDITS_PER_LETTER * Math.max(x.length, y.length);
}

/**
 * Whether two full names (words as from `keyWords`) are spellings of one person's name: the
 * first words are close spellings and every later word of the shorter name is a close spelling
 * of a later word of the longer one, in order ("Al-Sawarmi Khalid", "Sawarmi Khaled Saad").
 */
export function isSpellingOfName(a: readonly string[], b: readonly string[]): boolean {
	const [short, long] = a.length <= b.length ? [a, b] : [b, a];
	if (short.length < 2 || !isCloseSpelling(short[0]!, long[0]!)) return false;
	let at = 1;
	for (const word of short.slice(1)) {
		while (at < long.length && !isCloseSpelling(word, long[at]!)) at++;
		if (at === long.length) return false;
		at++;
	}
	return true;
}

/** A name's words, compared without case, accents, dots or spaced hyphens. */
function keyWords(name: string): string[] {
	return name
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/\s*-\s*/g, '-')
		.replace(/\./g, '')
		.toLowerCase()
		.split(/\s+/)
		.filter(Boolean);
}

/** Title words in a speaker phrase ("Consul General Ana Ruiz" → consul, general). */
function titlesOf(texts: Iterable<string>): Set<string> {
	const titles = new Set<string>();
	for (const text of texts)
		for (const w of keyWords(text)) if (TITLES.has(w) && !PLAIN_TITLES.has(w)) titles.add(w);
	return titles;
}

interface Cluster {
	kind: SpeakerKind;
	/** Articles that name the speaker so: one article spells one person one way. */
	articles: Set<string>;
	/** Quotations per name as extracted. */
	names: Map<string, number>;
	variants: Set<string>;
}

/**
 * How a quotation's speaker is told apart before merging: a full name by itself; a bare surname
 * together with the titles it was written with, so that "Mr Tao" and "Consul General Tao" can
 * go to different people.
 */
function keyOf(q: ExtractedQuote): string {
	const words = keyWords(q.speaker!);
	if (words.length >= 2 && !NAME_PARTICLES.has(words[0]!)) return q.speaker!;
	return `${q.speaker}\u0001${[...titlesOf([q.speakerText ?? ''])].sort().join(' ')}`;
}

/** Merges the speakers of quotations across articles; returns the quotations renamed and the speakers. */
export function mergeSpeakers(quotes: readonly ExtractedQuote[]): {
	quotes: ExtractedQuote[];
	speakers: MergedSpeaker[];
} {
	// Every name as extracted, with its kind, quotation count and the phrases that named it.
	const seen = new Map<string, Cluster & { name: string }>();
	for (const q of quotes) {
		if (!q.speaker || !q.speakerKind) continue;
		const key = keyOf(q);
		const entry = seen.get(key) ?? {
			name: q.speaker,
			kind: q.speakerKind,
			articles: new Set<string>(),
			names: new Map([[q.speaker, 0]]),
			variants: new Set<string>(),
		};
		entry.names.set(q.speaker, entry.names.get(q.speaker)! + 1);
		entry.articles.add(q.articleId);
		if (q.speakerText && !/^(?:he|she|it|they|we|i)$/i.test(q.speakerText))
			entry.variants.add(q.speakerText.replace(/\s+/g, ' '));
		entry.variants.add(q.speaker);
		seen.set(key, entry);
	}
	const clusters: Cluster[] = [];
	const clusterOf = new Map<string, Cluster>();
	const join = (into: Cluster, from: Cluster, name: string) => {
		for (const [n, c] of from.names) into.names.set(n, (into.names.get(n) ?? 0) + c);
		for (const v of from.variants) into.variants.add(v);
		for (const a of from.articles) into.articles.add(a);
		clusterOf.set(name, into);
	};
	// Full names first: the same surname and first name (or the same words) are one person, and
	// so are close spellings of them from articles that never use both.
	const names = [...seen.keys()].sort(
		(a, b) =>
			keyWords(seen.get(b)!.name).length - keyWords(seen.get(a)!.name).length || a.localeCompare(b),
	);
	for (const name of names) {
		const entry = seen.get(name)!;
		const words = keyWords(entry.name);
		// "Van Rompuy" is a surname alone.
		if (entry.kind === 'description' || words.length < 2 || NAME_PARTICLES.has(words[0]!)) continue;
		const match = clusters.find((c) => {
			if (c.kind !== entry.kind) return false;
			const apart = ![...entry.articles].some((a) => c.articles.has(a));
			return [...c.names.keys()].some((n) => {
				const other = keyWords(n);
				if (other.length < 2 || NAME_PARTICLES.has(other[0]!)) return false;
				if (other.at(-1) === words.at(-1) && other[0] === words[0]) return true;
				return apart && isSpellingOfName(words, other);
			});
		});
		if (match) join(match, entry, name);
		else {
			const cluster = {
				kind: entry.kind,
				articles: new Set<string>(),
				names: new Map(),
				variants: new Set<string>(),
			};
			clusters.push(cluster);
			join(cluster, entry, name);
		}
	}
	// Bare surnames join the one full name with that surname, or the one whose title they share.
	for (const name of names) {
		const entry = seen.get(name)!;
		if (clusterOf.has(name)) continue;
		const surname = keyWords(entry.name).at(-1);
		const candidates =
			entry.kind === 'description'
				? []
				: clusters.filter(
						(c) =>
							c.kind === entry.kind &&
							[...c.names.keys()].some((n) => keyWords(n).at(-1) === surname),
					);
		let target = candidates.length === 1 ? candidates[0] : undefined;
		if (candidates.length > 1) {
			const titles = titlesOf(entry.variants);
			const sharing = candidates.filter((c) =>
				[...titlesOf(c.variants)].some((t) => titles.has(t)),
			);
			if (sharing.length === 1) target = sharing[0];
		}
		if (target) join(target, entry, name);
		else {
			const cluster = {
				kind: entry.kind,
				articles: new Set<string>(),
				names: new Map(),
				variants: new Set<string>(),
			};
			clusters.push(cluster);
			join(cluster, entry, name);
		}
	}
	// The canonical name: the full name quoted most, then the longest, then alphabetical.
	const canonical = new Map<Cluster, string>();
	for (const c of clusters) {
		const ranked = [...c.names].sort(
			([a, x], [b, y]) =>
				Math.min(keyWords(b).length, 2) - Math.min(keyWords(a).length, 2) ||
				y - x ||
				b.length - a.length ||
				a.localeCompare(b),
		);
		canonical.set(c, ranked[0]![0]);
	}
	const renamed = quotes.map((q) => {
		const c = q.speaker ? clusterOf.get(keyOf(q)) : undefined;
		return c ? { ...q, speaker: canonical.get(c)! } : { ...q };
	});
	const speakers = clusters
		.map((c) => ({ name: canonical.get(c)!, kind: c.kind, variants: [...c.variants].sort() }))
		.sort((a, b) => a.name.localeCompare(b.name));
	return { quotes: renamed, speakers };
}
