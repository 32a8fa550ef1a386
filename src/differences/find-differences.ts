/**
 * Where the outlets differ on checkable facts. Every typed value of every outlet's latest
 * capture (counts, money, measures, ages, durations, dates, times, percentages) is put in a
 * slot with the values of other outlets that state the same quantity, judged by the passage
 * alignment (wordings of one group) or by the words around the values (the same counted noun
 * and the same event words). Values of a slot are compared pairwise: the same amount written
 * two ways is never shown; a bound the other value fits is compatible; the same amount in
 * another unit is a conversion. Two general rules about wording stay: how each outlet names a
 * person (a title with one part of the name), and who a shared passage credits a report to.
 * Each side quotes its outlet's exact words; nothing here decides who is right.
 */
import type { Article } from '../schemas/article.ts';
import type { DiffPart } from '../schemas/word-diff.ts';
import type { Group, Passage } from '../schemas/alignment.ts';
import type {
	Comparison,
	Difference,
	DifferenceSide,
	Relation,
	TypedValue,
} from '../schemas/differences.ts';
import { createIdAllocator, hashText } from '../text/ids.ts';
import { tokenize, type Token } from '../text/tokenize.ts';
import { areComparable, compareValues, dateParts, dimensionOf } from './compare-values.ts';
import { extractValues } from './extract-values.ts';
import { CASUALTY_SLOT, CASUALTY_WORDS, EVENT_SYNONYMS } from './value-words.ts';
import { normalizeWord, stemWord } from '../text/tokenize.ts';
import { CREDIT_WORDS, MONTH_NAMES, STOP_WORDS, WEEKDAY_NAMES } from '../text/lexicon.ts';

/** Each synonym's stem mapped to the first of its set, so that the contexts of two wordings meet. */
const SYNONYM_STEM = new Map(
	EVENT_SYNONYMS.flatMap((set) => {
		const head = stemWord(normalizeWord(set[0]!));
		return set.map((w) => [stemWord(normalizeWord(w)), head] as const);
	}),
);

/** A typed value in one article, with what it is about. */
export interface Mention {
	articleId: string;
	outletId: string;
	/** Order of the article in the story, for stable output. */
	articleIndex: number;
	value: TypedValue;
	/** Index of the sentence holding it. */
	sentence: number;
	/** The group of the passage holding it, if any. */
	groupId: string | null;
	/** What a count counts, by its casualty word when there is one ("killed", "injured"), else its noun. */
	role: string | null;
	/** Stems of the content words around the value, and their weights. */
	context: Map<string, number>;
	/** The words of those stems as the text writes them, for naming the slot. */
	surface: Map<string, string>;
	/** For a distance, the place it is measured from ("35 miles southwest of Bandar Abbas"), or null. */
	place: string | null;
	/** Stems of the content words just before the value: what a year or date is the date of ("elected … in 2019"). */
	lead: Set<string>;
	/** For a toll, the places its sentence names after "in", "of" or "at" ("the bombing of Guffa in Upper Nile"). */
	places: Set<string>;
	/** True for a duration that dates something by how long ago it was ("four months ago"). */
	ago: boolean;
	/** For an age, whom the text gives it to ("Robert Buckley, 32", "a 50 - year - old man"), or null. */
	subject: AgeSubject | null;
	/** How many credit words ("said", "according") come before the value in its sentence: two figures of one sentence with different counts are credited to two sources. */
	credit: number;
	/** True when the value's sentence is dated months or years before the article (an earlier event's figures); null when the article has no date to tell. */
	background: boolean | null;
	/** True for a count of some of what the article counts in all elsewhere ("four bombs … two landed inside the camp"). */
	part: boolean;
	/** For a part, where it is: a relation and a noun ("in camp", "out camp", "near airstrip"), or null. */
	where: string | null;
}

/** Whom an age belongs to: the words, and whether they are a name (every word capitalised). */
interface AgeSubject {
	text: string;
	name: boolean;
}

/**
 * Words either side of a value that describe what it is about ("the quake killed at least 10
 * people on Qeshm island"): eight, about a clause. Set on the dev-corpus gold slots.
 */
export const CONTEXT_WINDOW = 8;

/** Content words before a date that say what it dates ("elected to parliament in 2019"): three. */
export const LEAD_WORDS = 3;

/**
 * How much less each word further from the value counts (per word): near words say what a
 * value is about ("58 km south-west of Bandar Abbas and 1,500 km south of Tehran"). Set on the
 * dev-corpus gold slots.
 */
export const CONTEXT_DECAY = 0.85;

/**
 * Weighted overlap (Dice) of two values' context words above which they fill the same slot:
 * 0.3. Rare words weigh most (idf over the story's sentences), so "Bam", "2003" keep another
 * quake's toll apart. Calibrated on the dev-corpus gold (tests/fixtures/gold/differences-dev.json).
 */
export const SLOT_SIMILARITY = 0.3;

/**
 * The least overlap that still shows two counts of one noun, two clock times or two durations
 * share a word about what they count or time (one content word of a dozen): 0.05. Set on the
 * dev-corpus gold slots.
 */
export const SHARED_WORD_SIMILARITY = 0.05;

/** The same, for values inside passages the alignment grouped: they report one text already. */
export const GROUP_SLOT_SIMILARITY = 0.15;

/** Finds the story's differences among the latest capture of each outlet. */
export function findDifferences(
	articles: readonly Article[],
	passages: readonly Passage[],
	groups: readonly Group[],
	latestArticleIds: readonly string[],
): Difference[] {
	const latest = new Set(latestArticleIds);
	const current = articles.filter((a) => latest.has(a.id));
	const allocate = createIdAllocator();
	const mentions = collectMentions(current, passages);
	const differences = [
		...valueDifferences(mentions, current, allocate),
		...nameDifferences(articles, latest, allocate),
		...creditDifferences(articles, passages, groups, latest, allocate),
	];
	return differences;
}

/** Every typed value of the given articles with its sentence, passage group and context. */
export function collectMentions(
	articles: readonly Article[],
	passages: readonly Passage[],
): Mention[] {
	// Document frequency of stems over sentences, for idf weights.
	const sentenceStems = articles.map((a) =>
		a.sentences.map(
			(s) =>
				new Set(
					tokenize(a.text, s.start, s.end)
						.filter((t) => !t.stop)
						.map((t) => t.stem),
				),
		),
	);
	const df = new Map<string, number>();
	let sentences = 0;
	for (const list of sentenceStems)
		for (const set of list) {
			sentences++;
			for (const s of set) df.set(s, (df.get(s) ?? 0) + 1);
		}
	const idf = (stem: string) => Math.log((sentences + 1) / ((df.get(stem) ?? 0) + 1)) + 1;
	const mentions: Mention[] = [];
	articles.forEach((article, articleIndex) => {
		const values = extractValues(article.text);
		const ownPassages = passages.filter((p) => p.articleId === article.id);
		// "two women and one man died": parts of a total, not totals of their own.
		const parts = new Set<TypedValue>();
		values.forEach((v, k) => {
			const next = values[k + 1];
			if (
				next &&
				v.kind === 'count' &&
				next.kind === 'count' &&
				/^\s*(?:,|and|,\s*and)\s*$/.test(article.text.slice(v.end, next.start))
			) {
				parts.add(v);
				parts.add(next);
			}
			// "two women and a man", "a man and two women"
			if (
				v.kind === 'count' &&
				(/^\s*(?:,|and)\s+(?:a|an)\s+\p{L}+/u.test(article.text.slice(v.end, v.end + 20)) ||
					/\b(?:a|an)\s+\p{L}+\s+(?:and|,)\s*$/u.test(
						article.text.slice(Math.max(0, v.start - 20), v.start),
					))
			)
				parts.add(v);
		});
		for (const value of values) {
			if (parts.has(value)) continue;
			const sentence = article.sentences.findIndex(
				(s) => s.start <= value.start && value.start < s.end,
			);
			if (sentence < 0) continue;
			const span = article.sentences[sentence]!;
			const sentenceText = article.text.slice(span.start, span.end);
			// "A magnitude 6 quake can cause severe damage": a general statement, no fact of the story.
			if (HYPOTHETICAL.test(sentenceText)) continue;
			const tokens = tokenize(article.text, span.start, span.end);
			const inValue = (t: Token) => values.some((v) => t.start < v.end && v.start < t.end);
			const before = tokens
				.filter((t) => t.end <= value.start && !inValue(t))
				.slice(-CONTEXT_WINDOW);
			const after = tokens
				.filter((t) => t.start >= value.end && !inValue(t))
				.slice(0, CONTEXT_WINDOW);
			const context = new Map<string, number>();
			const surface = new Map<string, string>();
			const weigh = (t: Token, distance: number) => {
				if (t.stop || /\d/.test(t.norm)) return;
				// Outlets give a bearing loosely ("south", "southeast", "south - west"), and "ago"
				// is marked on its own (see `ago`): neither says what a value is about.
				if (COMPASS.test(t.norm) || t.norm === 'ago') return;
				const stem = SYNONYM_STEM.get(t.stem) ?? t.stem;
				if (!surface.has(stem)) surface.set(stem, article.text.slice(t.start, t.end));
				const w = idf(stem) * CONTEXT_DECAY ** distance;
				context.set(stem, Math.max(context.get(stem) ?? 0, w));
			};
			before.forEach((t, k) => weigh(t, before.length - 1 - k));
			after.forEach((t, k) => weigh(t, k));
			// The sentence before often names what "it" or "the quake" is: "… Zarand in 2005. It killed 612 people".
			const previous = article.sentences[sentence - 1];
			if (
				previous &&
				/^\s*(?:it|they|he|she|this|that|the\s+(?:quake|attack|blast|fire|storm))\b/i.test(
					article.text.slice(span.start, value.start),
				)
			) {
				for (const t of tokenize(article.text, previous.start, previous.end))
					weigh(t, CONTEXT_WINDOW);
			}
			const lead = new Set(
				before
					.filter((t) => !t.stop && !/\d/.test(t.norm))
					.slice(-LEAD_WORDS)
					.map((t) => t.stem),
			);
			const credit = tokens.filter((t) => t.end <= value.start && CREDIT_WORDS.has(t.norm)).length;
			const passage = ownPassages.find((p) => p.start <= value.start && value.end <= p.end);
			mentions.push({
				articleId: article.id,
				outletId: article.outlet,
				articleIndex,
				value,
				sentence,
				groupId: passage?.groupId ?? null,
				role: value.noun && COMPASS.test(value.noun) ? null : roleOf(value, article.text),
				places: placesIn(sentenceText),
				ago: /^\s*ago\b/i.test(article.text.slice(value.end, value.end + 6)),
				subject: value.kind === 'age' ? ageSubject(article.text, value) : null,
				context,
				surface,
				place: dimensionOf(value) === 'length' ? placeAfter(article.text, value.end) : null,
				lead,
				credit,
				part: false,
				where: null,
				background: isBackground(
					sentenceText,
					values
						.filter((v) => v.kind === 'date' && v.start >= span.start && v.end <= span.end)
						.map((v) => ({ ...v, before: article.text.slice(span.start, v.start) })),
					article.published,
				),
			});
		}
	});
	markParts(mentions, new Map(articles.map((a) => [a.id, a.text])));
	// An article that repeats a toll ("at least 12 people had been killed", later "12 people …
	// in Pariang county") gives both the places either names.
	for (const m of mentions) {
		if (m.places.size > 0 || m.value.kind !== 'count' || typeof m.value.value !== 'number')
			continue;
		for (const o of mentions)
			if (
				o.articleId === m.articleId &&
				o.role === m.role &&
				o.value.value === m.value.value &&
				o.places.size > 0
			)
				for (const p of o.places) m.places.add(p);
	}
	return mentions;
}

/**
 * Marks counts of a thing that the same article also counts in a larger figure: "four bombs
 * were dropped … one fell inside the camp … three others outside" tells parts of one total.
 * Tolls and counts of people are left alone: an article's larger toll is most often a later
 * or another event's, which the slots keep apart by other means.
 */
function markParts(mentions: Mention[], texts: ReadonlyMap<string, string>): void {
	for (const m of mentions) {
		if (m.value.kind !== 'count' || !isSpecific(m.role)) continue;
		// "the other three men", "five other bank workers", "a further 20": more of them, not all.
		const text = texts.get(m.articleId)!;
		const words = text.slice(Math.max(0, m.value.start - 12), m.value.end);
		m.where = whereAfter(text, m.value.end);
		if (/\b(?:other|another|further|additional)\b/i.test(words)) {
			m.part = true;
			continue;
		}
		const own = typeof m.value.value === 'number' ? m.value.value : m.value.low;
		if (own === null) continue;
		m.part = mentions.some(
			(o) =>
				o.articleId === m.articleId &&
				o.value.kind === 'count' &&
				nounKey(o.role) === nounKey(m.role) &&
				o.background === m.background &&
				((typeof o.value.value === 'number' ? o.value.value : o.value.low) ?? 0) > own,
		);
	}
}

/** Locative words by the relation they state: inside, outside, beside or at a place. */
const LOCATIVES: Record<string, string> = {
	in: 'in',
	inside: 'in',
	within: 'in',
	into: 'in',
	outside: 'out',
	near: 'near',
	beside: 'near',
	on: 'at',
	at: 'at',
};

/** Where the clause after a value puts it: "fell directly within the camp" → "in camp". */
function whereAfter(text: string, end: number): string | null {
	const clause = /^[^.;:]{0,80}/.exec(text.slice(end))![0];
	const m =
		/\b(in|inside|within|into|outside|near|beside|on|at)\s+(?:the\s+|a\s+|an\s+)?(\p{Ll}+)/u.exec(
			clause,
		);
	return m ? `${LOCATIVES[m[1]!]} ${m[2]!}` : null;
}

/** A word of a name: capitalised, or an initial ("J."). */
const NAME_PART = String.raw`\p{Lu}(?:[\p{L}'’-]+|\.)`;
const NAME_WORD = new RegExp(`^${NAME_PART}$`, 'u');
/** A name of one to three words set off by a comma right before an age ("Robert Buckley, 32"). */
const NAME_BEFORE_AGE = new RegExp(
	String.raw`((?:${NAME_PART}[ \t]+){0,2}\p{Lu}[\p{L}'’-]+),[ \t]*(?:aged[ \t]+)?$`,
	'u',
);
/** A lowercase word that may be a noun ("man", "girlfriend"). */
const LOWER_WORD = /^\p{Ll}[\p{L}-]*$/u;

/**
 * Whom an age belongs to, as the text names them: the words right after it (a name, "Christopher
 * Simpson"; a noun, "man"; a noun and a name, "girlfriend Ka'loni Flynn" → the name; one
 * capitalised word and a noun, "Australian climber", which is a description, not a name), else a
 * name set off before it ("Robert Buckley, 32,"); null when the text says neither. Words are
 * read on one line, up to the next punctuation.
 */
function ageSubject(text: string, value: TypedValue): AgeSubject | null {
	const after =
		/^[ \t]+([^\n,;:.!?()"“”]*)/u.exec(text.slice(value.end, value.end + 80))?.[1] ?? '';
	const words = after
		.split(/[ \t]+/)
		.filter(Boolean)
		.map((w) => w.replace(/['’]s$/u, ''));
	const names: string[] = [];
	while (names.length < 3 && NAME_WORD.test(words[names.length] ?? ''))
		names.push(words[names.length]!);
	const next = words[names.length];
	const noun = next && LOWER_WORD.test(next) && !STOP_WORDS.has(next) ? next : null;
	if (names.length === 1 && noun) return { text: `${names[0]} ${noun}`, name: false };
	if (names.length > 0) return { text: names.join(' '), name: true };
	if (noun && /old$/i.test(text.slice(value.start, value.end))) {
		const more: string[] = [];
		for (const w of words.slice(1, 4)) {
			if (!NAME_WORD.test(w)) break;
			more.push(w);
		}
		return more.length > 0 ? { text: more.join(' '), name: true } : { text: noun, name: false };
	}
	const before = NAME_BEFORE_AGE.exec(text.slice(Math.max(0, value.start - 60), value.start));
	if (before) return { text: before[1]!, name: true };
	return value.noun ? { text: value.noun, name: false } : null;
}

/** True when two ages are given to two names that share no word: two different people. */
function namesDiffer(a: AgeSubject | null, b: AgeSubject | null): boolean {
	if (!a?.name || !b?.name) return false;
	const words = new Set(a.text.toLowerCase().split(' '));
	return !b.text
		.toLowerCase()
		.split(' ')
		.some((w) => words.has(w));
}

/** True for a counted noun that is neither a casualty word nor a word for people in general. */
function isSpecific(role: string | null): role is string {
	return role !== null && !GENERIC_COUNTED.has(role) && !CASUALTY_SLOT.has(role);
}

/** What a count counts: its casualty word (its own noun, or one next to it), else its noun. */
function roleOf(value: TypedValue, text: string): string | null {
	if (value.kind !== 'count') return value.noun;
	const own =
		value.noun && CASUALTY_WORDS.has(value.noun) ? CASUALTY_WORDS.get(value.noun)! : value.noun;
	if (own && CASUALTY_SLOT.has(own)) return CASUALTY_SLOT.get(own)!;
	const casualty = (word: string | undefined) => {
		const c = word ? CASUALTY_WORDS.get(word.toLowerCase()) : undefined;
		return c ? (CASUALTY_SLOT.get(c) ?? null) : null;
	};
	// Right after: "three bank workers dead", "10 people were killed", "600 had been killed".
	const after = /^\s*(?:(?:were|was|are|is|have|has|had)\s+(?:been\s+|also\s+)?)?(\p{L}+)/u.exec(
		text.slice(value.end),
	);
	const before = /(\p{L}+)\s*$/u.exec(text.slice(Math.max(0, value.start - 30), value.start));
	// Right before: "killing 10 people", "injuring 80".
	const role = casualty(after?.[1]) ?? casualty(before?.[1]);
	if (role) return role;
	return own;
}

/** Capitalised words after "in", "of" or "at" (and a bearing: "in eastern China") in a sentence: the places it names, as far as words show. */
function placesIn(sentence: string): Set<string> {
	const places = new Set<string>();
	for (const m of sentence.matchAll(
		/\b(?:in|of|at)\s+(?:the\s+)?(?:\p{Ll}+ern\s+)?(\p{Lu}\p{Ll}+)/gu,
	)) {
		const word = m[1]!.toLowerCase();
		if (MONTH_NAMES.includes(word) || WEEKDAYS.has(word)) continue;
		places.add(m[1]!);
	}
	return places;
}

/** Weekday names, which follow "on" and "in" like places but are not. */
const WEEKDAYS = new Set(WEEKDAY_NAMES);

/** Compass bearings, one word or joined ("south", "southeastern", "north-west"). */
const COMPASS = /^(?:north|south|east|west)(?:-?(?:east|west))?(?:ern|erly|wards?)?$/;

/** Nouns that say only that people were counted; what happened to them decides the slot. */
const GENERIC_COUNTED = new Set(['people', 'persons', 'others', 'individuals', 'civilians']);

/** Weighted Dice overlap of two contexts. */
function contextSimilarity(a: Map<string, number>, b: Map<string, number>): number {
	let shared = 0;
	let total = 0;
	for (const [s, w] of a) {
		total += w;
		if (b.has(s)) shared += w + b.get(s)!;
	}
	for (const w of b.values()) total += w;
	return total === 0 ? 0 : shared / total;
}

/** The capitalised name after "of" or "from" just after a distance: "… south - west of Bandar Abbas". */
function placeAfter(text: string, end: number): string | null {
	const m = /^[^.;:!?]{0,40}?\b(?:of|from)\s+(?:the\s+(?:\p{Ll}+\s+of\s+)?)?(\p{Lu}\p{L}+)/u.exec(
		text.slice(end, end + 80),
	);
	return m ? m[1]! : null;
}

/**
 * Two tolls more than ten times apart are tolls of two events (a quake's 10 dead and an earlier
 * quake's 26,000), unless one is none at all. The widest spread within one toll in the dev gold
 * is 3 to 10.
 */
export const TOLL_RATIO = 10;

/** True when two casualty counts are close enough to be one toll told differently. */
function similarTolls(a: TypedValue, b: TypedValue): boolean {
	const x = typeof a.value === 'number' ? a.value : a.low;
	const y = typeof b.value === 'number' ? b.value : b.low;
	if (x === null || y === null || x === 0 || y === 0) return true;
	return Math.max(x, y) / Math.min(x, y) <= TOLL_RATIO;
}

/** True for a vague plural read as a floor ("dozens" = at least 24). */
function isVague(v: TypedValue): boolean {
	return v.low !== null && v.value === v.low && v.high === null && v.qualifier === 'at least';
}

/** Stem of a noun for matching ("villages", "village"). */
function nounKey(noun: string | null): string | null {
	return noun ? noun.replace(/(?:es|s)$/, '') : null;
}

/** A sentence that opens with an indefinite thing and says what it can or could do: a general statement. */
const HYPOTHETICAL = /^\s*(?:a|an)\s(?:[^.;]|\.(?=\d))*?\b(?:can|could|may|might)\s+\p{L}/iu;

/**
 * How many months before the article's date a dated sentence may be and still tell the
 * story's own event: one. News copy dates the event "on Sunday" or "last month"; a sentence
 * "in February" of a November report, or "in December 2003", tells an earlier event.
 */
export const BACKGROUND_MONTHS = 1;

/** A clause opened by "since" that runs up to a date: "the biggest protest since X took office last October". */
const SINCE_CLAUSE = /\bsince\b[^,;.]{0,40}$/i;

/** True when a sentence names a month or year more than BACKGROUND_MONTHS before `published`; null without a date. */
function isBackground(
	sentence: string,
	dates: readonly (TypedValue & { before: string })[],
	published: string | null,
): boolean | null {
	if (!published) return null;
	const year = Number(published.slice(0, 4));
	const month = Number(published.slice(5, 7));
	const before = (y: number, m: number | null) => {
		const gap = (year - y) * 12 + (m === null ? (year === y ? 0 : month - 1) : month - m);
		return m === null ? y < year : gap > BACKGROUND_MONTHS;
	};
	for (const d of dates) {
		if (typeof d.value !== 'string' || SINCE_CLAUSE.test(d.before)) continue;
		const iso = /^(\d{4})(?:-(\d{2}))?/.exec(d.value);
		if (iso && before(Number(iso[1]), iso[2] ? Number(iso[2]) : null)) return true;
	}
	// "in February", "last March": a month with no year is of the article's year or the one
	// before. "since June" runs up to now, so it dates nothing in the past (see SINCE_CLAUSE).
	for (const m of sentence.matchAll(
		/\b(?:[Ii]n|[Ll]ast|[Dd]uring)\s+(\p{Lu}\p{Ll}+)\b(?!\s+\d)/gu,
	)) {
		const k = MONTH_NAMES.indexOf(m[1]!.toLowerCase());
		if (k < 0 || SINCE_CLAUSE.test(sentence.slice(0, m.index))) continue;
		const gap = (month - (k + 1) + 12) % 12;
		if (gap > BACKGROUND_MONTHS) return true;
	}
	return false;
}

/** True for two figures of one sentence credited to two sources ("Tehran said 5.9, the USGS 6.1"). */
function creditedApart(a: Mention, b: Mention): boolean {
	return a.articleId === b.articleId && a.sentence === b.sentence && a.credit !== b.credit;
}

/**
 * Two magnitudes further apart than this are two quakes (a main shock and an aftershock, or
 * an earlier quake): 1.0. Agencies' readings of one quake differ by a few tenths (5.9, 6.0,
 * 6.1 in the dev gold); a whole unit is ten times the shaking.
 */
export const MAGNITUDE_SPREAD = 1;

/**
 * How far apart two clock times of one event may be, in minutes: 60. The dev gold's widest
 * spread for one event is 2:53 to 3:20 pm; times hours apart time different things.
 */
export const TIME_SPREAD = 60;

/** Minutes since midnight of an `HH:MM` time, or NaN. */
function minutesOf(v: TypedValue): number {
	const m = typeof v.value === 'string' ? /^(\d{2}):(\d{2})$/.exec(v.value) : null;
	return m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
}

/** A slot score meaning "never one slot": no slot may hold both values. */
export const NEVER = -1;

/** How strongly two mentions of different outlets fill one slot: 0 when nothing shows they do, NEVER when something shows they do not. */
export function slotScore(a: Mention, b: Mention): number {
	if (a.outletId === b.outletId) return 0;
	if (!areComparable(a.value, b.value)) return 0;
	// Weekdays are everywhere in news copy ("on Sunday"): compare them only inside one passage group.
	if (dimensionOf(a.value) === 'weekday' && !(a.groupId && a.groupId === b.groupId)) return 0;
	if (a.value.kind === 'count' || a.value.kind === 'ordinal') {
		if (a.role === null || b.role === null || nounKey(a.role) !== nounKey(b.role)) return 0;
	}
	// An earlier event's figures never share a slot with this one's.
	if (a.background !== null && b.background !== null && a.background !== b.background) return NEVER;
	// Distances from two different places are two slots; from one named place, one slot,
	// whatever bearing each outlet gives ("940 miles south of X", "1,150 km southeast of X").
	if (a.place && b.place && a.place !== b.place) return NEVER;
	const samePlace = a.place !== null && a.place === b.place;
	// "four months ago" dates something; "for four months" lasts: never one slot.
	if (a.ago !== b.ago) return NEVER;
	// Ages given to two different names ("Robert Buckley, 32", "Mark Reid, 45") are two people's.
	if (namesDiffer(a.subject, b.subject)) return NEVER;
	// An age counted in weeks, months or days (a baby's, an unborn child's) and one in years are
	// two people's: outlets misstate an age by a year or two, never by its unit.
	const inYears = (v: TypedValue) => v.unit === 'years';
	if (a.value.kind === 'age' && b.value.kind === 'age' && inYears(a.value) !== inYears(b.value))
		return NEVER;
	// A vague amount ("dozens", "tens of thousands") that an exact figure falls short of speaks
	// of something else, not of the same thing wrongly.
	if ((isVague(a.value) || isVague(b.value)) && compareValues(a.value, b.value) === 'different')
		return NEVER;
	let sim = contextSimilarity(a.context, b.context);
	// A place a distance is measured from, or "ago", ties two values with one word more in common.
	if ((samePlace || a.ago) && sim >= SHARED_WORD_SIMILARITY) sim += SLOT_SIMILARITY;
	// Clock times of the story's event vary by minutes between outlets, never by hours: times
	// within TIME_SPREAD of each other are the event's, further apart they time two things.
	if (a.value.kind === 'time' && b.value.kind === 'time') {
		const gap = Math.abs(minutesOf(a.value) - minutesOf(b.value));
		if (Number.isNaN(gap) || gap > TIME_SPREAD) return NEVER;
		if (!a.background) sim += SLOT_SIMILARITY;
	}
	// A magnitude is what a story's quake is measured by: the unit is the slot, unless the
	// readings are too far apart to be one quake.
	if (a.value.unit === 'magnitude' && b.value.unit === 'magnitude' && !a.background) {
		const x = typeof a.value.value === 'number' ? a.value.value : a.value.low;
		const y = typeof b.value.value === 'number' ? b.value.value : b.value.low;
		if (x !== null && y !== null && Math.abs(x - y) > MAGNITUDE_SPREAD) return NEVER;
		sim += SLOT_SIMILARITY;
	}
	// Counts of people killed or injured are the story's tolls: their words around vary most
	// ("no casualties", "12 people had been killed, the official said"), so the shared casualty
	// word is evidence enough; tolls of other events stay apart because one article never
	// states two different values for one slot (see groupSlots). Counts of one specific noun
	// ("refugees", "villages") need one shared content word besides. Context similarity still
	// adds, so that the closest wordings are joined first.
	if (a.value.kind === 'count' && a.role !== null && !GENERIC_COUNTED.has(a.role)) {
		if (CASUALTY_SLOT.has(a.role) && !similarTolls(a.value, b.value)) return NEVER;
		// Tolls whose sentences name places, none of them shared, are tolls of two places.
		if (
			CASUALTY_SLOT.has(a.role) &&
			a.places.size > 0 &&
			b.places.size > 0 &&
			![...a.places].some((p) => b.places.has(p))
		)
			return NEVER;
		// A part of a total is never the total; parts are compared by their words alone.
		if (a.part !== b.part) return NEVER;
		// Parts are one slot when they are in one place ("one bomb fell within the camp", "two
		// landed inside the camp"), and never when they are not.
		if (a.part) return a.where !== null && a.where === b.where ? sim + SLOT_SIMILARITY : 0;
		// A total of one noun is its slot ("three strong aftershocks", "at least four
		// aftershocks"), except a count of one, which names one of them ("one English climber").
		const single = a.value.value === 1 || b.value.value === 1;
		if (!a.part && !a.background && (!single || sim >= SHARED_WORD_SIMILARITY))
			sim += SLOT_SIMILARITY;
	}
	// A year or date is the date of what comes just before it ("first elected in 2018",
	// "elected to parliament in 2019"): the same word there, and one more around, make one slot.
	if (
		dimensionOf(a.value) === 'date' &&
		[...a.lead].some((w) => b.lead.has(w)) &&
		sim >= SHARED_WORD_SIMILARITY * 2
	)
		sim += SLOT_SIMILARITY;
	const grouped = a.groupId !== null && a.groupId === b.groupId;
	if (sim >= SLOT_SIMILARITY || (grouped && sim >= GROUP_SLOT_SIMILARITY))
		return sim + (grouped ? 1 : 0);
	return 0;
}

/**
 * Slots of mentions, by average-link clustering: the two slots whose values are most alike on
 * average (pairs below SLOT_SIMILARITY count as 0) are joined first, as long as some pair links
 * them. Two slots are never joined when that would set one article's own values against each
 * other (an article that says "10 killed" and, of another quake, "612 killed" speaks of two
 * slots) or put together two values that can never share a slot (see NEVER).
 */
export function groupSlots(mentions: readonly Mention[]): Mention[][] {
	const partitions = new Map<string, number[]>();
	mentions.forEach((m, i) => {
		const key = `${m.value.kind}|${dimensionOf(m.value)}|${m.value.kind === 'count' || m.value.kind === 'ordinal' ? nounKey(m.role) : ''}`;
		partitions.set(key, [...(partitions.get(key) ?? []), i]);
	});
	const slots: Mention[][] = [];
	for (const indexes of partitions.values()) {
		const n = indexes.length;
		const score = (x: number, y: number) =>
			slotScore(mentions[indexes[x]!]!, mentions[indexes[y]!]!);
		const pair: number[][] = Array.from({ length: n }, (_, x) =>
			Array.from({ length: n }, (_, y) => (x === y ? 0 : score(x, y))),
		);
		let clusters: number[][] = Array.from({ length: n }, (_, x) => [x]);
		for (;;) {
			let best: [number, number] | null = null;
			let bestScore = 0;
			for (let a = 0; a < clusters.length; a++)
				for (let b = a + 1; b < clusters.length; b++) {
					let sum = 0;
					let count = 0;
					let conflict = false;
					for (const x of clusters[a]!)
						for (const y of clusters[b]!) {
							const mx = mentions[indexes[x]!]!;
							const my = mentions[indexes[y]!]!;
							if (mx.outletId === my.outletId) {
								if (
									mx.articleId === my.articleId &&
									!creditedApart(mx, my) &&
									compareValues(mx.value, my.value) === 'different'
								)
									conflict = true;
								continue;
							}
							if (pair[x]![y]! === NEVER) conflict = true;
							sum += Math.max(0, pair[x]![y]!);
							count++;
						}
					if (conflict || count === 0) continue;
					const avg = sum / count;
					if (avg > bestScore) {
						bestScore = avg;
						best = [a, b];
					}
				}
			if (!best) break;
			const [a, b] = best;
			clusters[a] = [...clusters[a]!, ...clusters[b]!];
			clusters = clusters.filter((_, k) => k !== b);
		}
		for (const c of clusters) {
			const slot = c.sort((x, y) => x - y).map((x) => mentions[indexes[x]!]!);
			if (new Set(slot.map((m) => m.outletId)).size >= 2) slots.push(slot);
		}
	}
	return slots;
}

const KIND_TOPIC: Record<string, string> = {
	count: 'Number',
	money: 'Amount',
	measure: 'Measure',
	age: 'Age',
	duration: 'Duration',
	date: 'Date',
	time: 'Time',
	percent: 'Percentage',
	ordinal: 'Order',
};

/** A slot's name for readers: its counted role or noun ("Killed", "Villages"), else its unit. */
function topicOf(slot: readonly Mention[]): string {
	const first = slot[0]!.value;
	const count = new Map<string, number>();
	for (const m of slot) {
		// An age is named by whom it belongs to, the name most of its outlets give.
		const key =
			first.kind === 'count' ? m.role : first.kind === 'age' ? m.subject?.text : m.value.noun;
		if (key) count.set(key, (count.get(key) ?? 0) + 1);
	}
	let top = [...count].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
	// Without a noun, the slot is named by the weightiest word every value has around it ("elected").
	if (!top && first.kind !== 'count' && first.kind !== 'age') {
		const shared = [...slot[0]!.context]
			.filter(([stem]) => slot.every((m) => m.context.has(stem)))
			.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
		if (shared) top = slot[0]!.surface.get(shared[0])!;
	}
	// Parts of a total are named by where they fall: "Bombs in camp".
	const where = slot[0]!.where;
	const inOnePlace = slot.every((m) => m.part && m.where === where);
	if (first.kind === 'count' && top && where && inOnePlace) return `${capital(top)} ${where}`;
	if (first.kind === 'count') return top ? capital(top) : 'Number';
	if (slot.every((m) => m.ago)) return 'How long ago';
	if (first.unit === 'magnitude') return 'Magnitude';
	const base =
		first.kind === 'measure'
			? dimensionOf(first) === 'length'
				? 'Distance'
				: capital(dimensionOf(first))
			: KIND_TOPIC[first.kind]!;
	return top ? `${base}: “${top}”` : base;
}

/** The text with its first letter capitalised. */
const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** A date value in words: "November 8", "April 2012", "September 26, 2013"; other strings as they are. */
function describeDate(value: string): string {
	const parts = dateParts(value);
	const month = parts?.month ? MONTH_NAMES[Number(parts.month) - 1] : undefined;
	if (!parts || !month) return value;
	const name = capital(month);
	const day = parts.day ? ` ${Number(parts.day)}` : '';
	if (!parts.year) return `${name}${day}`;
	return parts.day ? `${name}${day}, ${parts.year}` : `${name} ${parts.year}`;
}

/** The words of a value for display: "at least 10", "5.9 magnitude", "2018", "November 8". */
export function describeValue(v: TypedValue): string {
	const digits = (x: number) =>
		Number.isInteger(x) ? x.toLocaleString('en-US') : String(Math.round(x * 1000) / 1000);
	// Sums of money read as news writes them: "143 billion USD", not twelve digits.
	const n = (x: number) =>
		v.kind !== 'money' || Math.abs(x) < 1e6
			? digits(x)
			: Math.abs(x) >= 1e9
				? `${digits(x / 1e9)} billion`
				: `${digits(x / 1e6)} million`;
	let amount: string;
	if (v.value === null)
		amount = v.high === null ? `${n(v.low ?? 0)}+` : `${n(v.low ?? 0)}–${n(v.high)}`;
	else if (typeof v.value === 'number') amount = n(v.value);
	else amount = v.kind === 'date' ? describeDate(v.value) : v.value;
	const unit =
		v.kind === 'count' || v.kind === 'date' || v.kind === 'ordinal'
			? ''
			: v.unit
				? ` ${v.unit}`
				: '';
	const noun = v.kind === 'count' && v.noun ? ` ${v.noun}` : '';
	return `${v.qualifier ? `${v.qualifier} ` : ''}${amount}${unit}${noun}`;
}

/** Differences between typed values, one per slot where outlets' values are not all the same. */
function valueDifferences(
	mentions: readonly Mention[],
	articles: readonly Article[],
	allocate: (base: string) => string,
): Difference[] {
	const differences: Difference[] = [];
	for (const slot of groupSlots(mentions)) {
		// "no casualties or fatalities" reads as two zeros of one slot: show the words once.
		const seen = new Set<string>();
		const unique = slot.filter((m) => {
			const key = `${m.articleId}:${m.value.start}:${m.value.end}`;
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		});
		const sorted = [...unique].sort(
			(a, b) => a.articleIndex - b.articleIndex || a.value.start - b.value.start,
		);
		const comparisons: Comparison[] = [];
		for (let i = 0; i < sorted.length; i++)
			for (let j = i + 1; j < sorted.length; j++) {
				if (sorted[i]!.outletId === sorted[j]!.outletId) continue;
				const relation = compareValues(sorted[i]!.value, sorted[j]!.value);
				if (relation !== 'same') comparisons.push({ a: i, b: j, relation });
			}
		if (comparisons.length === 0) continue;
		const relation = strongest(comparisons.map((c) => c.relation));
		const groupIds = new Set(sorted.map((m) => m.groupId));
		const topic = topicOf(sorted);
		const sides: DifferenceSide[] = sorted.map((m) => {
			const text = articles[m.articleIndex]!.text;
			return {
				outletId: m.outletId,
				articleId: m.articleId,
				value: describeValue(m.value),
				typed: m.value,
				start: m.value.start,
				end: m.value.end,
				alsoIn: [],
				...(text ? {} : {}),
			};
		});
		differences.push({
			id: allocate(
				`d-${sorted[0]!.value.kind}-${hashText(`${topic}|${sides.map((s) => `${s.articleId}:${s.value}`).join('|')}`)}`,
			),
			kind: sorted[0]!.value.kind,
			topic,
			relation,
			groupId: groupIds.size === 1 ? [...groupIds][0]! : null,
			sides,
			comparisons,
		});
	}
	const rank: Record<Relation, number> = { different: 0, converted: 1, compatible: 2 };
	return differences.sort(
		(a, b) => rank[a.relation] - rank[b.relation] || a.sides[0]!.start - b.sides[0]!.start,
	);
}

/** The relation that matters most to a reader: a conflict, then a conversion, then a fit. */
function strongest(relations: readonly Relation[]): Relation {
	if (relations.includes('different')) return 'different';
	if (relations.includes('converted')) return 'converted';
	return 'compatible';
}

/** A title before a name, as English news copy writes them. */
const TITLES =
	'Mr|Mrs|Ms|Dr|Consul General|Consul-General|Ambassador|Minister|Senator|President|Premier|Chief|Judge|General|Captain|Sheriff|Mayor|Governor';
/** A title and one part of a name, not followed by another: "Mr Tao", "Consul General Han". */
const SHORT_NAME = new RegExp(`\\b(${TITLES})\\.?\\s+([A-Z][\\p{L}'’-]+)\\b(?!\\s+[A-Z])`, 'gu');
/** A full name of two capitalised words, with the title before it if any. */
const FULL_NAME = new RegExp(
	`\\b(?:(${TITLES})\\.?\\s+)?([A-Z][\\p{L}'’-]+)\\s+([A-Z][\\p{L}'’-]+)\\b`,
	'gu',
);
/** Capitalised words that start or end names of places, parties and bodies, not people. */
const NOT_A_PERSON =
	/\b(?:News|Party|Office|House|Commons|Press|Mail|Valley|North|South|East|West|General|Minister|Liberal|Conservative|Prime|Street|Road|City|County|Island|University|Court|Council|Department|Ministry|Police|Service|Agency|Committee|Association)\b/;

interface NameUse {
	articleId: string;
	value: string;
	start: number;
	end: number;
}

/** One person named by different parts of their name ("Mr Tao" and "Consul General Han"). */
function nameDifferences(
	articles: readonly Article[],
	latest: ReadonlySet<string>,
	allocate: (base: string) => string,
): Difference[] {
	const outletOf = new Map(articles.map((a) => [a.id, a.outlet]));
	const people = new Map<string, { title: string | null }[]>();
	for (const a of articles) {
		for (const m of a.text.matchAll(FULL_NAME)) {
			const name = `${m[2]} ${m[3]}`;
			if (NOT_A_PERSON.test(name) || new RegExp(`^(?:${TITLES})$`).test(m[2]!)) continue;
			people.set(name, [
				...(people.get(name) ?? []),
				{ title: m[1]?.trim().replace(/\.$/, '') ?? null },
			]);
		}
	}
	const owners = (part: string) => [...people.keys()].filter((n) => n.split(' ').includes(part));
	const uses = new Map<string, NameUse[]>();
	for (const a of articles) {
		for (const m of a.text.matchAll(SHORT_NAME)) {
			const title = m[1]!.replace(/\.$/, '');
			const part = m[2]!;
			// A part two people share is resolved by the title used with a full name.
			let candidates = owners(part);
			if (candidates.length > 1)
				candidates = candidates.filter((n) => people.get(n)!.some((u) => u.title === title));
			if (candidates.length !== 1) continue;
			const name = candidates[0]!;
			const [first, second] = name.split(' ') as [string, string];
			uses.set(name, [
				...(uses.get(name) ?? []),
				{
					articleId: a.id,
					value:
						part === first
							? `by “${first}”, the first part of the name`
							: `by “${second}”, the last part of the name`,
					start: m.index,
					end: m.index + m[0].length,
				},
			]);
		}
	}
	const differences: Difference[] = [];
	for (const [name, list] of uses) {
		const current = list.filter((u) => latest.has(u.articleId));
		if (new Set(current.map((u) => u.value)).size < 2) continue;
		const sides = sidesOf(list, latest, outletOf, articles);
		differences.push({
			id: allocate(`d-name-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`),
			kind: 'name',
			topic: `How ${name} is named`,
			relation: 'different',
			groupId: null,
			sides,
			comparisons: differingPairs(sides),
		});
	}
	return differences;
}

/** Pairs of sides from different outlets whose values differ. */
function differingPairs(sides: readonly DifferenceSide[]): Comparison[] {
	const pairs: Comparison[] = [];
	for (let i = 0; i < sides.length; i++)
		for (let j = i + 1; j < sides.length; j++)
			if (sides[i]!.outletId !== sides[j]!.outletId && sides[i]!.value !== sides[j]!.value)
				pairs.push({ a: i, b: j, relation: 'different' });
	return pairs;
}

/** One side per use in a latest capture, noting earlier captures of the outlet that say the same. */
function sidesOf(
	uses: readonly NameUse[],
	latest: ReadonlySet<string>,
	outletOf: ReadonlyMap<string, string>,
	articles: readonly Article[],
): DifferenceSide[] {
	const order = (id: string) => articles.findIndex((a) => a.id === id);
	return [...uses]
		.filter((u) => latest.has(u.articleId))
		.sort((x, y) => order(x.articleId) - order(y.articleId) || x.start - y.start)
		.map((u) => ({
			outletId: outletOf.get(u.articleId)!,
			articleId: u.articleId,
			value: u.value,
			typed: null,
			start: u.start,
			end: u.end,
			alsoIn: [
				...new Set(
					uses
						.filter(
							(g) =>
								!latest.has(g.articleId) &&
								outletOf.get(g.articleId) === outletOf.get(u.articleId) &&
								g.value === u.value,
						)
						.map((g) => g.articleId),
				),
			],
		}));
}

/**
 * Names of news organisations, for swaps of who is credited with a report: a word news outlets
 * name themselves with, or an acronym of two to five capitals (broadcasters and agencies).
 */
const ORGANISATION =
	/\b(?:News|Mail|Post|Press|Times|Star|Globe|Journal|Herald|Telegraph|Guardian|Tribune|Wire|Reuters|Agency|Radio|Television|[A-Z]{2,5})\b/;

/** Inside aligned passages: a report credited to one news organisation by one outlet and another by the next. */
function creditDifferences(
	articles: readonly Article[],
	passages: readonly Passage[],
	groups: readonly Group[],
	latest: ReadonlySet<string>,
	allocate: (base: string) => string,
): Difference[] {
	const outletOf = new Map(articles.map((a) => [a.id, a.outlet]));
	const passageById = new Map(passages.map((p) => [p.id, p]));
	const differences: Difference[] = [];
	for (const group of groups) {
		for (const pair of group.pairs) {
			const pa = passageById.get(pair.a)!;
			const pb = passageById.get(pair.b)!;
			if (outletOf.get(pa.articleId) === outletOf.get(pb.articleId)) continue;
			if (!latest.has(pa.articleId) || !latest.has(pb.articleId)) continue;
			for (const region of changedRegions(pair.diff)) {
				if (!(ORGANISATION.test(region.a) && ORGANISATION.test(region.b))) continue;
				const side = (articleId: string, start: number, text: string): DifferenceSide => ({
					outletId: outletOf.get(articleId)!,
					articleId,
					value: text.trim(),
					typed: null,
					start: start + (text.length - text.trimStart().length),
					end: start + text.trimEnd().length,
					alsoIn: [],
				});
				differences.push({
					id: allocate(`d-credit-${group.id}`),
					kind: 'credit',
					topic: 'Who is credited',
					relation: 'different',
					groupId: group.id,
					sides: [
						side(pa.articleId, pa.start + region.offsetA, region.a),
						side(pb.articleId, pb.start + region.offsetB, region.b),
					],
					comparisons: [{ a: 0, b: 1, relation: 'different' }],
				});
			}
		}
	}
	return differences;
}

/** A stretch where two wordings differ on both sides, with its offsets in each passage. */
interface ChangedRegion {
	a: string;
	b: string;
	offsetA: number;
	offsetB: number;
}

/**
 * Stretches where both wordings have words of their own: runs of deletions and insertions,
 * joined across a single shared word ("Daily Example News" / "Example Times").
 */
function changedRegions(diff: readonly DiffPart[]): ChangedRegion[] {
	const regions: ChangedRegion[] = [];
	let offsetA = 0;
	let offsetB = 0;
	let open: ChangedRegion | null = null;
	let pendingEqual: { a: string; b: string } | null = null;
	const close = () => {
		if (open && open.a.trim() !== '' && open.b.trim() !== '') regions.push(open);
		open = null;
		pendingEqual = null;
	};
	for (const part of diff) {
		if (part.op === 'equal') {
			if (open && pendingEqual === null && part.a.trim().split(/\s+/).length <= 1)
				pendingEqual = { a: part.a, b: part.b };
			else close();
			offsetA += part.a.length;
			offsetB += part.b.length;
			continue;
		}
		if (!open) open = { a: '', b: '', offsetA, offsetB };
		if (pendingEqual) {
			open.a += pendingEqual.a;
			open.b += pendingEqual.b;
			pendingEqual = null;
		}
		if (part.op === 'delete') {
			if (open.a === '') open.offsetA = offsetA;
			open.a += part.a;
			offsetA += part.a.length;
		} else {
			if (open.b === '') open.offsetB = offsetB;
			open.b += part.b;
			offsetB += part.b.length;
		}
	}
	close();
	return regions;
}
