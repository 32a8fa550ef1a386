/**
 * Scores a story's quotations against hand-labelled gold quotations of the same articles:
 * quotation spans (exact words, by file and line) and speaker attribution (a named speaker
 * counts as right when it is the gold person under any of the spellings the gold lists).
 */
import type { Article } from '../schemas/article.ts';
import type { Quote, Utterance } from '../schemas/quotes.ts';

/** One labelled quotation. */
export interface GoldQuote {
	file: string;
	/** 1-based line of the raw file where the quotation starts, and where it ends when on another line. */
	line: number;
	endLine?: number;
	/** The quoted words as in the file, without marks or a trailing comma. */
	text: string;
	/** The canonical speaker, or null when the text names none. */
	speaker: string | null;
	kind: 'speech' | 'term';
}

/** The gold of one event: its quotations and each person's spellings. */
export interface GoldEvent {
	quotes: readonly GoldQuote[];
	people: Readonly<Record<string, readonly string[]>>;
}

/** Precision and recall of spans and of attribution, with what went wrong. */
export interface QuoteScore {
	spans: { predicted: number; gold: number; correct: number; precision: number; recall: number };
	attribution: {
		predicted: number;
		gold: number;
		correct: number;
		precision: number;
		recall: number;
	};
	/**
	 * Quotations of one utterance carried by two outlets (gold pairs across files with one
	 * speaker, one wording containing the other): how many the story groups into one utterance,
	 * and how many of those get the gold speaker.
	 */
	grouping: { pairs: number; grouped: number; speakerRight: number };
	/** Gold quotations found nowhere, by `file:line: text`. */
	missedSpans: string[];
	/** Predicted quotations the gold lacks. */
	extraSpans: string[];
	/** Named speakers that are wrong: `file:line: predicted ≠ gold`. */
	wrongSpeakers: string[];
	/** Gold speakers not named: `file:line: gold (predicted or null)`. */
	missedSpeakers: string[];
}

/** Words as compared: spaces collapsed, hyphens closed up, dots dropped, lowercase. */
function normalise(text: string): string {
	return text
		.replace(/\s*-\s*/g, '-')
		.replace(/[’‘]/g, "'")
		.replace(/\.(?=\s|$)|\./g, '')
		.replace(/\s+/g, ' ')
		.replace(/^[\s,'"]+|[\s,'"]+$/g, '')
		.toLowerCase();
}

/** The last word of a name ("Abdolreza Sheikholeslami" → "sheikholeslami"). */
function surname(name: string): string {
	return normalise(name).split(' ').at(-1) ?? '';
}

/** Surnames under which the gold knows a speaker: its canonical name and each variant's name part. */
function surnamesOf(event: GoldEvent, speaker: string): Set<string> {
	const names = new Set([surname(speaker)]);
	for (const variant of event.people[speaker] ?? []) {
		for (const part of variant.split(',')) {
			// "Governor of Qeshm island" describes; only parts that are names give a surname.
			if (/\b(?:of|in|for|at)\b/.test(part) || !/^\s*\p{Lu}/u.test(part)) continue;
			names.add(surname(part));
		}
	}
	return names;
}

/**
 * Whether a predicted name is the gold speaker: the same surname as the canonical name or a
 * spelling the gold lists, or (for an organisation) its name less a qualifier ("United Nations
 * Mine Action Coordination Center" for "… Center of South Sudan").
 */
function sameSpeaker(event: GoldEvent, gold: string, predicted: string): boolean {
	const name = normalise(predicted);
	if (surnamesOf(event, gold).has(surname(predicted))) return true;
	return name.includes(' ') && ` ${normalise(gold)} `.includes(` ${name} `);
}

/** Scores the quotations of the given articles against the gold of their event. */
export function scoreQuotes(
	articles: readonly Article[],
	quotes: readonly Quote[],
	event: GoldEvent,
	utterances: readonly Utterance[] = [],
): QuoteScore {
	const byId = new Map(articles.map((a) => [a.id, a]));
	const files = new Set(event.quotes.map((q) => q.file));
	const predicted = quotes
		.filter((q) => files.has(byId.get(q.articleId)?.sourceFile ?? ''))
		.map((q) => {
			const article = byId.get(q.articleId)!;
			const line =
				article.paragraphs.find((p) => p.start <= q.start && q.start <= p.end)?.line ?? 0;
			return {
				quote: q,
				file: article.sourceFile,
				line,
				text: normalise(article.text.slice(q.start, q.end)),
			};
		});
	const used = new Set<number>();
	let spanHits = 0;
	let attributed = 0;
	let attributedRight = 0;
	let goldNamed = 0;
	const missedSpans: string[] = [];
	// The predicted quotation each gold quotation was matched to, for grouping.
	const matchOf = new Map<GoldQuote, Quote>();
	const wrongSpeakers: string[] = [];
	const missedSpeakers: string[] = [];
	for (const g of event.quotes) {
		const text = normalise(g.text);
		const where = `${g.file}:${g.line}`;
		const exact = predicted.findIndex(
			(p, i) => !used.has(i) && p.file === g.file && p.line === g.line && p.text === text,
		);
		// For attribution, a quotation found with slightly different bounds still counts as found.
		const loose =
			exact !== -1
				? exact
				: predicted.findIndex(
						(p, i) =>
							!used.has(i) &&
							p.file === g.file &&
							p.line >= g.line &&
							p.line <= (g.endLine ?? g.line) &&
							(p.text.includes(text.slice(0, 20)) || text.includes(p.text.slice(0, 20))),
					);
		if (exact !== -1) spanHits++;
		else missedSpans.push(`${where}: ${g.text}`);
		if (loose !== -1) {
			used.add(loose);
			matchOf.set(g, predicted[loose]!.quote);
		}
		if (g.speaker) goldNamed++;
		const p = loose === -1 ? null : predicted[loose]!;
		const named = p && (p.quote.speakerKind === 'person' || p.quote.speakerKind === 'organisation');
		if (named) {
			attributed++;
			const right = g.speaker !== null && sameSpeaker(event, g.speaker, p.quote.speaker!);
			if (right) attributedRight++;
			else wrongSpeakers.push(`${where}: ${p.quote.speaker} ≠ ${g.speaker ?? 'nobody'}`);
		} else if (g.speaker)
			missedSpeakers.push(`${where}: ${g.speaker} (${p?.quote.speaker ?? 'null'})`);
	}
	const grouping = { pairs: 0, grouped: 0, speakerRight: 0 };
	const speech = event.quotes.filter((g) => g.kind === 'speech' && g.speaker !== null);
	speech.forEach((a, i) => {
		for (const b of speech.slice(i + 1)) {
			if (a.file === b.file || a.speaker !== b.speaker) continue;
			const [x, y] = [normalise(a.text), normalise(b.text)];
			const [short, long] = x.length <= y.length ? [x, y] : [y, x];
			if (short.split(' ').length < 4 || !long.includes(short)) continue;
			grouping.pairs++;
			const [p, q] = [matchOf.get(a), matchOf.get(b)];
			if (!p?.utteranceId || p.utteranceId !== q?.utteranceId) continue;
			grouping.grouped++;
			const speaker = utterances.find((u) => u.id === p.utteranceId)?.speaker;
			if (speaker && sameSpeaker(event, a.speaker!, speaker)) grouping.speakerRight++;
		}
	});
	const extraSpans = predicted
		.filter((_, i) => !used.has(i))
		.map((p) => `${p.file}:${p.line}: ${p.text}`);
	const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
	return {
		spans: {
			predicted: predicted.length,
			gold: event.quotes.length,
			correct: spanHits,
			precision: ratio(spanHits, predicted.length),
			recall: ratio(spanHits, event.quotes.length),
		},
		attribution: {
			predicted: attributed,
			gold: goldNamed,
			correct: attributedRight,
			precision: ratio(attributedRight, attributed),
			recall: ratio(attributedRight, goldNamed),
		},
		grouping,
		missedSpans,
		extraSpans,
		wrongSpeakers,
		missedSpeakers,
	};
}
