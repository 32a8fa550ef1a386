/**
 * A synthetic news story whose provenance is known by construction, to measure the alignment
 * engine at sizes no real story reaches.
 *
 * Wire stories ("source documents") are written from a small English grammar over a ranked
 * vocabulary sampled with a Zipf law, so common words are common and rare words rare. Each
 * article carries sentences of one or two wire stories, copied, lightly edited or heavily
 * reworded, mixes in filler sentences of its own, and reorders some paragraphs. Every article
 * sentence remembers the wire sentence it came from, which is the truth the benchmark scores.
 */
import { segmentSentences } from '../../src/ingest/segment-sentences.ts';
import { STOP_WORDS } from '../../src/text/lexicon.ts';

/** How an article sentence was derived from its wire sentence. */
export type EditKind = 'copied' | 'light' | 'heavy';

/** An article as the engine takes it. */
export interface GeneratedArticle {
	id: string;
	text: string;
	sentences: { start: number; end: number }[];
}

/** Where one article sentence came from: a wire sentence id and the edit, or null for filler. */
export interface SentenceTruth {
	source: string | null;
	kind: EditKind | null;
}

/** A generated story and, per article id, the truth of each sentence (by sentence index). */
export interface GeneratedStory {
	articles: GeneratedArticle[];
	truth: Map<string, SentenceTruth[]>;
	/** Number of wire stories the articles drew on. */
	sourceDocuments: number;
}

/** Options of generateStory. */
export interface StoryOptions {
	articles: number;
	wordsPerArticle?: number;
	seed?: number;
}

// ---------------------------------------------------------------------------------------------
// Randomness

/** Small seeded PRNG (mulberry32): the same seed gives the same story on every machine. */
export function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

interface Rng {
	next: () => number;
	int: (n: number) => number;
	chance: (p: number) => boolean;
	pick: <T>(items: readonly T[]) => T;
	range: (lo: number, hi: number) => number;
}

function makeRng(seed: number): Rng {
	const next = mulberry32(seed);
	const int = (n: number) => Math.floor(next() * n);
	return {
		next,
		int,
		chance: (p) => next() < p,
		pick: <T>(items: readonly T[]) => items[int(items.length)]!,
		range: (lo, hi) => lo + int(hi - lo + 1),
	};
}

/** Samples ranks 0..n-1 with Zipf-Mandelbrot weights 1/(r+q)^s. */
function zipfSampler(n: number, s = 1.05, q = 2.7): (rng: Rng) => number {
	const cumulative = new Float64Array(n);
	let total = 0;
	for (let r = 0; r < n; r++) {
		total += 1 / Math.pow(r + q, s);
		cumulative[r] = total;
	}
	return (rng) => {
		const x = rng.next() * total;
		let lo = 0;
		let hi = n - 1;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (cumulative[mid]! < x) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	};
}

// ---------------------------------------------------------------------------------------------
// Vocabulary: real common news words at the top ranks, generated rarer words below them.

const COMMON_NOUNS = `government minister police people year country week officials report party election city
	company court president investigation security statement members caucus allegations public family
	workers community province region office decision plan campaign committee leader policy budget money
	health school hospital case evidence trial judge lawyer agency department council mayor premier
	province economy market prices housing crisis war military army border trade deal talks meeting
	vote bill law rules program defense center labor organization support pressure concerns questions
	response interview attack fire storm flood water power energy climate project contract funding
	industry business bank tax inflation rate jobs growth children women students teachers doctors
	patients residents voters critics experts analysts sources documents records data review inquiry
	hearing testimony charges arrest suspect victim witness incident accident crash building road bridge
	airport station network system service officer spokesperson director chief board team season game
	match player coach fans stadium film music festival museum church village island coast river valley
	highway district neighborhood agreement proposal strategy reform vaccine virus outbreak emergency
	shortage demand supply network embassy diplomat ambassador consulate summit treaty sanctions`;
const COMMON_VERBS = `announced reported confirmed denied warned added called asked released claimed revealed
	rejected approved launched signed introduced accused arrested charged found received expected planned
	decided agreed refused promised argued noted stressed insisted suggested described criticized welcomed
	supported opposed blocked delayed canceled traveled benefited organized recognized questioned
	reviewed discussed investigated ordered urged demanded offered raised cut increased reduced
	closed opened reached met joined left returned resigned appointed elected defeated won lost
	attended hosted visited crossed struck damaged destroyed rescued evacuated injured killed`;
const COMMON_ADJS = `former national federal senior new local public private political foreign international
	independent official major key recent previous initial final early late serious significant
	critical strong weak large small high low significant legal illegal financial economic military
	regional provincial municipal annual historic unprecedented controversial unnamed anonymous
	confidential preliminary temporary permanent additional interim acting deputy`;
const PLURAL_NOUNS = `people residents workers officers jobs dollars votes homes patients students members
	cases days years months kilometers families children voters employees passengers troops seats`;
const FIRST_NAMES = `Michael Sarah David Maria James Anna John Linda Robert Emily Daniel Laura Peter Grace
	Thomas Helen Mark Julie Paul Karen Han Wei Priya Omar Fatima Ahmed Chen Lucia Pierre Sofia`;
const LAST_NAMES = `Dong Kovrig Spavor Trudeau Smith Brown Tremblay Martin Roy Wilson Taylor Lee Wong
	Singh Patel Gagnon Campbell Anderson Clark Scott Young King Wright Hill Green Adams Baker Nelson`;
const PLACES = `Ottawa Toronto Montreal Vancouver Beijing London Washington Calgary Edmonton Winnipeg
	Halifax Quebec Ontario Alberta Canada China Britain Paris Berlin Tokyo Mexico Brussels Geneva`;
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = [
	'January',
	'February',
	'April',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

/** Spellings that differ between British/Canadian and American English, American first. */
const VARIANTS: readonly [string, string][] = [
	['benefited', 'benefitted'],
	['benefiting', 'benefitting'],
	['traveled', 'travelled'],
	['canceled', 'cancelled'],
	['defense', 'defence'],
	['center', 'centre'],
	['labor', 'labour'],
	['organized', 'organised'],
	['recognized', 'recognised'],
	['criticized', 'criticised'],
	['program', 'programme'],
	['neighborhood', 'neighbourhood'],
	['kilometers', 'kilometres'],
	['organization', 'organisation'],
];
const VARIANT_OF = new Map<string, string>(
	VARIANTS.flatMap(([us, uk]) => [
		[us, uk],
		[uk, us],
	]),
);

/** Hand-picked synonyms of common words, so rewording reads like rewording. */
const SYNONYMS: Record<string, string[]> = {
	announced: ['unveiled', 'declared'],
	reported: ['disclosed', 'revealed'],
	confirmed: ['verified', 'acknowledged'],
	denied: ['rejected', 'disputed'],
	warned: ['cautioned', 'alerted'],
	claimed: ['alleged', 'asserted'],
	government: ['administration', 'cabinet'],
	minister: ['secretary', 'official'],
	police: ['investigators', 'officers'],
	people: ['individuals', 'residents'],
	country: ['nation', 'state'],
	report: ['study', 'assessment'],
	city: ['municipality', 'town'],
	company: ['firm', 'business'],
	investigation: ['probe', 'inquiry'],
	statement: ['declaration', 'release'],
	allegations: ['accusations', 'claims'],
	plan: ['proposal', 'scheme'],
	former: ['previous', 'onetime'],
	senior: ['high-ranking', 'top'],
	new: ['fresh', 'latest'],
	major: ['big', 'significant'],
	serious: ['grave', 'severe'],
	large: ['big', 'sizable'],
	decision: ['ruling', 'choice'],
	meeting: ['gathering', 'session'],
	talks: ['negotiations', 'discussions'],
	killed: ['slain', 'dead'],
	injured: ['hurt', 'wounded'],
	increased: ['raised', 'boosted'],
	resigned: ['quit', 'stepped-down'],
	criticized: ['condemned', 'slammed'],
	supported: ['backed', 'endorsed'],
	questions: ['queries', 'doubts'],
	concerns: ['worries', 'fears'],
	critics: ['opponents', 'detractors'],
};

const SYLLABLE_ONSETS = [
	'b',
	'br',
	'c',
	'd',
	'f',
	'g',
	'gr',
	'h',
	'j',
	'k',
	'l',
	'm',
	'n',
	'p',
	'pr',
	'r',
	's',
	'st',
	't',
	'tr',
	'v',
	'w',
];
const SYLLABLE_VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'o', 'ea', 'ou'];
const SYLLABLE_CODAS = ['', '', '', 'n', 'r', 'l', 's', 't', 'm', 'nd', 'st'];
const NOUN_SUFFIXES = ['', '', 'tion', 'ment', 'ity', 'ence', 'ism', 'er', 'ance', 'ship', 'ure'];
const ADJ_SUFFIXES = ['al', 'ive', 'ous', 'ic', 'ary', 'ible', 'ful'];
const VERB_SUFFIXES = ['ed', 'ated', 'ified', 'ened'];
const NAME_SUFFIXES = ['', 'son', 'ez', 'ova', 'ski', 'er', 'i', 'an', 'berg', 'ton'];

/** Words the sentence segmenter treats as abbreviations: never generated, so every '.' ends a sentence. */
const RESERVED = new Set(
	`mr mrs ms mx dr prof st sr jr gen gov sen rep lt col capt cpt sgt cpl maj adm cmdr hon rev
	fr messrs mt ft no nos vs v cf approx dept est fig vol pp jan feb mar apr jun jul aug sep sept oct nov dec inc ltd
	co corp bros etc ont que alta sask man nfld calif mass wash fla ariz colo conn ill mich minn penn tenn tex va wis`.split(
		/\s+/,
	),
);

type WordClass = 'fn' | 'noun' | 'verb' | 'adj' | 'name' | 'place' | 'number';

interface Lexicon {
	nouns: string[];
	verbs: string[];
	adjs: string[];
	plurals: string[];
	first: string[];
	last: string[];
	places: string[];
	sample: {
		nouns: (r: Rng) => number;
		verbs: (r: Rng) => number;
		adjs: (r: Rng) => number;
		first: (r: Rng) => number;
		last: (r: Rng) => number;
		places: (r: Rng) => number;
	};
	/** Rank of each common or generated content word in its class list. */
	rank: Map<string, { cls: 'noun' | 'verb' | 'adj'; rank: number }>;
}

function words(list: string): string[] {
	return list.split(/\s+/).filter(Boolean);
}

/** Builds the ranked vocabulary; sizes follow what a few million words of news hold. */
function buildLexicon(rng: Rng): Lexicon {
	const taken = new Set<string>([...STOP_WORDS, ...RESERVED]);
	const unique = (list: string[]) => {
		const out: string[] = [];
		for (const w of list) {
			const key = w.toLowerCase();
			if (taken.has(key)) continue;
			taken.add(key);
			out.push(w);
		}
		return out;
	};
	for (const [, uk] of VARIANTS) taken.add(uk);
	for (const alternatives of Object.values(SYNONYMS)) for (const s of alternatives) taken.add(s);
	const stem = (syllables: number) => {
		let s = '';
		for (let k = 0; k < syllables; k++)
			s += rng.pick(SYLLABLE_ONSETS) + rng.pick(SYLLABLE_VOWELS) + rng.pick(SYLLABLE_CODAS);
		return s;
	};
	const generate = (count: number, make: () => string) => {
		const out: string[] = [];
		while (out.length < count) {
			const w = make();
			if (w.length < 4 || taken.has(w.toLowerCase())) continue;
			taken.add(w.toLowerCase());
			out.push(w);
		}
		return out;
	};
	const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
	const nouns = [
		...unique(words(COMMON_NOUNS)),
		...generate(14000, () => stem(rng.range(1, 2)) + rng.pick(NOUN_SUFFIXES)),
	];
	const verbs = [
		...unique(words(COMMON_VERBS)),
		...generate(4000, () => stem(rng.range(1, 2)) + rng.pick(VERB_SUFFIXES)),
	];
	const adjs = [
		...unique(words(COMMON_ADJS)),
		...generate(5000, () => stem(rng.range(1, 2)) + rng.pick(ADJ_SUFFIXES)),
	];
	const plurals = unique(words(PLURAL_NOUNS));
	const first = [
		...unique(words(FIRST_NAMES)),
		...generate(1500, () => cap(stem(rng.range(1, 2))) + rng.pick(['', 'a', 'o', 'el'])),
	];
	const last = [
		...unique(words(LAST_NAMES)),
		...generate(5000, () => cap(stem(rng.range(1, 2)) + rng.pick(NAME_SUFFIXES))),
	];
	const places = [
		...unique(words(PLACES)),
		...generate(
			2500,
			() => cap(stem(rng.range(1, 2))) + rng.pick(['', 'ville', 'burg', 'ford', 'ia', 'ton']),
		),
	];
	const rank = new Map<string, { cls: 'noun' | 'verb' | 'adj'; rank: number }>();
	nouns.forEach((w, r) => rank.set(w, { cls: 'noun', rank: r }));
	verbs.forEach((w, r) => rank.set(w, { cls: 'verb', rank: r }));
	adjs.forEach((w, r) => rank.set(w, { cls: 'adj', rank: r }));
	return {
		nouns,
		verbs,
		adjs,
		plurals,
		first,
		last,
		places,
		sample: {
			nouns: zipfSampler(nouns.length),
			verbs: zipfSampler(verbs.length),
			adjs: zipfSampler(adjs.length),
			first: zipfSampler(first.length, 1.1, 1),
			last: zipfSampler(last.length, 1.1, 1),
			places: zipfSampler(places.length, 1.1, 1),
		},
		rank,
	};
}

// ---------------------------------------------------------------------------------------------
// Sentences as structures, so edits can substitute words and move clauses.

interface Word {
	text: string;
	cls: WordClass;
	/** An opening quotation mark before the word. */
	open?: boolean;
	/** A closing quotation mark after the word (after any comma). */
	close?: boolean;
	/** A comma right after the word, inside a part. */
	comma?: boolean;
}

interface Part {
	words: Word[];
	/** A comma separates this part from the one before. */
	leadComma: boolean;
	/** The part is a quotation: quotation marks around it. */
	quoted: boolean;
	/** A prepositional phrase or subordinate clause that an editor may move to the front. */
	movable: boolean;
}

interface Sentence {
	parts: Part[];
	curlyQuotes: boolean;
}

/** What a sentence is about: the names, places and nouns of its wire story. */
interface Cast {
	people: Word[][];
	places: string[];
	nouns: string[];
	british: boolean;
}

const DETERMINERS = ['the', 'the', 'the', 'the', 'a', 'its', 'their', 'this', 'his', 'her', 'that'];
const PREPOSITIONS = [
	'in',
	'in',
	'of',
	'for',
	'on',
	'with',
	'at',
	'by',
	'from',
	'after',
	'over',
	'about',
	'into',
	'under',
	'against',
	'during',
	'before',
	'between',
	'through',
];
const CONJUNCTIONS = [
	'and',
	'but',
	'while',
	'as',
	'because',
	'although',
	'after',
	'before',
	'when',
	'since',
	'until',
];
const AUXILIARIES = [
	['was'],
	['is'],
	['had', 'been'],
	['would', 'be'],
	['has', 'been'],
	['were'],
	['will', 'be'],
];
const ADVERBS = ['also', 'now', 'still', 'reportedly', 'already', 'later', 'again'];
const ATTRIBUTION = ['said', 'said', 'said', 'told', 'added', 'wrote'];

const fn = (text: string): Word => ({ text, cls: 'fn' });

class Writer {
	readonly lex: Lexicon;
	readonly rng: Rng;

	constructor(lex: Lexicon, rng: Rng) {
		this.lex = lex;
		this.rng = rng;
	}

	/** A content word of one class, from the cast with probability `castShare`. */
	noun(cast: Cast | null, castShare = 0.3): Word {
		const text =
			cast && this.rng.chance(castShare)
				? this.rng.pick(cast.nouns)
				: this.lex.nouns[this.lex.sample.nouns(this.rng)]!;
		return { text: this.spell(text, cast), cls: 'noun' };
	}

	verb(cast: Cast | null): Word {
		return {
			text: this.spell(this.lex.verbs[this.lex.sample.verbs(this.rng)]!, cast),
			cls: 'verb',
		};
	}

	adj(): Word {
		return { text: this.lex.adjs[this.lex.sample.adjs(this.rng)]!, cls: 'adj' };
	}

	/** British or American spelling, as the wire story writes it. */
	spell(text: string, cast: Cast | null): string {
		const other = VARIANT_OF.get(text);
		if (!other || !cast) return text;
		const british = VARIANTS.some(([, uk]) => uk === text);
		return british === cast.british ? text : other;
	}

	person(cast: Cast | null): Word[] {
		if (cast && this.rng.chance(0.6)) return this.rng.pick(cast.people).map((w) => ({ ...w }));
		return this.freshPerson();
	}

	freshPerson(): Word[] {
		const last: Word = { text: this.lex.last[this.lex.sample.last(this.rng)]!, cls: 'name' };
		if (this.rng.chance(0.3)) return [last];
		return [{ text: this.lex.first[this.lex.sample.first(this.rng)]!, cls: 'name' }, last];
	}

	place(cast: Cast | null): Word {
		const text =
			cast && this.rng.chance(0.5)
				? this.rng.pick(cast.places)
				: this.lex.places[this.lex.sample.places(this.rng)]!;
		return { text, cls: 'place' };
	}

	number(): Word {
		const r = this.rng.next();
		let text: string;
		if (r < 0.3) text = String(this.rng.range(2, 99));
		else if (r < 0.55)
			text = `${this.rng.range(1, 99)},${String(this.rng.int(1000)).padStart(3, '0')}`;
		else if (r < 0.75) text = String(this.rng.range(1990, 2024));
		else text = `${this.rng.range(1, 20)}.${this.rng.range(1, 9)}`;
		return { text, cls: 'number' };
	}

	nounPhrase(cast: Cast | null, depth: number): Word[] {
		const r = this.rng.next();
		if (r < 0.2) return this.person(cast);
		if (r < 0.3) return [this.place(cast)];
		if (r < 0.38) {
			const count = [
				this.number(),
				{ text: this.rng.pick(this.lex.plurals), cls: 'noun' as const },
			];
			count[1]!.text = this.spell(count[1]!.text, cast);
			return count;
		}
		const words: Word[] = [];
		const adjective = this.rng.chance(0.4) ? this.adj() : null;
		let det = this.rng.pick(DETERMINERS);
		if (det === 'a' && /^[aeiou]/.test(adjective?.text ?? 'x')) det = 'an';
		words.push(fn(det));
		if (adjective) words.push(adjective);
		const noun = this.noun(cast);
		if (det === 'a' && !adjective && /^[aeiou]/.test(noun.text)) words[0] = fn('an');
		words.push(noun);
		if (depth < 1 && this.rng.chance(0.25))
			words.push(fn('of'), ...this.nounPhrase(cast, depth + 1));
		return words;
	}

	verbPhrase(cast: Cast | null, depth: number): Word[] {
		const r = this.rng.next();
		if (r < 0.4) return [this.verb(cast), ...this.nounPhrase(cast, depth)];
		if (r < 0.55 && depth < 1)
			return [this.verb(cast), fn('that'), ...this.clause(cast, depth + 1)];
		if (r < 0.7) return [...this.rng.pick(AUXILIARIES).map(fn), this.adj()];
		if (r < 0.88)
			return [fn(this.rng.pick(['has', 'had'])), this.verb(cast), ...this.nounPhrase(cast, depth)];
		// A quoted phrase inside the sentence: described the plan as "a reckless gamble".
		const quoted: Word[] = [fn('a'), this.adj(), this.noun(cast, 0.1)];
		if (/^[aeiou]/.test(quoted[1]!.text)) quoted[0] = fn('an');
		quoted[0]!.open = true;
		quoted[2]!.close = true;
		return [this.verb(cast), ...this.nounPhrase(cast, 1), fn('as'), ...quoted];
	}

	clause(cast: Cast | null, depth: number): Word[] {
		const subject = this.nounPhrase(cast, depth);
		if (depth === 0 && subject[0]!.cls === 'name' && this.rng.chance(0.25)) {
			// An appositive: "Han Dong, the member for Don Valley North, said ..."
			subject.at(-1)!.comma = true;
			const role = [fn('the'), this.noun(cast, 0.5), fn('of'), this.place(cast)];
			role.at(-1)!.comma = true;
			subject.push(...role);
		}
		return [...subject, ...this.verbPhrase(cast, depth)];
	}

	prepositional(cast: Cast | null): Word[] {
		const r = this.rng.next();
		if (r < 0.2) return [fn('on'), { text: this.rng.pick(DAYS), cls: 'place' }];
		if (r < 0.3) return [fn('in'), { text: this.rng.pick(MONTHS), cls: 'place' }];
		return [fn(this.rng.pick(PREPOSITIONS)), ...this.nounPhrase(cast, 1)];
	}

	attribution(cast: Cast | null): Word[] {
		const person = this.person(cast);
		const verb = fn(this.rng.pick(ATTRIBUTION));
		return this.rng.chance(0.7) ? [...person, verb] : [verb, ...person];
	}

	/** One sentence of 12 to 35 words, about 23 on average as in news copy. */
	sentence(cast: Cast | null): Sentence {
		const target = Math.round(12 + (this.rng.next() + this.rng.next()) * 11.5);
		for (;;) {
			const parts = this.sentenceParts(cast, target);
			const count = parts.reduce((n, p) => n + p.words.length, 0);
			if (count >= 12 && count <= 35) return { parts, curlyQuotes: this.rng.chance(0.5) };
		}
	}

	sentenceParts(cast: Cast | null, target: number): Part[] {
		const part = (words: Word[], leadComma = false, movable = false, quoted = false): Part => ({
			words,
			leadComma,
			quoted,
			movable,
		});
		const tail = (parts: Part[]) => {
			let count = parts.reduce((n, p) => n + p.words.length, 0);
			if (this.rng.chance(0.5) || count < 12) {
				parts.push(part(this.prepositional(cast), this.rng.chance(0.2), true));
				count = parts.reduce((n, p) => n + p.words.length, 0);
			}
			if (this.rng.chance(0.3) || count < 12) {
				parts.push(part([fn(this.rng.pick(CONJUNCTIONS)), ...this.clause(cast, 1)], true, true));
			}
			while (parts.reduce((n, p) => n + p.words.length, 0) < target) {
				if (this.rng.chance(0.6))
					parts.push(part(this.prepositional(cast), this.rng.chance(0.2), true));
				else
					parts.push(part([fn(this.rng.pick(CONJUNCTIONS)), ...this.clause(cast, 1)], true, true));
			}
			return parts;
		};
		const r = this.rng.next();
		if (r < 0.4) return tail([part(this.clause(cast, 0))]);
		if (r < 0.52) return tail([part(this.prepositional(cast)), part(this.clause(cast, 0), true)]);
		if (r < 0.75) {
			// "The plan was reckless," Dong said on Tuesday.
			return tail([
				part(this.clause(cast, 0), false, false, true),
				part(this.attribution(cast), true),
			]);
		}
		if (r < 0.85)
			return tail([
				part([fn('according'), fn('to'), ...this.person(cast)]),
				part(this.clause(cast, 0), true),
			]);
		const said = [...this.person(cast), fn(this.rng.pick(ATTRIBUTION))];
		if (this.rng.chance(0.5)) said.push(fn('that'));
		return tail([part([...said, ...this.clause(cast, 1)])]);
	}

	cast(): Cast {
		const people: Word[][] = [];
		for (let k = 0; k < 4; k++) {
			const first: Word = { text: this.lex.first[this.lex.sample.first(this.rng)]!, cls: 'name' };
			const last: Word = { text: this.lex.last[this.lex.sample.last(this.rng)]!, cls: 'name' };
			people.push([first, last], [{ ...last }]);
		}
		const places = Array.from(
			{ length: 3 },
			() => this.lex.places[this.lex.sample.places(this.rng)]!,
		);
		// Topic nouns come from the middle of the ranks: specific, yet not unique to the story.
		const nouns = Array.from({ length: 8 }, () => this.lex.nouns[100 + this.rng.int(3000)]!);
		return { people, places, nouns, british: this.rng.chance(0.5) };
	}
}

// ---------------------------------------------------------------------------------------------
// Rendering and edits

function capitalise(s: string): string {
	return s[0]!.toUpperCase() + s.slice(1);
}

function wordCount(s: Sentence): number {
	return s.parts.reduce((n, p) => n + p.words.length, 0);
}

/** The sentence as text; every sentence ends with a full stop. */
function render(s: Sentence): string {
	const [open, close] = s.curlyQuotes ? ['“', '”'] : ['"', '"'];
	const out: string[] = [];
	let first = true;
	s.parts.forEach((part, pi) => {
		const next = s.parts[pi + 1];
		part.words.forEach((w, wi) => {
			const isFirst = wi === 0;
			const isLast = wi === part.words.length - 1;
			let text = w.text;
			if (first || (part.quoted && isFirst) || w.cls === 'name' || w.cls === 'place')
				text = capitalise(text);
			first = false;
			let piece = '';
			if (w.open || (part.quoted && isFirst)) piece += open;
			piece += text;
			if (w.comma) piece += ',';
			if (isLast && next?.leadComma) piece += ',';
			if (w.close || (part.quoted && isLast)) piece += close;
			out.push(piece);
		});
	});
	return `${out.join(' ')}.`;
}

function cloneSentence(s: Sentence): Sentence {
	return {
		curlyQuotes: s.curlyQuotes,
		parts: s.parts.map((p) => ({ ...p, words: p.words.map((w) => ({ ...w })) })),
	};
}

function synonym(writer: Writer, w: Word): string {
	const manual = SYNONYMS[w.text];
	if (manual) return writer.rng.pick(manual);
	const entry = writer.lex.rank.get(
		VARIANT_OF.has(w.text)
			? (VARIANTS.find(([us, uk]) => us === w.text || uk === w.text)?.[0] ?? w.text)
			: w.text,
	);
	const list =
		entry?.cls === 'noun'
			? writer.lex.nouns
			: entry?.cls === 'verb'
				? writer.lex.verbs
				: writer.lex.adjs;
	// A neighbour in rank: a synonym is about as common as the word it replaces.
	const rank = entry?.rank ?? writer.rng.int(list.length);
	let other = rank + writer.rng.pick([-2, -1, 1, 2]);
	if (other < 0 || other >= list.length) other = rank === 0 ? 1 : rank - 1;
	return list[other]!;
}

/** An adjective before its noun, which an editor can drop without breaking the sentence. */
function attributive(words: readonly Word[], i: number): boolean {
	const w = words[i]!;
	return w.cls === 'adj' && !w.open && !w.close && !w.comma && words[i + 1]?.cls === 'noun';
}

/** Content words an editor may swap for a synonym (names, places and numbers stay). */
function swappable(s: Sentence): Word[] {
	return s.parts.flatMap((p) =>
		p.words.filter((w) => w.cls === 'noun' || w.cls === 'verb' || w.cls === 'adj'),
	);
}

/** One or two small edits: a word swapped, added or dropped, a comma, quote style or spelling. */
function lightEdit(writer: Writer, source: Sentence): Sentence {
	const rng = writer.rng;
	const original = render(source);
	for (;;) {
		const s = cloneSentence(source);
		const ops = rng.chance(0.6) ? 1 : 2;
		for (let k = 0; k < ops; k++) {
			const op = rng.pick(['synonym', 'insert', 'delete', 'punct', 'quotes', 'spelling'] as const);
			if (op === 'synonym') {
				const candidates = swappable(s);
				if (candidates.length > 0) {
					const w = rng.pick(candidates);
					w.text = synonym(writer, w);
				}
			} else if (op === 'insert') {
				const part = rng.pick(s.parts);
				const at = part.words.findIndex((w) => w.cls === 'verb');
				if (at >= 0) part.words.splice(at, 0, fn(rng.pick(ADVERBS)));
				else part.words.push(fn('on'), { text: rng.pick(DAYS), cls: 'place' });
			} else if (op === 'delete') {
				for (const part of s.parts) {
					const at = part.words.findIndex(
						(w, i) =>
							attributive(part.words, i) ||
							(w.text === 'that' && i > 0 && part.words[i - 1]!.cls === 'verb'),
					);
					if (at >= 0) {
						part.words.splice(at, 1);
						break;
					}
				}
			} else if (op === 'punct') {
				const candidates = s.parts.filter((p, i) => i > 0 && !s.parts[i - 1]!.quoted && !p.quoted);
				if (candidates.length > 0) {
					const p = rng.pick(candidates);
					p.leadComma = !p.leadComma;
				}
			} else if (op === 'quotes') {
				if (s.parts.some((p) => p.quoted || p.words.some((w) => w.open)))
					s.curlyQuotes = !s.curlyQuotes;
			} else {
				const variant = s.parts.flatMap((p) => p.words).find((w) => VARIANT_OF.has(w.text));
				if (variant) variant.text = VARIANT_OF.get(variant.text)!;
			}
		}
		if (render(s) !== original) return s;
	}
}

/** Rewording: 30-40% of content words swapped, a word or phrase dropped, a clause fronted. */
function heavyEdit(writer: Writer, source: Sentence): Sentence {
	const rng = writer.rng;
	const s = cloneSentence(source);
	const candidates = swappable(s);
	const share = 0.3 + rng.next() * 0.1;
	const count = Math.max(1, Math.round(candidates.length * share));
	for (let k = candidates.length - 1; k > 0; k--) {
		const j = rng.int(k + 1);
		[candidates[k], candidates[j]] = [candidates[j]!, candidates[k]!];
	}
	for (const w of candidates.slice(0, count)) w.text = synonym(writer, w);
	// Drop a trailing phrase when there are several, else an adjective or two.
	const droppable = s.parts.map((p, i) => (i > 0 && p.movable ? i : -1)).filter((i) => i >= 0);
	if (droppable.length > 1 && rng.chance(0.5)) s.parts.splice(rng.pick(droppable), 1);
	else {
		let drops = rng.range(1, 2);
		for (const part of s.parts) {
			for (let i = part.words.length - 1; i >= 0 && drops > 0; i--) {
				if (attributive(part.words, i)) {
					part.words.splice(i, 1);
					drops--;
				}
			}
		}
	}
	// Move a phrase or subordinate clause to the front.
	const movable = s.parts.map((p, i) => (i > 0 && p.movable ? i : -1)).filter((i) => i >= 0);
	if (movable.length > 0 && rng.chance(0.6)) {
		const at = rng.pick(movable);
		const [moved] = s.parts.splice(at, 1);
		moved!.leadComma = false;
		s.parts[0]!.leadComma = true;
		s.parts.unshift(moved!);
	}
	return s;
}

// ---------------------------------------------------------------------------------------------
// The story

interface SourceDocument {
	index: number;
	sentences: Sentence[];
	cast: Cast;
}

/** Generates a story of `articles` articles with known provenance; the same seed gives the same story. */
export function generateStory(options: StoryOptions): GeneratedStory {
	const { articles: articleCount, wordsPerArticle = 600, seed = 1 } = options;
	// The vocabulary is the same for every story size, so sizes differ only in how much text there is.
	const lex = buildLexicon(makeRng(0x5eed));
	const rng = makeRng(seed);
	const writer = new Writer(lex, rng);

	// One wire story per 20 articles keeps each wire sentence in roughly 5-20 articles at every size.
	const documentCount = Math.max(1, Math.round(articleCount / 20));
	const documents: SourceDocument[] = [];
	for (let d = 0; d < documentCount; d++) {
		const cast = writer.cast();
		const sentences = Array.from({ length: rng.range(36, 44) }, () => writer.sentence(cast));
		documents.push({ index: d, sentences, cast });
	}

	const articles: GeneratedArticle[] = [];
	const truth = new Map<string, SentenceTruth[]>();
	const width = String(articleCount).length;
	for (let a = 0; a < articleCount; a++) {
		const id = `outlet-${String(a + 1).padStart(width, '0')}`;
		const docs = [rng.pick(documents)];
		if (documents.length > 1 && rng.chance(0.35)) {
			let other = rng.pick(documents);
			while (other === docs[0]) other = rng.pick(documents);
			docs.push(other);
		}
		// Outlets take the top of a wire story more often than its tail.
		const carried: { doc: SourceDocument; index: number; position: number }[] = [];
		const meanLength =
			docs[0]!.sentences.reduce((n, x) => n + wordCount(x), 0) / docs[0]!.sentences.length;
		const target = Math.round((0.6 * wordsPerArticle) / meanLength);
		const perDoc =
			docs.length === 1 ? [target] : [Math.ceil(target * 0.65), Math.floor(target * 0.35)];
		docs.forEach((doc, k) => {
			const chosen = weightedSample(rng, doc.sentences.length, perDoc[k]!, (i) => 1 / (1 + i / 8));
			for (const index of chosen)
				carried.push({ doc, index, position: index / doc.sentences.length + k * 0.01 });
		});
		carried.sort((p, q) => p.position - q.position);

		const planned: { sentence: Sentence; truth: SentenceTruth }[] = carried.map(
			({ doc, index }) => {
				const source = doc.sentences[index]!;
				const r = rng.next();
				const kind: EditKind = r < 0.4 ? 'copied' : r < 0.75 ? 'light' : 'heavy';
				const sentence =
					kind === 'copied'
						? source
						: kind === 'light'
							? lightEdit(writer, source)
							: heavyEdit(writer, source);
				return { sentence, truth: { source: `s${doc.index}-${index}`, kind } };
			},
		);
		let words = planned.reduce((n, p) => n + wordCount(p.sentence), 0);
		// Filler: the outlet's own sentences, about the same people and places.
		while (words < wordsPerArticle) {
			const sentence = writer.sentence(rng.chance(0.5) ? docs[0]!.cast : null);
			const at = 1 + rng.int(planned.length);
			planned.splice(at, 0, { sentence, truth: { source: null, kind: null } });
			words += wordCount(sentence);
		}

		// Paragraphs of one to three sentences, some moved a few places.
		const paragraphs: (typeof planned)[] = [];
		for (let i = 0; i < planned.length;) {
			const r = rng.next();
			const size = r < 0.45 ? 1 : r < 0.85 ? 2 : 3;
			paragraphs.push(planned.slice(i, i + size));
			i += size;
		}
		for (let p = 1; p < paragraphs.length; p++) {
			if (!rng.chance(0.25)) continue;
			const q = Math.min(paragraphs.length - 1, p + rng.range(1, 3));
			[paragraphs[p], paragraphs[q]] = [paragraphs[q]!, paragraphs[p]!];
		}

		let text = '';
		const spans: { start: number; end: number }[] = [];
		const sentenceTruth: SentenceTruth[] = [];
		paragraphs.forEach((paragraph, p) => {
			if (p > 0) text += '\n\n';
			paragraph.forEach((item, i) => {
				if (i > 0) text += ' ';
				const rendered = render(item.sentence);
				spans.push({ start: text.length, end: text.length + rendered.length });
				text += rendered;
				sentenceTruth.push(item.truth);
			});
		});
		const segmented = segmentSentences(text);
		if (
			segmented.length !== spans.length ||
			segmented.some((s, i) => s.start !== spans[i]!.start || s.end !== spans[i]!.end)
		) {
			const bad = segmented.findIndex(
				(s, i) => s.start !== spans[i]?.start || s.end !== spans[i]?.end,
			);
			throw new Error(
				`generated article ${id} segments into ${segmented.length} sentences, not ${spans.length}; first difference at ${bad}: ${JSON.stringify(text.slice(segmented[bad]?.start ?? 0, segmented[bad]?.end ?? 0))}`,
			);
		}
		articles.push({ id, text, sentences: spans });
		truth.set(id, sentenceTruth);
	}
	return { articles, truth, sourceDocuments: documentCount };
}

/** `count` distinct indexes of 0..n-1, drawn with weights, in ascending order. */
function weightedSample(
	rng: Rng,
	n: number,
	count: number,
	weight: (i: number) => number,
): number[] {
	// Efraimidis-Spirakis: keys u^(1/w), keep the largest.
	const keyed = Array.from({ length: n }, (_, i) => ({
		i,
		key: Math.pow(rng.next(), 1 / weight(i)),
	}));
	keyed.sort((p, q) => q.key - p.key || p.i - q.i);
	return keyed
		.slice(0, Math.min(n, count))
		.map((k) => k.i)
		.sort((p, q) => p - q);
}
