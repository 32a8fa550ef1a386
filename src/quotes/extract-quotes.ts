/**
 * Direct quotations in an article: where each one is, what kind it is (a full quotation, a
 * partial quote inside reported speech, a scare quote), and who said it with which verb,
 * resolving pronouns and descriptions to the nearest named speaker with a confidence.
 */
import type { Article } from '../schemas/article.ts';
import type { ExtractedQuote, QuoteForm } from '../schemas/quotes.ts';

const VERBS = [
	'said',
	'says',
	'say',
	'told',
	'tells',
	'wrote',
	'writes',
	'added',
	'adds',
	'stated',
	'asked',
	'tweeted',
	'declared',
	'explained',
	'noted',
	'insisted',
	'argued',
	'continued',
	'replied',
	'warned',
	'claimed',
	'alleged',
	'announced',
	'recalled',
	'admitted',
	'acknowledged',
	'concluded',
	'urged',
	'posted',
];
const VERB = new RegExp(`\\b(${VERBS.join('|')})\\b`, 'i');
const PRONOUN = /^(he|she|they|him|her|it)$/i;
const NAME_WORD = /^(?:[A-Z][\p{L}'’.-]*|[A-Z]\.)$/u;
const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gen|Lt|Col|Capt|Sgt|Gov|Hon|Rev)\.?$/;
/** Words capitalised at the start of a speaker phrase that are not names. */
const NOT_NAMES = new Set([
	'The',
	'A',
	'An',
	'In',
	'On',
	'At',
	'But',
	'And',
	'His',
	'Her',
	'Their',
	'Its',
	'This',
	'That',
	'Both',
	'Speaking',
	'According',
]);

/** A quotation mark's role: opening, closing, or either (straight marks). */
function markRole(c: string): 'open' | 'close' | 'either' | null {
	if (c === '“' || c === '„') return 'open';
	if (c === '”') return 'close';
	if (c === '"') return 'either';
	return null;
}

interface RawQuote {
	start: number;
	end: number;
	/** Offset of the opening mark. */
	open: number;
	/** Offset just after the closing mark, or the paragraph end when unclosed. */
	close: number;
	paragraph: number;
	continued: boolean;
	closed: boolean;
}

/** Finds the double-quoted stretches of each paragraph, joining quotations that run on. */
function findQuoted(article: Article): RawQuote[] {
	const quotes: RawQuote[] = [];
	let carry = false;
	article.paragraphs.forEach((p, pi) => {
		const text = article.text.slice(p.start, p.end);
		let open: number | null = null;
		let continued = false;
		for (let i = 0; i < text.length; i++) {
			const role = markRole(text[i]!);
			if (!role) continue;
			const opening = open === null && (role === 'open' || role === 'either');
			if (opening) {
				// A paragraph that opens with a quote mark after an unclosed quotation continues it.
				continued = carry && i === 0;
				open = i;
			} else if (open !== null && (role === 'close' || role === 'either')) {
				quotes.push({
					start: p.start + open + 1,
					end: p.start + i,
					open: p.start + open,
					close: p.start + i + 1,
					paragraph: pi,
					continued,
					closed: true,
				});
				open = null;
				continued = false;
			}
		}
		carry = false;
		if (open !== null) {
			// News style leaves a quotation open at a paragraph's end when the next paragraph goes on with it.
			quotes.push({
				start: p.start + open + 1,
				end: p.end,
				open: p.start + open,
				close: p.end,
				paragraph: pi,
				continued,
				closed: false,
			});
			carry = true;
		}
	});
	return quotes.filter((q) => /[\p{L}\p{N}]/u.test(article.text.slice(q.start, q.end)));
}

/** The sentence span around an offset. */
function sentenceAround(article: Article, offset: number): { start: number; end: number } {
	return (
		article.sentences.find((s) => s.start <= offset && offset < s.end) ?? {
			start: offset,
			end: offset,
		}
	);
}

/** The speaker phrase and verb in text next to a quotation, if any. */
function findAttribution(
	before: string,
	after: string,
): { speakerText: string; verb: string } | null {
	// After the quote: `," he said`, `," Dong told the House`, `," said the Don Valley North representative`.
	const tail = after.replace(/^[\s,.!?;:—–-]+/, '');
	const verbAfter = VERB.exec(tail);
	if (verbAfter && verbAfter.index < 90) {
		const head = tail.slice(0, verbAfter.index).trim().replace(/,$/, '');
		const verb = verbAfter[1]!.toLowerCase();
		if (head !== '') {
			// "Mr Dong, who was elected to parliament in 2019," → "Mr Dong"
			const speaker = head
				.split(/,\s*(?:who|whose|which)\b/)[0]!
				.replace(/,$/, '')
				.trim();
			if (
				speaker.split(/\s+/).length <= 9 &&
				!/[.!?]/.test(speaker.replace(/\b(?:Mr|Mrs|Ms|Dr|Ont|St)\./g, ''))
			) {
				return { speakerText: speaker, verb };
			}
		} else {
			// Verb first: `said Dong, his voice breaking`, `said Mississauga-Lakeshore, Ont. MP Liberal MP Charles Sousa, who …`.
			const rest = tail.slice(verbAfter.index + verbAfter[0].length).trim();
			const speaker = rest
				.split(
					/,\s*(?:who|whose|which|his|her|their|as|after|before|adding|referring)\b|\s+(?:on|in|at|during|after|before|about|to|from)\s+(?:the\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|House|a|an|his|her)\b|(?<!\b(?:Ont|Mr|Mrs|Ms|Dr|St|Jr|Sr|Que|Sask|Alta|Man))[.!?](?:\s|$)/,
				)[0]!
				.replace(/,$/, '')
				.trim();
			if (speaker !== '' && speaker.split(/\s+/).length <= 12)
				return { speakerText: speaker, verb };
		}
	}
	// Before the quote: `PMO spokesperson Alison Murphy wrote that her office “…”`, `he told MPs he did "…"`.
	const verbs = [...before.matchAll(new RegExp(VERB.source, 'gi'))];
	const last = verbs.at(-1);
	if (last) {
		const head = before.slice(0, last.index).trim();
		const clause = head
			.split(/[,;:]\s*/)
			.at(-1)!
			.trim();
		const words = clause.split(/\s+/).filter(Boolean);
		if (words.length > 0 && words.length <= 10)
			return { speakerText: clause, verb: last[1]!.toLowerCase() };
	}
	return null;
}

/** Capitalised words that end organisations and places, not people. */
const NOT_PERSON =
	/\b(?:News|Party|Office|House|Commons|Press|Mail|Canada|Ottawa|Toronto|Beijing|China|Parliament|Valley|North|South|East|West|Government|Ministry|Caucus|Liberals?|Conservatives?|Huawei|Michaels)$/;

/** Runs of capitalised words in a phrase (honorifics, acronyms and sentence openers break them). */
function capitalisedRuns(phrase: string): string[][] {
	const runs: string[][] = [];
	let run: string[] = [];
	for (const raw of phrase.replace(/[()]/g, ' ').split(/\s+/).filter(Boolean)) {
		// Punctuation after a word ends the phrase it belongs to ("In the House, Dong told").
		const breaks = /[,;:]$/.test(raw);
		const word = raw.replace(/[,;:]+$/, '');
		const bare = word
			.replace(/['’]s$/, '')
			.replace(/[.]$/, (dot) => (/^[A-Z]\.$/.test(word) ? dot : ''));
		const isName =
			NAME_WORD.test(bare) &&
			!NOT_NAMES.has(bare) &&
			!HONORIFIC.test(bare) &&
			!/^(?:[A-Z]{2,}|Ont)$/.test(bare);
		if (isName) run.push(bare);
		if ((!isName || breaks) && run.length > 0) {
			runs.push(run);
			run = [];
		}
	}
	if (run.length > 0) runs.push(run);
	return runs;
}

/**
 * The person named in a phrase: the last capitalised run that is not an organisation or a
 * place, cut to its last two words to drop titles ("Conservative Leader Pierre Poilievre" →
 * "Pierre Poilievre"). Null when the phrase names no one.
 * @example nameIn('PMO spokesperson Alison Murphy') // 'Alison Murphy'
 */
export function nameIn(phrase: string): string | null {
	const runs = capitalisedRuns(phrase).filter((run) => !NOT_PERSON.test(run.join(' ')));
	const run = runs.at(-1);
	return run ? run.slice(-2).join(' ') : null;
}

/** People named in full (two words or more) outside quotations, in order of first mention. */
function peopleIn(text: string): string[] {
	const people: string[] = [];
	const reported = text.replace(/["“][^"”\n]*["”]?/g, ' ');
	for (const sentence of reported.split(/(?<=[.!?])\s+|\n+/)) {
		for (const run of capitalisedRuns(sentence)) {
			if (run.length < 2 || run.includes('I') || NOT_PERSON.test(run.join(' '))) continue;
			const name = run.slice(-2).join(' ');
			if (!people.includes(name)) people.push(name);
		}
	}
	return people;
}

/** Expands a surname-only mention ("Dong", "Mr Wenbin") to the full name the article uses. */
function fullName(mention: string, people: readonly string[]): string {
	if (mention.includes(' ')) return mention;
	return people.find((n) => n.split(' ').at(-1) === mention) ?? mention;
}

/** Extracts the quotations of an article with their form and attribution. */
export function extractQuotes(article: Article): ExtractedQuote[] {
	const raw = findQuoted(article);
	const people = peopleIn(article.text);
	const quotes: ExtractedQuote[] = [];
	let lastSpeaker: string | null = null;
	// Until a quote names someone, pronouns point at the person the article names most.
	const mentions = (name: string) =>
		article.text.split(new RegExp(`\\b${escapeRegExp(name.split(' ').at(-1)!)}\\b`)).length - 1;
	let lastNamed: string | null = [...people].sort((x, y) => mentions(y) - mentions(x))[0] ?? null;
	raw.forEach((q, index) => {
		const words = article.text.slice(q.start, q.end).trim().split(/\s+/).length;
		const sentence = sentenceAround(article, q.open);
		const paragraph = article.paragraphs[q.paragraph]!;
		const before = article.text.slice(Math.max(sentence.start, paragraph.start), q.open);
		const lastSentence = sentenceAround(article, Math.max(q.open, q.close - 1));
		const after = q.closed
			? article.text.slice(q.close, Math.min(lastSentence.end, paragraph.end))
			: '';
		const starts = before.trim() === '' || (/[:,]\s*$/.test(before) && VERB.test(before));
		const form: QuoteForm = starts ? 'full' : words <= 3 ? 'scare' : 'partial';
		// Text between this quote and the next quote in the same sentence belongs to this one.
		const next = raw[index + 1];
		const afterText =
			next && next.open < lastSentence.end ? article.text.slice(q.close, next.open) : after;
		// Scare quotes are the outlet's own words: nobody to attribute.
		const attribution = form === 'scare' ? null : findAttribution(before, afterText);
		let speaker: string | null = null;
		let confidence = 0;
		let speakerText: string | null = attribution?.speakerText ?? null;
		if (attribution) {
			const phrase = attribution.speakerText;
			const named = /^(?:the|a|an)\s/i.test(phrase) ? null : nameIn(phrase);
			if (named) {
				speaker = fullName(named, people);
				confidence = 1;
			} else if (PRONOUN.test(phrase.split(/\s+/)[0]!)) {
				speaker = lastSpeaker ?? lastNamed;
				confidence = speaker ? 0.8 : 0;
			} else if (/^(?:a|an)\s/i.test(phrase)) {
				// "A spokesperson for the Prime Minister's Office": someone new, unnamed.
				speaker = phrase.replace(/^(a|an)\s/i, (m) => m[0]!.toUpperCase() + m.slice(1));
				confidence = 1;
			} else {
				// "the Don Valley North representative" points back, most likely to the last speaker.
				speaker = lastSpeaker ?? lastNamed;
				confidence = speaker ? 0.6 : 0;
			}
		} else if (form !== 'scare' && (q.continued || (lastSpeaker && form === 'full'))) {
			// A quotation running on, or a paragraph of quotation right after another, with no attribution of its own.
			speaker = lastSpeaker;
			speakerText = null;
			confidence = speaker ? (q.continued ? 0.9 : 0.5) : 0;
		}
		if (speaker) lastSpeaker = speaker;
		const mentioned = form === 'scare' ? null : nameIn(before);
		if (mentioned) lastNamed = fullName(mentioned, people);
		quotes.push({
			id: `q-${article.id}-${quotes.length + 1}`,
			articleId: article.id,
			start: q.start,
			end: q.end,
			form,
			speakerText,
			speaker,
			confidence,
			verb: attribution?.verb ?? null,
			continued: form !== 'scare' && q.continued,
		});
	});
	return quotes;
}

function escapeRegExp(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
