/**
 * Separates a captured article's body from everything around it (site chrome, captions,
 * credits, teasers) and repairs its text, by general rules that hold for captures of any
 * site. Every line it removes or sets aside and every repair it makes is logged with its rule.
 */
import type { Repair } from '../schemas/manifest.ts';
import { repairMojibake } from './repair-mojibake.ts';
import type { CleaningEntry, CleaningWarning } from '../schemas/article.ts';
import { EMBED_SIGNATURE, parseDateline, type DatelineReading } from './find-dateline.ts';
import { whyNotHeadline } from './judge-headline.ts';
import {
	CAPTION_CUES,
	CAPTION_AGENCY_TAGS,
	CAPTION_LINE,
	CHROME_PHRASES,
	CONSENT_BANNER,
	COPYRIGHT_LINE,
	CREDIT_ENDINGS,
	CREDIT_OPENINGS,
	COMMENT_HEADINGS,
	END_HEADINGS,
	BREADCRUMB,
	PRINT_NOTE,
	MONTH_NAMES,
	PROMO_OPENINGS,
	REPORTING_CREDIT,
	WIRE_AGENCIES,
} from '../text/lexicon.ts';

/** A body paragraph and the raw line it came from. */
export interface CleanParagraph {
	/** The paragraph's clean text, one line, trimmed. */
	text: string;
	/** 1-based line of the raw text it came from. */
	line: number;
}

/** A dateline found among the capture's first lines. */
export interface FoundDateline extends DatelineReading {
	/** 1-based raw line. */
	line: number;
	/** The line's clean text. */
	text: string;
}

/** The parts of a capture, cleaned. */
export interface CleanedArticle {
	/** Date from a leading ` date YYYY-MM-DD ` line prefix, or null. */
	date: string | null;
	/** The capture's dateline (the first one among its first lines), or null. */
	dateline: FoundDateline | null;
	/** Headline found above the body, or null. */
	headline: string | null;
	/** Photo caption found above the body, or null. */
	caption: string | null;
	/** Credit lines, in order. */
	credits: string[];
	/** Body paragraphs, in order. */
	paragraphs: CleanParagraph[];
	/** Every removal, extraction and repair, in line order. */
	log: CleaningEntry[];
	/** Rules that removed two or more lines reading like sentences. */
	warnings: CleaningWarning[];
}

/** Options for {@link cleanArticle}. */
export interface CleanOptions {
	/** Explicit repairs declared in the manifest, applied before any rule. */
	repairs?: readonly Repair[];
	/**
	 * Lines known to be the site's template: they recur verbatim in captures of different
	 * stories from the same outlet. Compared after whitespace normalisation.
	 */
	templateLines?: ReadonlySet<string>;
}

const DATE_PREFIX = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s+/i;
// Bidi controls, zero-width space and stray byte-order marks: invisible, and a means of
// disguising text (bidi spoofing). Zero-width (non-)joiners are kept: scripts need them.
const INVISIBLE = /[\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;
/** A text dump's numbered link marker glued to the link's text ("[12]Skip to content"). */
const LINK_MARKER = /\[\d{1,4}\](?=\S)/g;
const CREDIT = new RegExp(
	`^[\\s—–-]*(${CREDIT_OPENINGS.join('|')})\\b|\\b(${CREDIT_ENDINGS.join('|')})\\W*$`,
	'i',
);
const WIRE_CREDIT = new RegExp(`^[\\s—–-]*(${WIRE_AGENCIES.join('|')})\\s*$`, 'i');
const CAPTION_CUE = new RegExp(
	`\\b(${CAPTION_CUES.join('|')})\\b|\\((?:${CAPTION_AGENCY_TAGS.join('|')})\\b`,
	'i',
);
/** Phrases of navigation, sharing and sign-up chrome, matched against whole short lines. */
const CHROME_PHRASE = new RegExp(`^(${CHROME_PHRASES.join('|')})$`, 'i');
/**
 * Headings that may open the site's trailing material. They end the article only with strong
 * evidence (see {@link cleanArticle}); otherwise the heading alone is removed.
 */
const END_MARKER = new RegExp(`^(${END_HEADINGS.join('|')})$`, 'i');
/**
 * A control or stamp of a comment thread ("Reply", "Like (12)", "Report", "2 hours ago"): what
 * tells readers' comments from an article that merely has a section headed "Comments".
 */
const COMMENT_UI =
	/^(?:reply|replies|like|likes|report|flag|upvote|downvote|share)(?:\s*\(\d+\))?$|^\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago$/i;
/** The headings of END_MARKER that open readers' comments. */
const COMMENTS_MARKER = new RegExp(`^(${COMMENT_HEADINGS.join('|')})$`, 'i');
/** A promotion of another story: an opening, a colon (or bar, arrow), then its title. */
const PROMO_LINE = new RegExp(`^(?:${PROMO_OPENINGS.join('|')})\\s*[:|»>]\\s*\\S`, 'i');
// End punctuation, then closing quotes or brackets; tokenised captures put a space before a
// closing quote ("subdued. '").
const TERMINAL = /[.!?…](?:\s?["'”’)\]])*$|["”’]$/;
// A line ending in a comma or semicolon runs on into the next: prose, never a title.
const RUNS_ON = /[,;]$/;
/** A line that asks, exclaims or quotes ("Why? \"", "No!"). */
const SPOKEN = /[?!"“”‘’]/;
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** Lines shorter than this, without end punctuation, have no sentence structure. */
const MIN_SENTENCE_WORDS = 8;
/** A headline has at least this many words and at most HEADLINE_MAX_WORDS. */
const HEADLINE_MIN_WORDS = 5;
const HEADLINE_MAX_WORDS = 25;
/**
 * The first line of a capture, or the line next to its dateline, is the headline from three
 * words ("5.9 Earthquake Jolts Iran" in the dev corpus); elsewhere short lines are labels.
 */
const LEADING_HEADLINE_MIN_WORDS = 3;
/**
 * How many non-empty lines at the top of a capture are searched for a dateline. Captures put
 * it within the first four lines (headline, a deck or two, then the dateline) in the dev corpus;
 * five leaves one line of slack without reaching into the body.
 */
const DATELINE_SCAN_LINES = 5;
/**
 * How many of a capture's last lines are searched for a dateline when none stands at the top:
 * sites that print the date under the text put it on the last line or just above a short footer
 * (one capture of the development corpus); three leaves room for a credit and a tag line.
 */
const TRAILING_DATELINE_LINES = 3;
/**
 * Lines of page furniture (menus, buttons, short labels: see `isPageLabel`) do not count towards
 * DATELINE_SCAN_LINES, up to this many lines in all: a news site's menu bar and sharing buttons
 * can fill a dozen lines above the headline, and forty leaves room for a long menu without
 * reading a whole article of short lines.
 */
const DATELINE_SCAN_MAX_LINES = 40;
/**
 * How many lines after an end-of-article heading are read to judge whether they are links
 * (short, unpunctuated) or prose. Eight covers a typical "Most read" list of five to eight items.
 */
const END_LOOKAHEAD_LINES = 8;
/**
 * A capture whose lines are all at most this long may be a text dump that breaks paragraphs at a
 * fixed width (usually 72 or 80 characters); real captures put each paragraph on one line, and
 * the seed story's and the development corpus's have lines far longer than this.
 */
const WRAP_MAX_WIDTH = 100;
/** A wrapped line is at least this share of the capture's longest line. */
const WRAP_LONG_SHARE = 0.6;
/**
 * Long lines without end punctuation that go on in lower case on the next line, needed to take a
 * capture for wrapped: two, since one such line can be a heading followed by a lower-case label.
 */
const WRAP_MIN_CONTINUATIONS = 2;
/**
 * Fewest section labels that make a run of short lines a page's menu: three ("World", "Business",
 * "Markets"); two short lines under a headline are more often a byline and a place.
 */
const MENU_MIN_ITEMS = 3;
/** A line with end punctuation and at least this many words reads like a sentence. */
const SENTENCE_LIKE_MIN_WORDS = 4;

/** Counts the words of a string as the site counts them. */
export function countWords(text: string): number {
	return text.match(WORD)?.length ?? 0;
}

/** Normalises a line for comparison with template lines: trimmed, single spaces. */
export function normalizeLine(line: string): string {
	return line.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Whether a line reads like a sentence (and so may be real article text). */
export function isSentenceLike(line: string): boolean {
	const words = countWords(line);
	return (TERMINAL.test(line) && words >= SENTENCE_LIKE_MIN_WORDS) || words >= MIN_SENTENCE_WORDS;
}

interface Line {
	/** 1-based raw line number. */
	no: number;
	/** Raw line number of its last raw line: `no`, unless wrapped lines were joined to it. */
	last: number;
	/** The raw line. */
	raw: string;
	/** The repaired line. */
	text: string;
	/** Log entries of its repairs. */
	repairs: CleaningEntry[];
}

/**
 * Cleans a decoded capture: repairs its text line by line, then classifies each line as body,
 * headline, dateline, caption, credit or boilerplate. A rule that ends the article early needs
 * strong evidence: a credit line, or an end heading followed by link-like lines or recurring
 * in the site's template; an inline promotion is removed alone. Never throws; an article that
 * is all boilerplate comes back with no paragraphs.
 */
export function cleanArticle(text: string, options: CleanOptions = {}): CleanedArticle {
	const { repairs = [], templateLines = new Set<string>() } = options;
	const log: CleaningEntry[] = [];
	const result: CleanedArticle = {
		date: null,
		dateline: null,
		headline: null,
		caption: null,
		credits: [],
		paragraphs: [],
		log,
		warnings: [],
	};
	const remove = (rule: string, line: number, raw: string, detail: string): void => {
		log.push({ rule, action: 'removed', line, text: raw, replacement: null, detail });
	};
	const extract = (rule: string, line: number, raw: string, detail: string): void => {
		log.push({ rule, action: 'extracted', line, text: raw, replacement: null, detail });
	};

	const lines: Line[] = [];
	text.split('\n').forEach((raw, index) => {
		if (raw.trim() === '') return;
		const lineRepairs: CleaningEntry[] = [];
		const fixed = repairLine(raw, index + 1, repairs, lineRepairs);
		lines.push({ no: index + 1, last: index + 1, raw, text: fixed, repairs: lineRepairs });
	});
	unwrapLines(lines);
	const isTemplate = (line: Line): boolean =>
		templateLines.has(line.text) || templateLines.has(normalizeLine(line.raw));
	const datelines = findHeaderDatelines(lines);
	// Lines above the last dateline of the header are header matter (headline, decks), even
	// when they are full sentences.
	const headerEnd = datelines.size > 0 ? Math.max(...datelines.keys()) : 0;

	let bodyStarted = false;
	// Names of the bylines above the body ("By Sam Lee"): a note on the author opens on one.
	const bylineNames: string[] = [];
	let trailing: { rule: string; detail: string } | null = null;
	lines.forEach((entry, index) => {
		const lineNo = entry.no;
		log.push(...entry.repairs);
		let line = entry.text;

		if (!result.date && result.paragraphs.length === 0 && !bodyStarted) {
			const date = DATE_PREFIX.exec(line);
			if (date) {
				result.date = date[1]!;
				extract(
					'date-prefix',
					lineNo,
					date[0].trim(),
					`Took the capture's date line "${date[0].trim()}" as the publication date.`,
				);
				line = line.slice(date[0].length);
			}
		}
		if (line === '') return;
		if (!bodyStarted) {
			const byline = BYLINE_NAME.exec(line)?.[1];
			if (byline) bylineNames.push(byline.toLowerCase());
		}

		if (trailing) {
			remove(trailing.rule, lineNo, line, trailing.detail);
			return;
		}
		// Without a dateline at the top, a dateline among the last lines is the capture's own
		// ("Date Published: Tuesday, November 15, 2011" under the text).
		const dateline =
			datelines.get(lineNo) ??
			(datelines.size === 0 &&
			result.dateline === null &&
			bodyStarted &&
			index >= lines.length - TRAILING_DATELINE_LINES
				? parseDateline(line)
				: null);
		if (dateline) {
			if (result.dateline === null) {
				result.dateline = { ...dateline, line: lineNo, text: line };
			} else if (result.dateline.updated === null && dateline.date >= result.dateline.date) {
				result.dateline.updated = dateline.updated ?? dateline.date;
			}
			extract('dateline', lineNo, line, describeDateline(dateline));
			return;
		}
		if (
			CONSENT_BANNER.test(line) &&
			!(bodyStarted && isSentenceLike(line) && TERMINAL.test(line))
		) {
			remove(
				'consent-banner',
				lineNo,
				line,
				"The site's cookie or consent banner, not article text.",
			);
			return;
		}
		if (bodyStarted && COPYRIGHT_LINE.test(line)) {
			remove(
				'copyright',
				lineNo,
				line,
				"The page's copyright notice, which follows the article: it ends the text.",
			);
			trailing = {
				rule: 'after-copyright',
				detail: 'Follows the copyright notice that ends the article: author notes, site links.',
			};
			return;
		}
		if (
			CREDIT.test(line) ||
			(bodyStarted && (WIRE_CREDIT.test(line) || REPORTING_CREDIT.test(line)))
		) {
			result.credits.push(line.replace(/^[\s—–-]+/, ''));
			extract('credit', lineNo, line, 'A credit line: shown as a credit, not as part of the text.');
			trailing = {
				rule: 'after-credits',
				detail: 'Follows the credit line that ends the article: site teasers and links.',
			};
			return;
		}
		const template = isTemplate(entry);
		const words = countWords(line);
		const hasStructure = endsSentence(line, words) || words >= MIN_SENTENCE_WORDS;
		// Before end headings: "More from X: <title>" is one link, not the start of a list.
		if (bodyStarted && PROMO_LINE.test(line)) {
			remove(
				'promo-line',
				lineNo,
				line,
				'A link promoting another story, inside the article: removed alone, the text after it kept.',
			);
			return;
		}
		if (bodyStarted && !TERMINAL.test(line) && END_MARKER.test(line)) {
			const after = lines.slice(index + 1, index + 1 + END_LOOKAHEAD_LINES);
			const linkLike = after.filter((l) => isTemplate(l) || !isSentenceLike(l.text)).length;
			if (
				COMMENTS_MARKER.test(line) &&
				(template || linkLike * 2 >= after.length) &&
				after.some((l) => COMMENT_UI.test(l.text))
			) {
				remove('comments', lineNo, line, "The heading of readers' comments under the article.");
				trailing = {
					rule: 'after-comments',
					detail: "Readers' comments under the article: their text, names and buttons.",
				};
			} else if (template || linkLike * 2 >= after.length) {
				remove(
					'end-marker',
					lineNo,
					line,
					template
						? "A heading that recurs in this outlet's captures of other stories and opens the page's trailing links."
						: "A heading that opens the page's trailing links and comments: the lines after it read as links, not sentences.",
				);
				trailing = {
					rule: 'after-end-marker',
					detail: 'Follows the end of the article: site teasers and links.',
				};
			} else {
				remove(
					'end-marker-alone',
					lineNo,
					line,
					'A heading of the kind that opens trailing links, but the lines after it read as sentences: removed alone, the text after it kept.',
				);
			}
			return;
		}
		if (template) {
			remove(
				'site-template',
				lineNo,
				line,
				"Recurs verbatim in this outlet's captures of other stories: site template, not article text.",
			);
			return;
		}
		if (bodyStarted && (CAPTION_LINE.test(line) || GLUED_CREDIT.test(line))) {
			remove(
				'caption-in-text',
				lineNo,
				line,
				'A photo or video caption between the paragraphs: not article text.',
			);
			return;
		}
		if (CHROME_PHRASE.test(line) || (!bodyStarted && BREADCRUMB.test(line))) {
			remove('site-chrome', lineNo, line, 'Navigation, sharing or sign-up text from the web page.');
			return;
		}
		if (bodyStarted && PRINT_NOTE.test(line)) {
			remove(
				'print-note',
				lineNo,
				line,
				"The paper's note on the article's print edition (date, section, page): not article text.",
			);
			return;
		}
		if (EMBED_SIGNATURE.test(line) || POST_LINK.test(line)) {
			remove(
				'embedded-post',
				lineNo,
				line,
				"A social media post embedded in the page (its text, picture link or signature): not the article's own text.",
			);
			return;
		}
		if (
			bodyStarted &&
			index >= lines.length - AUTHOR_NOTE_LAST_LINES &&
			(AUTHOR_CONTACT.test(line) || opensOnBylineName(line, bylineNames))
		) {
			remove(
				'author-note',
				lineNo,
				line,
				"A note on the author (opening on the byline's name, or giving a contact address), at the end of the page: not the article's text.",
			);
			return;
		}
		if (
			bodyStarted &&
			repeatsAsPullQuote(
				line,
				result.paragraphs,
				lines.slice(index + 1, index + 1 + PULL_QUOTE_WINDOW_LINES),
			)
		) {
			remove(
				'pull-quote',
				lineNo,
				line,
				'A quotation set apart for display (a pull quote) that repeats words of a paragraph of the text: shown once.',
			);
			return;
		}
		const inHeader = !bodyStarted && lineNo < headerEnd;
		// Asked once per line above the body: it parses dates, and the header tests below reuse it.
		const reason = bodyStarted ? null : whyNotHeadline(line);
		if (reason === 'note') {
			extract(
				'standfirst',
				lineNo,
				line,
				'A note to readers above the article (an editor’s note, a correction): kept out of the text.',
			);
			return;
		}
		if (!bodyStarted && (inHeader || !(TERMINAL.test(line) || RUNS_ON.test(line)))) {
			if (result.caption === null && CAPTION_CUE.test(line) && words >= HEADLINE_MIN_WORDS) {
				result.caption = line;
				extract(
					'caption',
					lineNo,
					line,
					'A photo caption above the article: shown as the caption.',
				);
				return;
			}
			const leading = index === 0 || datelines.has(lines[index - 1]?.no ?? 0);
			const minWords = leading ? LEADING_HEADLINE_MIN_WORDS : HEADLINE_MIN_WORDS;
			if (
				result.headline === null &&
				isPageTitle(line, lines.slice(index + 1, index + 1 + DATELINE_SCAN_MAX_LINES))
			) {
				remove(
					'page-title',
					lineNo,
					line,
					"The page's title (the headline and the site's name), as the browser shows it: the headline itself follows.",
				);
				return;
			}
			if (result.headline === null && reason === null && isAbovePageMenu(lines, index)) {
				remove(
					'page-header',
					lineNo,
					line,
					"A title-like line above the page's menu and the real title: the site's name or slogan.",
				);
				return;
			}
			if (
				result.headline === null &&
				reason === null &&
				words >= minWords &&
				words <= HEADLINE_MAX_WORDS
			) {
				result.headline = line;
				extract(
					'headline',
					lineNo,
					line,
					'A title line above the first sentence: shown as the headline.',
				);
				return;
			}
			if (inHeader || (words >= HEADLINE_MIN_WORDS && words <= HEADLINE_MAX_WORDS)) {
				extract(
					'standfirst',
					lineNo,
					line,
					reason === null
						? 'A second title line above the first sentence (a subheading): kept out of the text.'
						: `A ${reason} line above the first sentence: kept out of the text.`,
				);
				return;
			}
		}
		if (!hasStructure) {
			remove(
				'no-sentence-structure',
				lineNo,
				line,
				`${words} word${words === 1 ? '' : 's'} with no closing punctuation: a label or link, not a sentence.`,
			);
			return;
		}
		bodyStarted = true;
		result.paragraphs.push({ text: line, line: lineNo });
	});
	result.dateline ??= findLeadingDateline(result);
	result.warnings = warnAboutRemovedSentences(log);
	return result;
}

/**
 * An author's note inviting readers to write to the author: a verb of contact addressed to the
 * writer, then an e-mail address ("Contact her at jdoe@example.com", "Reach the reporter at …").
 * A sentence sending readers to anyone else ("contact police at tips@…") is the article's.
 */
const AUTHOR_CONTACT =
	/\b(?:contact|reach|e-?mail|write to|follow)\s+(?:him|her|them|me|us|the (?:writer|author|reporter|columnist))\b[^.]{0,40}[\w.+-]+@[\w-]+(?:\.[\w-]+)+/i;
/**
 * What follows a byline's name in a note on the author ("Sam Lee covers …", "Sam Lee is a
 * reporter …"): the shapes of a biography, not of news ("Sam Lee said …").
 */
const AUTHOR_BIO =
	/^\s+(?:is an? |is the |covers |reports on |writes about |has covered |joined )/i;
/**
 * How many of a capture's last lines may hold a note on the author: it closes the page, at most
 * followed by one more line (a print-edition note, a copyright).
 */
const AUTHOR_NOTE_LAST_LINES = 2;
/** The name of a byline ("By Sam Lee", "By Lee Park, Example Cable", "By ANA RUIZ and …"). */
const BYLINE_NAME = /^[Bb][Yy]\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})/u;

/** Whether a line opens on a byline's name (`names` in lower case) and goes on as a biography. */
function opensOnBylineName(line: string, names: readonly string[]): boolean {
	const lower = line.toLowerCase();
	return names.some((name) => lower.startsWith(name) && AUTHOR_BIO.test(line.slice(name.length)));
}

/**
 * A caption run into its photo credit by the capture ("…on Tuesday.Credit...Jane Doe"): the
 * word "Credit" capitalised, three dots, and a name at once (not "bought it on credit...").
 */
const GLUED_CREDIT = /\bCredit\.{3}\S/;

/** A link to a post's picture or a shortened post link, as embedded posts print them. */
const POST_LINK = /\bpic\.twitter\.com\/\S|\bhttps?:\/\/t\.co\/\S/i;
/** Separators between a page title's headline and the site's name ("Headline | Site", "Headline - Site"). */
const TITLE_SEPARATOR = /\s+(?:[|–—-]|::)\s+/;

/**
 * Whether a line is the page's title: a headline, a separator, then more (the site's name,
 * a section), where one of the lines `below` (the header's) is that headline alone.
 */
function isPageTitle(line: string, below: readonly Line[]): boolean {
	const parts = line.split(TITLE_SEPARATOR);
	if (parts.length < 2 || countWords(parts[0]!) < HEADLINE_MIN_WORDS) return false;
	const headline = wordsOf(parts[0]!);
	return below.some((l) => wordsOf(l.text) === headline);
}

/** A line that is one quotation and nothing else, its words inside: “…”, "…", ‘…’. */
const QUOTE_ONLY = /^["“‘]([^"“”]+?)[.,!?…]?["”’]$/u;
/**
 * Lines below a pull quote searched for the paragraph it repeats: pages set a pull quote beside
 * the paragraphs it comes from, and looking further would reach readers' comments, which quote
 * the article.
 */
const PULL_QUOTE_WINDOW_LINES = 8;
/** Words a pull quote needs: a shorter quotation can recur in a text by chance ("No comment."). */
const PULL_QUOTE_MIN_WORDS = 5;

/** A line's words, lower case, one space apart, for containment tests. */
const wordsOf = (text: string) => (text.toLowerCase().match(WORD) ?? []).join(' ');

/**
 * Whether a line is a pull quote: a quotation alone on its line whose words a longer paragraph
 * of the text holds too, above it (already kept) or below it (still to come).
 */
function repeatsAsPullQuote(
	line: string,
	above: readonly { text: string }[],
	below: readonly Line[],
): boolean {
	const inner = QUOTE_ONLY.exec(line)?.[1];
	if (inner === undefined || countWords(inner) < PULL_QUOTE_MIN_WORDS) return false;
	const words = wordsOf(inner);
	const holds = (text: string) => {
		const other = wordsOf(text);
		return other.length > words.length && ` ${other} `.includes(` ${words} `);
	};
	return above.some((p) => holds(p.text)) || below.some((l) => holds(l.text));
}

// "TROY, Mich., April 10, 2007 — A man …": a dateline opening the first paragraph, up to a dash.
const LEADING_DATELINE = /^(.{4,80}?)\s+(?:—|–|--|-)\s+\S/;

/**
 * A dateline opening the first body paragraph, when the capture has no dateline line and no
 * date prefix. It stays in the text (it is part of the lede's sentence); only its date is read.
 */
function findLeadingDateline(result: CleanedArticle): FoundDateline | null {
	const first = result.paragraphs[0];
	if (result.date !== null || first === undefined) return null;
	const match = LEADING_DATELINE.exec(first.text);
	// Wire datelines open with a place in capitals or with the date itself; a lede opening
	// "On April 10, 2007 - …" is prose.
	const opening = /^[\p{L}\p{N}]+/u.exec(match?.[1] ?? '')?.[0] ?? '';
	const datelike =
		/^\p{Lu}{2,}$/u.test(opening) ||
		/^\d/.test(opening) ||
		MONTH_NAMES.some((m) => m.startsWith(opening.toLowerCase()) && opening.length >= 3);
	const reading = match && datelike ? parseDateline(match[1]!) : null;
	return reading && match ? { ...reading, line: first.line, text: match[1]! } : null;
}

/** The datelines among a capture's first lines, by raw line number. */
function findHeaderDatelines(lines: readonly Line[]): Map<number, DatelineReading> {
	const found = new Map<number, DatelineReading>();
	let counted = 0;
	for (const line of lines.slice(0, DATELINE_SCAN_MAX_LINES)) {
		const reading = parseDateline(line.text);
		if (reading) found.set(line.no, reading);
		// Menus, buttons and bylines above a page's headline do not use up the window.
		if (!isPageLabel(line.text) && ++counted >= DATELINE_SCAN_LINES) break;
	}
	return found;
}

/**
 * Whether the line at `index` stands above a page's menu: at least MENU_MIN_ITEMS short labels
 * that are not buttons ("World", "Business", "Markets"), then another title-like line. A title
 * followed by sharing buttons and then the text is still the title.
 */
function isAbovePageMenu(lines: readonly Line[], index: number): boolean {
	let items = 0;
	let k = index + 1;
	for (; k < lines.length && isPageLabel(lines[k]!.text); k++) {
		if (!CHROME_PHRASE.test(lines[k]!.text)) items++;
	}
	const next = lines[k]?.text;
	if (items < MENU_MIN_ITEMS || next === undefined || TERMINAL.test(next)) return false;
	const words = countWords(next);
	return (
		words >= HEADLINE_MIN_WORDS && words <= HEADLINE_MAX_WORDS && whyNotHeadline(next) === null
	);
}

/**
 * Joins the lines of paragraphs that a capture breaks at a fixed width (a text dump of the page,
 * "…while crews" / "replace its rusted steel deck…"), in place, logging each join with the line.
 * A capture counts as wrapped when no line is longer than WRAP_MAX_WIDTH and at least
 * WRAP_MIN_CONTINUATIONS long lines without end punctuation go on, on the next line, in lower
 * case; then every long line without end punctuation is joined to the line right after it.
 */
function unwrapLines(lines: Line[]): void {
	const width = Math.max(0, ...lines.map((l) => l.text.length));
	if (width === 0 || width > WRAP_MAX_WIDTH) return;
	const continues = (line: Line, next: Line | undefined): next is Line =>
		next !== undefined &&
		next.no === line.last + 1 &&
		line.text.length >= WRAP_LONG_SHARE * width &&
		!TERMINAL.test(line.text);
	const evidence = lines.filter(
		(line, k) => continues(line, lines[k + 1]) && /^\p{Ll}/u.test(lines[k + 1]!.text),
	).length;
	if (evidence < WRAP_MIN_CONTINUATIONS) return;
	for (let k = 0; k < lines.length - 1;) {
		const line = lines[k]!;
		const next = lines[k + 1];
		if (!continues(line, next)) {
			k++;
			continue;
		}
		const join: CleaningEntry = {
			rule: 'unwrap',
			action: 'repaired',
			line: next.no,
			text: next.raw,
			replacement: null,
			detail: `Joined to the line above: the capture breaks its paragraphs into lines of at most ${width} characters.`,
		};
		lines[k] = {
			no: line.no,
			last: next.last,
			raw: `${line.raw} ${next.raw}`,
			text: `${line.text} ${next.text}`,
			repairs: [...line.repairs, join, ...next.repairs],
		};
		lines.splice(k + 1, 1);
	}
}

/**
 * Whether a line of `words` words ends as a sentence does: with end punctuation, and more than
 * one word unless it asks or quotes (one word with a full stop is a label, "U.S." in a menu).
 */
function endsSentence(line: string, words: number): boolean {
	return TERMINAL.test(line) && (words > 1 || SPOKEN.test(line));
}

/** A line of page furniture: chrome, a consent banner, or a short label that ends no sentence. */
function isPageLabel(line: string): boolean {
	const words = countWords(line);
	return (
		CHROME_PHRASE.test(line) ||
		CONSENT_BANNER.test(line) ||
		(!endsSentence(line, words) && words < LEADING_HEADLINE_MIN_WORDS)
	);
}

function describeDateline(reading: DatelineReading): string {
	const what = reading.kind === 'updated' ? 'an update on' : 'publication on';
	const updated = reading.updated ? `, updated ${reading.updated}` : '';
	return `The capture's dateline: ${what} ${reading.date}${updated}. Shown as the article's date, not as text.`;
}

/** One warning per rule that removed two or more lines reading like sentences. */
function warnAboutRemovedSentences(log: readonly CleaningEntry[]): CleaningWarning[] {
	const byRule = new Map<string, number[]>();
	for (const entry of log) {
		if (entry.action !== 'removed' || entry.line === null || !isSentenceLike(entry.text)) continue;
		// Readers' comments read as sentences by nature; their heading already said what they are.
		if (entry.rule === 'after-comments') continue;
		byRule.set(entry.rule, [...(byRule.get(entry.rule) ?? []), entry.line]);
	}
	return [...byRule]
		.filter(([, lines]) => lines.length >= 2)
		.map(([rule, lines]) => ({
			rule,
			lines,
			message: `Rule ${rule} removed ${lines.length} lines that read like sentences (lines ${lines.join(', ')}); check that none is article text.`,
		}));
}

/** Applies the manifest repairs, invisible-character removal, mojibake repair and whitespace. */
function repairLine(
	rawLine: string,
	lineNo: number,
	repairs: readonly Repair[],
	log: CleaningEntry[],
): string {
	let line = rawLine;
	// Removes every match of `pattern` from the line, logging what it found.
	const strip = (
		pattern: RegExp,
		rule: string,
		describe: (found: string[]) => readonly [text: string, detail: string],
	) => {
		const found = line.match(pattern);
		if (!found) return;
		line = line.replace(pattern, '');
		const [text, detail] = describe(found);
		log.push({ rule, action: 'removed', line: lineNo, text, replacement: null, detail });
	};
	strip(INVISIBLE, 'invisible-characters', (found) => [
		[...new Set(found)]
			.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`)
			.join(' '),
		`Removed ${found.length} invisible formatting character${found.length === 1 ? '' : 's'} (bidi controls, zero-width spaces).`,
	]);
	for (const repair of repairs) {
		if (!line.includes(repair.find)) continue;
		line = line.split(repair.find).join(repair.replace);
		log.push({
			rule: 'manifest-repair',
			action: 'repaired',
			line: lineNo,
			text: repair.find,
			replacement: repair.replace,
			detail: repair.reason,
		});
	}
	const fixed = repairMojibake(line);
	for (const r of fixed.repairs) {
		log.push({
			rule: r.rule,
			action: 'repaired',
			line: lineNo,
			text: r.original,
			replacement: r.replacement,
			detail:
				r.rule === 'mojibake'
					? 'UTF-8 text that had been decoded as Windows-1252: restored the intended character.'
					: 'A closing quotation mark and the space after it, garbled into a dagger (†) by a lossy re-encoding: restored.',
		});
	}
	line = fixed.text;
	strip(LINK_MARKER, 'link-marker', (found) => [
		found.join(' '),
		`Removed ${found.length === 1 ? 'a numbered link marker' : `${found.length} numbered link markers`} ("[1]") of a text dump of the page.`,
	]);
	const spaced = normalizeLine(line);
	if (spaced !== line) {
		log.push({
			rule: 'whitespace',
			action: 'repaired',
			line: lineNo,
			text: line,
			replacement: spaced,
			detail: 'Trimmed the line and collapsed runs of spaces (including no-break spaces).',
		});
	}
	return spaced;
}
