/**
 * Who a speaker phrase names ("South Sudan President Salva Kiir", "Heydar Alishbandi, Governor
 * of Qeshm island", "Iran's official news agency IRNA", "a defence spokesperson"): a person, an
 * organisation, or only a description. Capitalised runs are the candidates; the compromise
 * tagger says which are places or organisations, and the lexicon's titles, organisation and
 * place heads settle what it does not know (most non-Western names are unknown to it).
 */
import nlp from 'compromise';
import {
	NAME_PARTICLES,
	ORGANISATION_HEADS,
	PLACE_HEADS,
	SPEAKER_PRONOUNS,
	TITLES,
} from '../text/lexicon.ts';

/** What a speaker phrase names. */
export interface SpeakerReading {
	/** The name without titles ("Salva Kiir"), or the description as written ("a defence spokesperson"). */
	name: string;
	kind: 'person' | 'organisation' | 'description' | 'pronoun';
	/** Role words the phrase gives the speaker ("president", "governor", "agency"), lowercase. */
	roles: string[];
}

interface Word {
	text: string;
	/** Lowercase, without a final dot or possessive. */
	bare: string;
	start: number;
	capital: boolean;
	possessive: boolean;
	/** A comma, semicolon, colon or bracket follows the word. */
	breakAfter: boolean;
	place: boolean;
	organisation: boolean;
	person: boolean;
	/** The tagger reads the word as a verb, determiner, pronoun or other function word. */
	common: boolean;
	/** The tagger reads the word as a verb. */
	verb: boolean;
	/** The tagger reads the word as a noun (and not a pronoun). */
	noun: boolean;
	/** The tagger reads the word as a day or month ("Wednesday"): never part of a name. */
	date: boolean;
	/** The word opens the phrase or a sentence in it. */
	sentenceStart: boolean;
	/** The word is an article ("the", "a"). */
	determiner: boolean;
	/** The tagger reads the word as a plural noun ("Firemen", but also "Isaacs"). */
	plural: boolean;
	/** The tagger reads the word as a proper noun, a person's name or an acronym. */
	proper: boolean;
	/** The tagger reads the word as a people's name ("Greeks"): a group, never one speaker. */
	demonym: boolean;
}

/** Words after which a capitalised run is a place or owner, not a speaker ("in Tehran", "of Qeshm"). */
const PLACE_PREPOSITIONS = new Set([
	'in',
	'at',
	'from',
	'near',
	'of',
	'for',
	'to',
	'on',
	'outside',
]);
const DETERMINERS = new Set([
	'the',
	'a',
	'an',
	'one',
	'another',
	'our',
	'his',
	'her',
	'their',
	'its',
]);
const ACRONYM = /^(?:\p{Lu}\.?){2,}$/u;
const CAPITAL = /^\p{Lu}/u;
const COMMON_TAGS =
	/^(?:Verb|Determiner|Pronoun|Preposition|Conjunction|Adverb|Adjective|QuestionWord)$/;

/**
 * Most phrases the tagger is asked about recur (the same attribution after every quotation of a
 * wire story), and tagging costs about 2 ms a phrase: tags are kept per phrase text. Bounded so
 * that a huge article cannot grow it without limit; the result does not depend on the cache.
 */
const TAG_CACHE_LIMIT = 10_000;
const tagCache = new Map<string, ReadonlyMap<number, ReadonlySet<string>>>();

/**
 * The tagger slows down far faster than linearly on one very long run of text (25,000 words in
 * one quotation took 10 s), so longer text is tagged in pieces cut at a sentence end, or at a
 * space when one sentence is longer still. 2,000 characters is almost four times the longest
 * sentence (541) in the seeds and the development corpus, so ordinary text is tagged whole.
 */
const TAG_PIECE_CHARS = 2_000;

/** The text cut into pieces of at most TAG_PIECE_CHARS, each with its offset. */
function tagPieces(text: string): { start: number; text: string }[] {
	const pieces: { start: number; text: string }[] = [];
	let start = 0;
	while (text.length - start > TAG_PIECE_CHARS) {
		const window = text.slice(start, start + TAG_PIECE_CHARS);
		let cut = 0;
		for (const m of window.matchAll(/[.!?]["'”’)\]]*\s+/g)) cut = m.index + m[0].length;
		// Else after the last space of any kind (a tab or line break too).
		if (cut === 0) cut = window.search(/\s\S*$/) + 1;
		if (cut === 0) cut = TAG_PIECE_CHARS;
		pieces.push({ start, text: window.slice(0, cut) });
		start += cut;
	}
	pieces.push({ start, text: text.slice(start) });
	return pieces;
}

/** The tagger's tags for each word of a phrase, by the word's offset. */
function tagsOf(phrase: string): ReadonlyMap<number, ReadonlySet<string>> {
	const cached = tagCache.get(phrase);
	if (cached) return cached;
	const tags = new Map<number, Set<string>>();
	for (const piece of tagPieces(phrase))
		for (const sentence of nlp(piece.text).json({ offset: true }) as {
			terms: { offset: { start: number }; tags: string[] }[];
		}[])
			for (const term of sentence.terms)
				tags.set(piece.start + term.offset.start, new Set(term.tags));
	if (tagCache.size >= TAG_CACHE_LIMIT) tagCache.clear();
	tagCache.set(phrase, tags);
	return tags;
}

/** The phrase's words with the tagger's view of each. */
function tagWords(phrase: string): Word[] {
	const tags = tagsOf(phrase);
	const words: Word[] = [];
	// Tokenised copy spaces hyphens out: "Strauss - Kahn" is one word.
	for (const m of phrase.matchAll(
		/[\p{L}\p{N}][\p{L}\p{N}'’.-]*(?: - \p{L}[\p{L}\p{N}'’.-]*)*/gu,
	)) {
		const text = m[0].replace(/ - /g, '-');
		const t = tags.get(m.index) ?? new Set<string>();
		const possessive = /['’]s?$/.test(text) && !/^\p{Lu}'/u.test(text);
		const bare = text
			.replace(/['’]s?$/, '')
			.replace(/[.]$/, '')
			.toLowerCase();
		const after = phrase.slice(m.index + m[0].length).match(/^\s*([,;:()])/);
		words.push({
			text: text.replace(/['’]s?$/, '').replace(/(?<!\b\p{Lu})[.]$/u, ''),
			bare,
			start: m.index,
			// "al-Hilu" is capitalised after its particle.
			capital:
				CAPITAL.test(text) ||
				(NAME_PARTICLES.has(bare.split('-')[0]!) && /^\p{Ll}+-\p{Lu}/u.test(text)),
			possessive,
			breakAfter: after !== null,
			place: t.has('Place') || t.has('Country') || t.has('City') || t.has('Region'),
			organisation: t.has('Organization'),
			person: t.has('Person') || t.has('FirstName') || t.has('LastName'),
			common: [...t].some((x) => COMMON_TAGS.test(x)) && !t.has('ProperNoun'),
			verb: t.has('Verb') && !t.has('ProperNoun'),
			noun: t.has('Noun') && !t.has('Pronoun') && !t.has('Verb'),
			determiner: (t.has('Determiner') || DETERMINERS.has(bare)) && !/^\p{Lu}\.$/u.test(m[0]),
			plural: t.has('Plural'),
			demonym: t.has('Demonym'),
			proper: t.has('ProperNoun') || t.has('Person') || t.has('Acronym'),
			date: t.has('Date') || t.has('WeekDay') || t.has('Month'),
			sentenceStart: /(?:^|[.!?]["”’]?)\s*$/.test(phrase.slice(0, m.index)),
		});
	}
	return words;
}

/** A run of capitalised words (a name candidate) with what surrounds it. */
interface Run {
	words: Word[];
	/** The word before the run, lowercase, or ''. */
	before: string;
	/** Index in the phrase's words of the first word. */
	at: number;
}

/** Runs of capitalised words; commas, possessives and lowercase words (except particles) end them. */
function capitalisedRuns(words: readonly Word[]): Run[] {
	const runs: Run[] = [];
	let run: Word[] = [];
	let at = 0;
	const flush = () => {
		// Particles belong inside a name, never at its end.
		while (run.length > 0 && !run.at(-1)!.capital) run.pop();
		// After an owner ("of Samaritan's Purse") the run keeps the word before the owner.
		const owner = runs.at(-1);
		let k = at - 1;
		// "for the Prime Minister's Office": the word before the article counts.
		while (k > 0 && words[k]!.determiner) k--;
		const before =
			owner && owner.at + owner.words.length === at && owner.words.at(-1)!.possessive
				? owner.before
				: (words[k]?.bare ?? '');
		if (run.length > 0) runs.push({ words: run, before, at });
		run = [];
	};
	words.forEach((w, i) => {
		const particle = !w.capital && NAME_PARTICLES.has(w.bare.split('-')[0]!) && run.length > 0;
		// "But", "As" opening a sentence are capitalised function words.
		const opener = w.sentenceStart && w.common && !w.noun;
		if ((w.capital && !w.determiner && !opener && !w.date) || particle) {
			if (run.length === 0) at = i;
			run.push(w);
			if (w.breakAfter || w.possessive) flush();
		} else flush();
	});
	flush();
	return runs;
}

/** Splits a run at its last title: ("Greek Prime Minister", "George Papandreou"). */
function splitTitles(run: readonly Word[]): { titles: Word[]; name: Word[] } {
	let cut = -1;
	run.forEach((w, i) => {
		if (TITLES.has(w.bare) && i < run.length - 1 + (cut === i - 1 ? 1 : 0)) cut = i;
	});
	// A run made only of titles ("Prime Minister") names no one.
	if (run.every((w) => TITLES.has(w.bare))) return { titles: [...run], name: [] };
	return { titles: run.slice(0, cut + 1), name: run.slice(cut + 1) };
}

/** Whether the words name an organisation: a known one, an acronym, or ending in an organisation noun. */
function isOrganisation(name: readonly Word[]): boolean {
	const last = name.at(-1)!;
	return (
		ORGANISATION_HEADS.has(last.bare) ||
		(name.length === 1 && ACRONYM.test(last.text.replace(/\s/g, ''))) ||
		(name.some((w) => w.organisation) && !name.some((w) => w.person))
	);
}

/** A person or organisation named in a text, where, and with which role words around it. */
export interface NameMention {
	name: string;
	kind: 'person' | 'organisation';
	/** Offset of the name's first word in the text read. */
	start: number;
	end: number;
	/** Titles in or before the name, and the role of an apposition after it ("Taban Deng, the governor"). */
	roles: string[];
	/** How strongly the run reads as a speaker's name (titles, person tags, length); for choosing among several. */
	score: number;
}

/** Words after which an apposition gives a role: ", the governor of …", ", a spokesman for …". */
const APPOSITION_LEAD = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their']);

/** The people and organisations a text names, in order, with places and owners left out. */
function mentionsIn(
	words: readonly Word[],
	known: ReadonlySet<string>,
	slot = false,
): NameMention[] {
	const mentions: NameMention[] = [];
	for (const run of capitalisedRuns(words)) {
		const { titles, name } = splitTitles(run.words);
		if (name.length === 0) continue;
		const end = run.at + run.words.length;
		const next = words[end];
		// A place: after "in"/"of" ("one woman in Qeshm"), before or ending in a place noun, or tagged so.
		if (PLACE_PREPOSITIONS.has(run.before) && titles.length === 0) continue;
		// "South Sudan's capital, Juba": a place in apposition to a place noun.
		if (PLACE_HEADS.has(run.before) && titles.length === 0) continue;
		if (next && PLACE_HEADS.has(next.bare) && !next.capital) continue;
		if (PLACE_HEADS.has(name.at(-1)!.bare)) continue;
		// A capitalised word before a common noun qualifies it: "A Foreign Office spokeswoman", "British climber".
		if (
			next &&
			!next.capital &&
			(next.noun || ORGANISATION_HEADS.has(next.bare) || TITLES.has(next.bare)) &&
			!run.words.at(-1)!.breakAfter &&
			!NAME_PARTICLES.has(next.bare)
		)
			continue;
		// "Iran's official news agency": an owner, not the speaker.
		if (name.at(-1)!.possessive && next !== undefined) continue;
		// A capitalised common word opening the sentence ("State news agency", "He") is no name.
		// A word capitalised only because it opens a sentence ("Firemen had to", "State news agency") is
		// a name only if the text capitalises it elsewhere too ("Isaacs questioned" after "Ken Isaacs").
		const only = name.length === 1 ? name[0]! : null;
		if (
			only?.sentenceStart &&
			!known.has(only.text.split('-')[0]!) &&
			// Alone in a speaker's slot ("Papandreou said"), a word the tagger does not know is a name.
			(only.common || only.plural || (!only.proper && !slot))
		)
			continue;
		// A people ("Greeks"), a plural acronym ("MPs"), and a run ending in a title ("U. S. Ambassador") name no one.
		if (only && (only.demonym || /^\p{Lu}{2,}s$/u.test(only.text))) continue;
		if (TITLES.has(name.at(-1)!.bare)) continue;
		const lead = words[run.at - 1];
		// "Centre-left daily Eleftherotypia", "news agency IRNA": an organisation noun before the name.
		const organisation =
			isOrganisation(name) ||
			(titles.length === 0 &&
				!!lead &&
				!lead.capital &&
				!lead.breakAfter &&
				ORGANISATION_HEADS.has(lead.bare));
		const place =
			!organisation && name.every((w) => w.place || !w.capital) && !name.some((w) => w.person);
		if (place) continue;
		const roles = titles.filter((w) => TITLES.has(w.bare)).map((w) => w.bare);
		if (lead && (TITLES.has(lead.bare) || ORGANISATION_HEADS.has(lead.bare))) roles.push(lead.bare);
		// An apposition right after the name: ", the governor of Unity state".
		if (run.words.at(-1)!.breakAfter) {
			const apposition = words.slice(end, end + 5);
			const k = apposition.findIndex((w) => TITLES.has(w.bare) || ORGANISATION_HEADS.has(w.bare));
			if (
				k !== -1 &&
				(k === 0 || APPOSITION_LEAD.has(apposition[0]!.bare) || !apposition[0]!.capital)
			)
				roles.push(apposition[k]!.bare);
		}
		const titled = titles.length > 0 || TITLES.has(run.before);
		const first = name[0]!;
		const last = name.at(-1)!;
		mentions.push({
			name: name.map((w) => w.text).join(' '),
			kind: organisation ? 'organisation' : 'person',
			start: first.start,
			end: last.start + last.text.length,
			roles,
			score:
				(organisation ? 0 : 4) +
				(name.some((w) => w.person) ? 2 : 0) +
				(titled ? 2 : 0) +
				(name.length >= 2 ? 1 : 0) -
				(name.some((w) => w.place) ? 3 : 0),
		});
	}
	return mentions;
}

/**
 * The people and organisations a text names, in order (places and owners left out). `known`
 * holds words the wider text capitalises mid-sentence, which makes them names at a sentence start.
 */
export function namesIn(text: string, known: ReadonlySet<string> = new Set()): NameMention[] {
	return mentionsIn(tagWords(text), known);
}

/** Reads who a speaker phrase names, or null when it names no one and describes no one. */
export function readSpeaker(
	phrase: string,
	known: ReadonlySet<string> = new Set(),
): SpeakerReading | null {
	const text = phrase.replace(/(\p{L}) - (\p{L})/gu, '$1-$2').trim();
	const words = tagWords(text);
	if (words.length === 0) return null;
	// "he", "He later": a pronoun with at most adverbs beside it.
	if (SPEAKER_PRONOUNS.has(words[0]!.bare) && words.slice(1).every((w) => !w.capital && w.common))
		return { name: words[0]!.text, kind: 'pronoun', roles: [] };
	const best = mentionsIn(words, known, words.length === 1).reduce<NameMention | null>(
		(b, m) => (!b || m.score > b.score ? m : b),
		null,
	);
	if (best) return { name: best.name, kind: best.kind, roles: best.roles };
	// No name: a description ("a defence spokesperson", "the governor", "police"), cut before its verb.
	const verbAt = words.findIndex((w, i) => i > 0 && w.verb && !TITLES.has(w.bare));
	const kept = verbAt === -1 ? words : words.slice(0, verbAt);
	const roles = kept
		.filter((w) => TITLES.has(w.bare) || ORGANISATION_HEADS.has(w.bare))
		.map((w) => w.bare);
	const first = kept[0]!;
	if (DETERMINERS.has(first.bare) || roles.length > 0) {
		const end = verbAt === -1 ? text.length : words[verbAt]!.start;
		const name = text.slice(0, end).replace(/[\s,;:]+$/, '');
		// "police said", "Greek police said": the organisation itself speaks.
		if (
			!DETERMINERS.has(first.bare) &&
			kept.length <= 2 &&
			ORGANISATION_HEADS.has(kept.at(-1)!.bare)
		)
			return { name: name.charAt(0).toUpperCase() + name.slice(1), kind: 'organisation', roles };
		return { name, kind: 'description', roles };
	}
	return null;
}
