/**
 * Separates a captured article's body from everything around it (site chrome, captions,
 * credits, teasers) and repairs its text, by general rules that hold for captures of any
 * site. Every line it removes or sets aside and every repair it makes is logged with its rule.
 */
import type { Repair } from '../schemas/manifest.ts';
import { repairMojibake } from './repair-mojibake.ts';
import type { CleaningEntry } from '../schemas/article.ts';

/** A body paragraph and the raw line it came from. */
export interface CleanParagraph {
	/** The paragraph's clean text, one line, trimmed. */
	text: string;
	/** 1-based line of the raw text it came from. */
	line: number;
}

/** The parts of a capture, cleaned. */
export interface CleanedArticle {
	/** Date from a leading ` date YYYY-MM-DD ` line prefix, or null. */
	date: string | null;
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
const CREDIT =
	/^[\s—–-]*(with files from|with a (?:file|report) from|with reporting (?:by|from)|files from|written by|compiled by)\b/i;
const WIRE_CREDIT =
	/^[\s—–-]*(the canadian press|the associated press|associated press|reuters|agence france-presse|afp)\s*$/i;
const CAPTION_CUE =
	/\b(photo|photograph|pictured|file image|image:|credit:|getty images|seen (?:here|in|at|during|on))\b|\((?:AP|CP|Reuters|Getty)\b/i;
/** Phrases of navigation, sharing and sign-up chrome, matched against whole short lines. */
const CHROME_PHRASE =
	/^(skip to (?:main )?content|share(?: this(?: article| story)?)?|menu|search|sign in|log in|subscribe|advertisement|ad|close|print|email|copy link|listen to (?:this )?article|get (?:daily|breaking|the latest) .* news|sign up .*|follow us.*)$/i;
/**
 * Lines that open the site's trailing material: whatever follows them is teasers and links,
 * never the article.
 */
const END_MARKER =
	/^(comments?|stay connected|related(?: stories| articles| content| coverage)?|more (?:stories|from .*)|read (?:more|next)|most (?:read|popular|viewed)|trending(?: now)?|recommended(?: for you)?|.*top stories|in depth|latest (?:news|stories)|you (?:may|might) also like)$/i;
const TERMINAL = /[.!?…]["'”’)\]]*$|["”’]$/;
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** Lines shorter than this, without end punctuation, have no sentence structure. */
const MIN_SENTENCE_WORDS = 8;
/** A headline has at least this many words and at most HEADLINE_MAX_WORDS. */
const HEADLINE_MIN_WORDS = 5;
const HEADLINE_MAX_WORDS = 25;

/** Counts the words of a string as the site counts them. */
export function countWords(text: string): number {
	return text.match(WORD)?.length ?? 0;
}

/** Normalises a line for comparison with template lines: trimmed, single spaces. */
export function normalizeLine(line: string): string {
	return line.replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * Cleans a decoded capture: repairs its text line by line, then classifies each line as body,
 * headline, caption, credit or boilerplate. Never throws; an article that is all boilerplate
 * comes back with no paragraphs.
 */
export function cleanArticle(text: string, options: CleanOptions = {}): CleanedArticle {
	const { repairs = [], templateLines = new Set<string>() } = options;
	const log: CleaningEntry[] = [];
	const result: CleanedArticle = {
		date: null,
		headline: null,
		caption: null,
		credits: [],
		paragraphs: [],
		log,
	};
	const remove = (rule: string, line: number, raw: string, detail: string): void => {
		log.push({ rule, action: 'removed', line, text: raw, replacement: null, detail });
	};
	const extract = (rule: string, line: number, raw: string, detail: string): void => {
		log.push({ rule, action: 'extracted', line, text: raw, replacement: null, detail });
	};

	let bodyStarted = false;
	let trailing: { rule: string; detail: string } | null = null;
	const rawLines = text.split('\n');
	rawLines.forEach((rawLine, index) => {
		const lineNo = index + 1;
		if (rawLine.trim() === '') return;
		let line = repairLine(rawLine, lineNo, repairs, log);

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

		if (trailing) {
			remove(trailing.rule, lineNo, line, trailing.detail);
			return;
		}
		if (CREDIT.test(line) || (bodyStarted && WIRE_CREDIT.test(line))) {
			result.credits.push(line.replace(/^[\s—–-]+/, ''));
			extract('credit', lineNo, line, 'A credit line: shown as a credit, not as part of the text.');
			trailing = {
				rule: 'after-credits',
				detail: 'Follows the credit line that ends the article: site teasers and links.',
			};
			return;
		}
		if (templateLines.has(line) || templateLines.has(normalizeLine(rawLine))) {
			remove(
				'site-template',
				lineNo,
				line,
				"Recurs verbatim in this outlet's captures of other stories: site template, not article text.",
			);
			return;
		}
		const words = countWords(line);
		const hasStructure = TERMINAL.test(line) || words >= MIN_SENTENCE_WORDS;
		if (bodyStarted && !TERMINAL.test(line) && END_MARKER.test(line)) {
			remove(
				'end-marker',
				lineNo,
				line,
				"A heading that opens the page's trailing links and comments.",
			);
			trailing = {
				rule: 'after-end-marker',
				detail: 'Follows the end of the article: site teasers and links.',
			};
			return;
		}
		if (CHROME_PHRASE.test(line)) {
			remove('site-chrome', lineNo, line, 'Navigation, sharing or sign-up text from the web page.');
			return;
		}
		if (!bodyStarted && !TERMINAL.test(line)) {
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
			if (words >= HEADLINE_MIN_WORDS && words <= HEADLINE_MAX_WORDS) {
				if (result.headline === null) {
					result.headline = line;
					extract(
						'headline',
						lineNo,
						line,
						'A title line above the first sentence: shown as the headline.',
					);
				} else {
					extract(
						'standfirst',
						lineNo,
						line,
						'A second title line above the first sentence (a subheading): kept out of the text.',
					);
				}
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
	return result;
}

/** Applies the manifest repairs, invisible-character removal, mojibake repair and whitespace. */
function repairLine(
	rawLine: string,
	lineNo: number,
	repairs: readonly Repair[],
	log: CleaningEntry[],
): string {
	let line = rawLine;
	const invisible = line.match(INVISIBLE);
	if (invisible) {
		line = line.replace(INVISIBLE, '');
		log.push({
			rule: 'invisible-characters',
			action: 'removed',
			line: lineNo,
			text: [...new Set(invisible)]
				.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`)
				.join(' '),
			replacement: null,
			detail: `Removed ${invisible.length} invisible formatting character${invisible.length === 1 ? '' : 's'} (bidi controls, zero-width spaces).`,
		});
	}
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
