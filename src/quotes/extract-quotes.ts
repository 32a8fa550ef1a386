/**
 * Direct quotations in an article: where each one is, whether it is speech (a full quotation, or
 * a partial quote inside reported speech) or a term (a scare quote, a nickname, a label), and who
 * said it. Attribution follows a few general rules on the sentence around the quotation:
 * quote–verb–speaker (`," said Name, 22, a resident of Town`), quote–speaker–verb (`," Name, a
 * doctor, told AFP`), speaker–verb–quote (`Name told MPs: "…"`), "according to Name", and a
 * speaker carried over to the next quotation of the same sentence, to a paragraph that goes on
 * with the quotation, or to a run of paragraphs that are only quotation. Pronouns resolve to the
 * person last named; descriptions ("the governor") only to a person introduced with the same
 * role, else they stay descriptions.
 */
import type { Article } from '../schemas/article.ts';
import type { ExtractedQuote, QuoteForm, SpeakerKind } from '../schemas/quotes.ts';
import { ADDRESSEE_VERBS, ATTRIBUTION_VERBS, ROLE_SYNONYMS } from '../text/lexicon.ts';
import { findQuotedSpans, type QuotedSpan } from './find-quoted-spans.ts';
import { namesIn, readSpeaker, type NameMention, type SpeakerReading } from './read-speaker.ts';

/**
 * Quotations this short (in words) with nobody speaking them in their sentence are terms, not
 * speech: the seed story's scare quotes ("subtle but effective") have at most three words, its
 * shortest quoted speech more.
 */
const TERM_WORDS = 3;
/**
 * A speaker phrase longer than this (in words) is a clause, not a name. The longest attribution
 * phrases of the seed story and the dev corpus ("Mississauga-Lakeshore, Ont. MP Liberal MP
 * Charles Sousa") are about ten words.
 */
const MAX_SPEAKER_WORDS = 14;
/**
 * A person named within this many words of a sentence's start (after any lead-in phrase) is its
 * subject ("But last week, President Obama"); set on the dev corpus, where objects named later in
 * a sentence ("… to the two Michaels") must not take a following "he".
 */
const SUBJECT_WORDS = 6;
/**
 * Confidence of each way of finding a speaker: named next to the quotation, a pronoun, a
 * description matched by role, the quotation running on from the last one, a paragraph of
 * quotation after another one.
 */
const CONFIDENCE = { named: 1, pronoun: 0.8, description: 0.6, runsOn: 0.9, nextParagraph: 0.5 };

const VERB_WORD = /[a-z]+/g;
/** Clause starts that end a speaker phrase written after its verb (`said Name, who …`). */
const SPEAKER_END =
	/,\s*(?:who|whose|which|his|her|their|as|after|before|adding|referring|when|while|saying|according|and|but|in|on|at)\b|\s(?:on|in|at|during|after|before|when|while|as)\s+(?:the\s+|a\s+|an\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|statement|interview|news|press|speech|televised|parliament|Parliament|a|an|his|her)\b|(?<!\b\p{Lu}\p{Ll}{0,4})[.!?](?:\s|$)/u;

/** Conjunctions that open a new clause: the speaker of a verb stands after the last one before it. */
const SUBORDINATOR =
	/\b(?:that|what|after|because|when|while|as|and|but|if|since|though|although|where|whom|which|who)\b/i;
/** A sentence opening with a participle or preposition: names before its first comma are not its subject. */
const LEAD_IN =
	/^\s*(?:\p{Lu}\p{Ll}+ing|In|On|At|After|Before|With|Without|During|Despite|Following|Since|From|Under|Amid|For|To|As|While|When|Although|Though|Because|If|Prior)\b/u;
/** The words of a sentence's start after its lead-in phrase ("Speaking in the capital, Juba, "). */
function afterLeadIn(lead: string): string {
	return LEAD_IN.test(lead) ? lead.replace(/^.*,/s, '') : lead;
}

/** A full stop that ends a sentence, not an abbreviation ("Gov.", "Mr.", "Ont.", "U."). */
const SENTENCE_BREAK = /(?<!\b\p{Lu}\p{Ll}{0,4})[.!?]\s/u;
/** A conjunction opening the text after a quotation: what follows is a clause of its own. */
const LEADING_CONJUNCTION = /^(?:and|but|while|as|after|because|since|though|although|when|if)\b/i;
/** A clause break between a verb and a quotation: the quotation belongs to the later clause. */
const CLAUSE_BREAK =
	/[;]|,\s*(?:because|since|as|while|when|although|though|after|before|but|which|who|whose)\b|[.!?]\s/;

interface Attribution {
	speakerText: string;
	verb: string | null;
	reading: SpeakerReading;
}

/** The first attribution verb in a text, as written, with where it is. */
function firstVerb(text: string, last = false): { verb: string; index: number } | null {
	let found: { verb: string; index: number } | null = null;
	for (const m of text.matchAll(VERB_WORD)) {
		const before = text[m.index - 1] ?? ' ';
		if (/[\p{L}'’-]/u.test(before) || !ATTRIBUTION_VERBS.has(m[0])) continue;
		// "was called", ", called": passive, the speaker is not its subject.
		if (
			/^call/.test(m[0]) &&
			/(?:\b(?:was|were|is|are|been|be|being)|,)\s*$/.test(text.slice(0, m.index))
		)
			continue;
		found = { verb: m[0], index: m.index };
		if (!last) break;
	}
	return found;
}

/** Reads the speaker of a phrase that may carry appositions: the name part wins over a description part. */
function readParts(
	phrase: string,
	fromEnd: boolean,
	known: ReadonlySet<string>,
): SpeakerReading | null {
	const parts = phrase
		.split(/[,;:]/)
		.map((p) => p.trim())
		.filter(Boolean);
	if (parts.length === 0) return null;
	const ordered = fromEnd ? [...parts].reverse() : parts;
	let description: SpeakerReading | null = null;
	for (const part of ordered) {
		const reading = readSpeaker(part, known);
		if (!reading) continue;
		if (reading.kind !== 'description') {
			// The description part beside a name is its apposition ("Taban Deng, the governor").
			if (description) reading.roles.push(...description.roles);
			return reading;
		}
		description ??= reading;
	}
	return description;
}

/** Words in a phrase. */
const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** The speaker named after an attribution verb: `said Sara Sadeqi, 22, a homemaker in Qeshm City.` */
function speakerAfterVerb(
	rest: string,
	known: ReadonlySet<string>,
): { speakerText: string; reading: SpeakerReading } | null {
	const phrase = rest.split(SPEAKER_END)[0]!.trim();
	const first = phrase.split(/[,;:]/)[0]!;
	const reading = wordCount(first) <= MAX_SPEAKER_WORDS ? readSpeaker(phrase, known) : null;
	return reading ? { speakerText: phraseOf(phrase, reading), reading } : null;
}

/** Quote–verb–speaker or quote–speaker–verb, in the text after the closing mark. */
function attributionAfter(after: string, known: ReadonlySet<string>): Attribution | null {
	const tail = after.replace(/^[\s,.!?;:—–-]+/, '');
	const verb = firstVerb(tail);
	if (!verb) return null;
	const head = tail.slice(0, verb.index).trim();
	const rest = tail.slice(verb.index + verb.verb.length);
	if (head === '') {
		// Quote–verb–speaker: `," said Sara Sadeqi, 22, a homemaker in Qeshm City.`
		const found = ADDRESSEE_VERBS.has(verb.verb) ? null : speakerAfterVerb(rest, known);
		return found ? { ...found, verb: verb.verb } : null;
	}
	// `," and NDP Leader Jagmeet Singh called for …`: a new clause with a speaker of its own.
	if (
		SENTENCE_BREAK.test(head) ||
		wordCount(head) > MAX_SPEAKER_WORDS ||
		LEADING_CONJUNCTION.test(head)
	)
		return null;
	// Quote–speaker–verb: `," Name, a doctor at a clinic in Town, told AFP`, `," he was quoted as saying`;
	// a relative clause inside is left out (`," Ms Ruiz, who was elected in 2019, said`).
	const phrase = head
		.replace(/,\s*(?:who|whose|which)\b[^,]*(?:,|$)/g, ' ')
		.replace(/\s+(?:has|had|have|was|is|were|would|will)(?:\s+\w+)?$/, '')
		.trim();
	const reading = readParts(phrase, true, known);
	// `," the Sudanese capital, said one of the rebel leaders, Name`: a name after the verb beats a description before it.
	const later =
		reading?.kind === 'description' && !ADDRESSEE_VERBS.has(verb.verb)
			? speakerAfterVerb(rest, known)
			: null;
	if (later && later.reading.kind !== 'description') return { ...later, verb: verb.verb };
	return reading ? { speakerText: phraseOf(phrase, reading), verb: verb.verb, reading } : null;
}

/** Speaker–verb–quote in the text before the opening mark: `Inspector Gaskin said: "…`, `he told MPs he did "…"`. */
function attributionBefore(before: string, known: ReadonlySet<string>): Attribution | null {
	const last = firstVerb(before, true);
	// The quotation must belong to the verb's clause, not to a later one (`sources said, because …`).
	if (!last || CLAUSE_BREAK.test(before.slice(last.index))) return null;
	const head = before.slice(0, last.index).trim();
	const clause = head.split(SUBORDINATOR).at(-1)!.trim();
	// `condemnation from the U. S. State Department, which said`: the relative pronoun's antecedent speaks.
	const relative = /(?:^|\s)(?:from|by|of|with|for|to)\s+([^,]+),\s*(?:which|who)$/.exec(head);
	const antecedent = relative ? readSpeaker(relative[1]!, known) : null;
	if (antecedent && antecedent.kind !== 'description' && antecedent.kind !== 'pronoun')
		return { speakerText: relative![1]!, verb: last.verb, reading: antecedent };
	// The clause after the last conjunction, else the whole head ("Name, head of programs and relations at X,").
	let description: Attribution | null = null;
	for (const text of [clause, head]) {
		const phrase = text
			.split(/\s+/)
			.slice(-MAX_SPEAKER_WORDS)
			.join(' ')
			.replace(/[,;:]$/, '');
		const reading = phrase === '' ? null : readParts(phrase, true, known);
		if (!reading) continue;
		const found = { speakerText: phraseOf(phrase, reading), verb: last.verb, reading };
		if (reading.kind !== 'description') return found;
		description ??= found;
	}
	if (description) return description;
	// `X condemned the violence, saying "…"`: the subject opens the sentence.
	const subject = head.split(/[,;:]/)[0]!.trim();
	const read = subject ? readSpeaker(subject, known) : null;
	return read && read.kind !== 'description'
		? { speakerText: read.name, verb: last.verb, reading: read }
		: null;
}

/** "according to Name" anywhere in the sentence. */
function attributionAccording(sentence: string, known: ReadonlySet<string>): Attribution | null {
	const according = /\baccording to\s+([^.;:!?]+)/i.exec(sentence);
	if (!according) return null;
	const phrase = according[1]!.split(/,\s*(?:who|which|and|but)\b/)[0]!.trim();
	const reading = readParts(phrase, false, known);
	return reading ? { speakerText: phrase.replace(/,$/, ''), verb: 'according to', reading } : null;
}

/**
 * The speaker phrase and verb around a quotation (quoted words blanked out). A quotation that
 * opens its sentence looks after itself first (`"…," Name said`); one inside a sentence looks
 * before (`Name said the plan was "…"`).
 */
export function findAttribution(
	before: string,
	after: string,
	known: ReadonlySet<string> = new Set(),
): Attribution | null {
	const inside = before.trim() !== '' && !/:\s*$/.test(before);
	const order = inside
		? [() => attributionBefore(before, known), () => attributionAfter(after, known)]
		: [() => attributionAfter(after, known), () => attributionBefore(before, known)];
	for (const rule of [...order, () => attributionAccording(`${before} ${after}`, known)]) {
		const found = rule();
		if (found) return found;
	}
	return null;
}

/** The part of a phrase that names the speaker, for display ("Inspector Gaskin" rather than the whole clause). */
function phraseOf(phrase: string, reading: SpeakerReading): string {
	if (reading.kind === 'description' || reading.kind === 'pronoun') return reading.name;
	const words = reading.name.split(/[\s-]+/);
	const part = phrase
		.split(/[,;:]/)
		.map((p) => p.trim())
		.reverse()
		.find((p) => p.includes(words[0]!));
	if (!part) return reading.name;
	// Up to the name's last word: "Greek prime minister George Papandreou condemned …" → "… Papandreou".
	const last = part.lastIndexOf(words.at(-1)!);
	return last === -1 ? part : part.slice(0, last + words.at(-1)!.length);
}

/** Whether two role lists share a role (or a synonym of one). */
function rolesMatch(a: readonly string[], b: readonly string[]): boolean {
	const widen = (roles: readonly string[]) =>
		new Set(roles.flatMap((r) => ROLE_SYNONYMS.find((g) => g.includes(r)) ?? [r]));
	const wa = widen(a);
	return [...widen(b)].some((r) => wa.has(r));
}

/** The text with every quotation (marks included) blanked out, offsets kept; one pass over the text. */
function blankQuotes(text: string, spans: readonly QuotedSpan[]): string {
	const pieces: string[] = [];
	let at = 0;
	for (const s of [...spans].sort((a, b) => a.open - b.open)) {
		const open = Math.max(s.open, at);
		if (s.close <= open) continue;
		pieces.push(text.slice(at, open), text.slice(open, s.close).replace(/[^\n]/g, ' '));
		at = s.close;
	}
	pieces.push(text.slice(at));
	return pieces.join('');
}

/** Extracts the quotations of an article with their form and attribution. */
export function extractQuotes(article: Article): ExtractedQuote[] {
	const spans = findQuotedSpans(article);
	const reported = blankQuotes(article.text, spans);
	// Words the article capitalises inside a sentence: names even where they open one.
	const known = new Set(
		[...reported.matchAll(/(?<=[\p{Ll}\p{N},;]\s+)\p{Lu}[\p{L}'’-]*/gu)].map((m) => m[0]),
	);
	// People and organisations named outside quotations, in order, for pronouns, surnames and descriptions.
	const mentions: NameMention[] = article.paragraphs.flatMap((p) =>
		namesIn(reported.slice(p.start, p.end), known).map((m) => ({
			...m,
			start: m.start + p.start,
			end: m.end + p.start,
		})),
	);
	// Full-name mentions by surname, in text order, so each lookup is not a scan of the article.
	const fullMentions = new Map<string, NameMention[]>();
	for (const m of mentions) {
		if (!m.name.includes(' ')) continue;
		const surname = m.name.split(' ').at(-1)!.toLowerCase();
		const list = fullMentions.get(surname);
		if (list) list.push(m);
		else fullMentions.set(surname, [m]);
	}
	const fullName = (
		name: string,
		at: number,
		kind: 'person' | 'organisation' = 'person',
	): string => {
		if (name.includes(' ')) return name;
		const candidates = (fullMentions.get(name.toLowerCase()) ?? []).filter((m) => m.kind === kind);
		// The nearest full mention before, else the first after.
		return (candidates.filter((m) => m.start < at).at(-1) ?? candidates[0])?.name ?? name;
	};
	// Sentences are sorted and disjoint: a binary search keeps long articles linear overall.
	const sentenceAt = (offset: number): { start: number; end: number } => {
		let lo = 0;
		let hi = article.sentences.length - 1;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			const s = article.sentences[mid]!;
			if (offset < s.start) hi = mid - 1;
			else if (offset >= s.end) lo = mid + 1;
			else return s;
		}
		return { start: offset, end: offset };
	};

	const quotes: ExtractedQuote[] = [];
	const kinds: (SpeakerKind | null)[] = [];
	const nicknames: boolean[] = [];
	let lastSpeaker: { name: string; kind: SpeakerKind; at: number } | null = null;
	// The first person each sentence names, most often its subject: whom a later "he" or "she" means.
	// A lead-in phrase ("Describing Yida as …,", "In the House,") comes before the subject.
	const isSubjectSlot = (m: NameMention) => {
		const lead = reported.slice(sentenceAt(m.start).start, m.start);
		return m.kind === 'person' && !(LEAD_IN.test(lead) && !lead.includes(','));
	};
	const subjectSentences = new Set<number>();
	const subjects = mentions.filter((m) => {
		if (!isSubjectSlot(m)) return false;
		const start = sentenceAt(m.start).start;
		if (subjectSentences.has(start)) return false;
		subjectSentences.add(start);
		return true;
	});
	// A lede may describe someone ("The Greek prime minister has denounced …") and name them only in
	// the next sentence ("Prime Minister George Papandreou vowed …"): the first person that sentence
	// names with the description's role.
	const namedNext = (roles: readonly string[], sentenceEnd: number) => {
		const next = article.sentences.find((s) => s.start >= sentenceEnd);
		if (!next) return undefined;
		return mentions.find(
			(m) =>
				m.kind === 'person' &&
				m.start >= sentenceEnd &&
				m.end <= next.end &&
				rolesMatch(m.roles, roles),
		);
	};
	spans.forEach((q, index) => {
		const paragraph = article.paragraphs[q.paragraph]!;
		const endParagraph = article.paragraphs[q.endParagraph]!;
		const sentence = sentenceAt(q.open);
		const before = reported.slice(Math.max(sentence.start, paragraph.start), q.open);
		const closing = sentenceAt(Math.max(q.open, q.close - 1));
		const next = spans[index + 1];
		const afterEnd = Math.min(
			closing.end,
			endParagraph.end,
			next && next.open >= q.close ? next.open : Infinity,
		);
		const after = q.closed ? reported.slice(q.close, Math.max(q.close, afterEnd)) : '';
		const words = wordCount(article.text.slice(q.start, q.end));
		const opensSentence = before.trim() === '' || /:\s*$/.test(before);
		const quoted = article.text.slice(q.start, q.end);
		const attribution = findAttribution(before, after, known);
		// A quoted word between two capitalised words is a nickname: Vincent "The Chin" Gigante.
		const nickname =
			/\p{Lu}[\p{L}.]*\s*$/u.test(before) &&
			/^\s*\p{Lu}/u.test(article.text.slice(q.close, q.close + 3));
		// A short quote whose every word is capitalised is a name or a label: the "Two Michaels".
		const label =
			words <= TERM_WORDS && !opensSentence && /^(?:\P{L}*\p{Lu}[\p{L}'’-]*\P{L}*)+$/u.test(quoted);
		const term =
			nickname || label || (!opensSentence && words <= TERM_WORDS && attribution === null);
		const form: QuoteForm = term ? 'scare' : opensSentence ? 'full' : 'partial';

		let speaker: string | null = null;
		let kind: SpeakerKind | null = null;
		let confidence = 0;
		let speakerText: string | null = attribution && !term ? attribution.speakerText : null;
		const previous = quotes.at(-1);
		const previousSpan = spans[index - 1];
		const reading = term ? null : attribution?.reading;
		if (reading) {
			if (reading.kind === 'person' || reading.kind === 'organisation') {
				speaker = fullName(reading.name, q.open, reading.kind);
				kind = reading.kind;
				confidence = CONFIDENCE.named;
			} else if (reading.kind === 'pronoun') {
				// The more recent of the last speaker and the last person opening a sentence.
				// Earlier sentences, or this one's own subject ("President Obama … what he called"); a
				// name later in the sentence is someone else ("he told MPs he did … the two Michaels").
				const subject = subjects
					.filter(
						(m) =>
							m.end <= sentence.start ||
							(m.end <= q.open &&
								wordCount(afterLeadIn(reported.slice(sentence.start, m.start))) <= SUBJECT_WORDS),
					)
					.at(-1);
				// "he", "she", "I" and "we" are people; "it" is an organisation; "they" either.
				const pronoun = reading.name.toLowerCase();
				const wanted: SpeakerKind | null =
					pronoun === 'it' ? 'organisation' : pronoun === 'they' ? null : 'person';
				const fits = (k: SpeakerKind) => wanted === null || k === wanted;
				const last = lastSpeaker && fits(lastSpeaker.kind) ? lastSpeaker : null;
				const person = subject && fits('person') ? subject : null;
				const useLast = last && (!person || person.start < last.at);
				if (useLast) [speaker, kind] = [last.name, last.kind];
				else if (person) [speaker, kind] = [fullName(person.name, person.start), 'person'];
				else if (wanted === 'person') {
					// This sentence's own subject is a description: whom the next sentence names with its role.
					const own = readSpeaker(reported.slice(sentence.start, q.open), known);
					const ahead =
						own?.kind === 'description' && /^the\s/i.test(own.name) && own.roles.length > 0
							? namedNext(own.roles, sentence.end)
							: undefined;
					if (ahead) [speaker, kind] = [fullName(ahead.name, ahead.start), 'person'];
				}
				confidence = speaker ? CONFIDENCE.pronoun : 0;
			} else {
				// A definite description refers back to someone introduced with that role; "a …" is someone new.
				const definite = /^(?:the|this|that)\s/i.test(reading.name);
				const match = definite
					? (mentions.filter((m) => m.end <= q.open && rolesMatch(m.roles, reading.roles)).at(-1) ??
						namedNext(reading.roles, closing.end))
					: undefined;
				if (match) {
					speaker = match.kind === 'person' ? fullName(match.name, match.start) : match.name;
					kind = match.kind;
					confidence = CONFIDENCE.description;
				} else {
					speaker = reading.name.charAt(0).toUpperCase() + reading.name.slice(1);
					kind = 'description';
					confidence = CONFIDENCE.named;
				}
			}
		} else if (!term && previous && previous.speaker && previousSpan) {
			const sameSentence =
				sentenceAt(previousSpan.open).start === sentence.start &&
				previousSpan.endParagraph === q.paragraph;
			const runsOn =
				q.continued ||
				sameSentence ||
				(previousSpan.endParagraph === q.paragraph && before.trim() === '') ||
				(opensSentence &&
					before.trim() === '' &&
					previousSpan.endParagraph === q.paragraph - 1 &&
					after.trim() === '');
			if (runsOn) {
				speaker = previous.speaker;
				kind = kinds.at(-1) ?? null;
				confidence = q.continued || sameSentence ? CONFIDENCE.runsOn : CONFIDENCE.nextParagraph;
			}
		}
		if (
			!speaker &&
			!term &&
			opensSentence &&
			before.trim() === '' &&
			after.trim() === '' &&
			q.paragraph > 0
		) {
			// A paragraph of quotation after one of reported speech: `Gaskin said police were stretched.` / `"Resources are tight."`
			const prior = article.paragraphs[q.paragraph - 1]!;
			const text = reported.slice(prior.start, prior.end);
			const verb = text === article.text.slice(prior.start, prior.end) ? firstVerb(text) : null;
			const reading = verb
				? readParts(
						text.slice(0, verb.index).split(/\s+/).slice(-MAX_SPEAKER_WORDS).join(' '),
						true,
						known,
					)
				: null;
			if (verb && reading && (reading.kind === 'person' || reading.kind === 'organisation')) {
				speaker = fullName(reading.name, prior.start, reading.kind);
				kind = reading.kind;
				speakerText = reading.name;
				confidence = CONFIDENCE.nextParagraph;
			}
		}
		if (speaker && kind) lastSpeaker = { name: speaker, kind, at: q.open };
		kinds.push(kind);
		nicknames.push(nickname);
		quotes.push({
			id: `q-${article.id}-${quotes.length + 1}`,
			articleId: article.id,
			start: q.start,
			end: q.end,
			form,
			speakerText: speaker ? speakerText : null,
			speaker,
			speakerKind: kind,
			confidence,
			verb: speaker ? (attribution?.verb ?? null) : null,
			continued: !term && q.continued,
		});
	});
	// Quotations earlier in a sentence take the speaker named after a later one: `"A" because of its "B", X said`.
	// A short quote in such a sentence is that speaker's words too, not a term.
	for (let i = quotes.length - 2; i >= 0; i--) {
		const [q, r] = [quotes[i]!, quotes[i + 1]!];
		if (q.speaker || nicknames[i] || !r.speaker || r.form === 'scare') continue;
		if (sentenceAt(spans[i]!.close - 1).start !== sentenceAt(spans[i + 1]!.open).start) continue;
		quotes[i] = {
			...q,
			form: q.form === 'scare' ? 'partial' : q.form,
			speaker: r.speaker,
			speakerKind: r.speakerKind,
			confidence: CONFIDENCE.runsOn,
		};
	}
	return quotes;
}
