/**
 * One person, one row: the names under which outlets quote the same speaker ("Dave Gaskin",
 * "Inspector Gaskin", "Mr Gaskin") become one canonical name with its variants listed. Names
 * merge when they share a surname and, for full names, a first name; a bare surname or title
 * plus surname joins the one full name with that surname, or, when several people share the
 * surname, the one whose title it repeats; otherwise it stays apart. Descriptions are never
 * merged into a named person here (the extractor already resolved those it could).
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

/** Title words in a speaker phrase ("Consul General Han Tao" → consul, general). */
function titlesOf(texts: Iterable<string>): Set<string> {
	const titles = new Set<string>();
	for (const text of texts)
		for (const w of keyWords(text)) if (TITLES.has(w) && !PLAIN_TITLES.has(w)) titles.add(w);
	return titles;
}

interface Cluster {
	kind: SpeakerKind;
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
			names: new Map([[q.speaker, 0]]),
			variants: new Set<string>(),
		};
		entry.names.set(q.speaker, entry.names.get(q.speaker)! + 1);
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
		clusterOf.set(name, into);
	};
	// Full names first: the same surname and first name (or the same words) are one person.
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
			return [...c.names.keys()].some((n) => {
				const other = keyWords(n);
				return (
					other.length >= 2 &&
					!NAME_PARTICLES.has(other[0]!) &&
					other.at(-1) === words.at(-1) &&
					other[0] === words[0]
				);
			});
		});
		if (match) join(match, entry, name);
		else {
			const cluster = { kind: entry.kind, names: new Map(), variants: new Set<string>() };
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
			const cluster = { kind: entry.kind, names: new Map(), variants: new Set<string>() };
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
