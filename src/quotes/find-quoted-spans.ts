/**
 * Where an article puts words in quotation marks: curly (“ ”), straight (" and the '' of
 * tokenised copy, with or without a stray space before the closing mark), low-9 („ “),
 * guillemets (« », » «, ‹ ›) and single marks (‘ ’, ') when they quote at the top level.
 * Marks inside an open quotation are nested quotes and stay part of it. A quotation left open at
 * a paragraph's end either runs into the next paragraph (whose first mark closes it) or ends
 * there (news style: the next paragraph reopens with a mark of its own); one left open in the
 * article's last paragraphs runs to its end.
 */
import type { Article } from '../schemas/article.ts';
import { SPEECH_PERSON_WORDS } from '../text/lexicon.ts';

/** A quoted stretch of an article's text. */
export interface QuotedSpan {
	/** The quoted words (surrounding spaces excluded). */
	start: number;
	end: number;
	/** Offset of the opening mark. */
	open: number;
	/** Offset just after the closing mark, or the end of the paragraph when left open. */
	close: number;
	/** Paragraph index of the opening mark and of the closing mark (or the paragraph end). */
	paragraph: number;
	endParagraph: number;
	/** False when no closing mark was found. */
	closed: boolean;
	/** True when the quotation reopens a paragraph after one left open (news style). */
	continued: boolean;
}

type Family = 'double' | 'single' | 'low' | 'guillemet' | 'reversed-guillemet' | 'angle';
interface Mark {
	at: number;
	length: number;
	family: Family;
	role: 'open' | 'close' | 'either';
}

const SPACE = /\s/;
const WORD = /[\p{L}\p{N}]/u;
/** Characters after which a straight mark opens (start of a phrase). */
const OPENS_AFTER = /[\s([{—–/:-]/;
/** Characters before which a straight mark closes (end of a phrase). */
const CLOSES_BEFORE = /[\s,.;:!?)\]}—–…-]/;
/**
 * Paragraphs without a quotation mark a quotation may run through before a later paragraph
 * closes it. Copy with one sentence a line spreads a quotation over lines; the dev corpus's
 * longest spans three.
 */
const MAX_UNMARKED_PARAGRAPHS = 2;
/** Punctuation that ends quoted words; a spaced straight mark after it closes. */
const QUOTE_FINAL = /[,.!?;…]/;

/** The quotation marks of one paragraph, with their role where the mark itself tells it. */
function marksIn(text: string): Mark[] {
	const marks: Mark[] = [];
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		const prev = text[i - 1] ?? '';
		if (c === '"' || (c === "'" && text[i + 1] === "'")) {
			const length = c === '"' ? 1 : 2;
			marks.push({ at: i, length, family: 'double', role: straightRole(text, i, length) });
			i += length - 1;
		} else if (c === '“') {
			marks.push({ at: i, length: 1, family: 'double', role: 'open' });
			// “ also closes a „ quotation (German style); pairing decides which.
			marks.push({ at: i, length: 1, family: 'low', role: 'close' });
		} else if (c === '”') {
			marks.push({ at: i, length: 1, family: 'double', role: 'close' });
			marks.push({ at: i, length: 1, family: 'low', role: 'close' });
		} else if (c === '„') marks.push({ at: i, length: 1, family: 'low', role: 'open' });
		else if (c === '«') {
			marks.push({ at: i, length: 1, family: 'guillemet', role: 'open' });
			marks.push({ at: i, length: 1, family: 'reversed-guillemet', role: 'close' });
		} else if (c === '»') {
			marks.push({ at: i, length: 1, family: 'guillemet', role: 'close' });
			marks.push({ at: i, length: 1, family: 'reversed-guillemet', role: 'open' });
		} else if (c === '‹') marks.push({ at: i, length: 1, family: 'angle', role: 'open' });
		else if (c === '›') marks.push({ at: i, length: 1, family: 'angle', role: 'close' });
		else if (c === '‘' && WORD.test(text[i + 1] ?? ''))
			marks.push({ at: i, length: 1, family: 'single', role: 'open' });
		else if ((c === '’' || c === "'") && !WORD.test(text[i + 1] ?? '') && !SPACE.test(prev)) {
			// An apostrophe inside a word ("don’t") never closes; one before a space or stop may.
			marks.push({ at: i, length: 1, family: 'single', role: 'close' });
		} else if (c === "'" && (prev === '' || OPENS_AFTER.test(prev)) && WORD.test(text[i + 1] ?? ''))
			marks.push({ at: i, length: 1, family: 'single', role: 'open' });
	}
	return marks;
}

/**
 * Whether a straight mark opens or closes, from the characters around it: `"word` opens,
 * `word"` and `word, "` close; a mark between two spaces after a word is decided by pairing.
 */
function straightRole(text: string, at: number, length: number): Mark['role'] {
	const prev = text[at - 1] ?? '';
	const next = text[at + length] ?? '';
	const freeBefore = prev === '' || OPENS_AFTER.test(prev);
	const freeAfter = next === '' || CLOSES_BEFORE.test(next);
	if (freeBefore && !freeAfter) return 'open';
	if (!freeBefore && freeAfter) return 'close';
	// Tokenised copy spaces closing marks off: `them, " the officer said` closes.
	const before = text.slice(0, at).trimEnd();
	if (SPACE.test(prev) && QUOTE_FINAL.test(before.at(-1) ?? '')) return 'close';
	if (before === '' || before.endsWith(':')) return 'open';
	return 'either';
}

/** Whether a mark can close a quotation opened by a mark of `family`. */
function closes(mark: Mark, family: Family): boolean {
	return mark.family === family && mark.role !== 'open';
}

/**
 * Whether a quotation left open runs on past its paragraph. It does when the first later
 * paragraph with a mark of its family closes it, or reopens with a mark at its start after
 * paragraphs without marks (copy with one sentence a line: those lines are the quotation's
 * next sentences); at most MAX_UNMARKED_PARAGRAPHS paragraphs without marks are crossed. When
 * those are the article's last paragraphs (`toEnd`) and each speaks in the first or second
 * person ("We are providing…"), it runs to the end: the copy lost the closing mark of its final
 * quotation. Third-person lines after it are narration.
 */
function runsOn(later: readonly string[], family: Family, toEnd: boolean): boolean {
	for (const [gap, text] of later.entries()) {
		const first = marksIn(text).find((m) => m.family === family);
		if (!first) continue;
		if (first.role !== 'open' && !(first.at === 0 && first.role === 'either')) return true;
		return gap > 0 && first.at === 0;
	}
	return toEnd && later.length > 0 && later.every(speaksInPerson);
}

/** Whether a line uses a first- or second-person word ("we", "our", "you"). */
function speaksInPerson(text: string): boolean {
	return (text.toLowerCase().match(/[\p{L}']+/gu) ?? []).some((w) => SPEECH_PERSON_WORDS.has(w));
}

/** Finds the quoted stretches of an article, in order. */
export function findQuotedSpans(article: Article): QuotedSpan[] {
	const spans: QuotedSpan[] = [];
	let current: {
		open: number;
		inner: number;
		family: Family;
		paragraph: number;
		continued: boolean;
	} | null = null;
	let leftOpen = false;
	const push = (end: number, close: number, endParagraph: number, closed: boolean) => {
		const { open, inner, paragraph, continued } = current!;
		const words = trimSpan(article.text, inner, end);
		if (WORD.test(article.text.slice(words.start, words.end)))
			spans.push({ ...words, open, close, paragraph, endParagraph, closed, continued });
		current = null;
	};
	article.paragraphs.forEach((p, pi) => {
		const text = article.text.slice(p.start, p.end);
		const marks = marksIn(text);
		const reopened = leftOpen;
		leftOpen = false;
		for (let k = 0; k < marks.length; k++) {
			const m = marks[k]!;
			if (current) {
				if (closes(m, current.family)) {
					push(p.start + m.at, p.start + m.at + m.length, pi, true);
					// A mark that closed ("»" after "«") does not open again as its other family.
					while (marks[k + 1]?.at === m.at) k++;
				}
				continue;
			}
			if (m.role === 'close') continue;
			// Single marks quote only when a closing single mark follows in the paragraph.
			let family = m.family;
			if (family === 'single' && !marks.slice(k + 1).some((x) => closes(x, 'single'))) {
				// `'I can't speak for it, " he said`: a paragraph opened by a single mark and closed by a
				// double one is one quotation with a slipped mark; otherwise a lone mark is an apostrophe.
				const double = marks.slice(k + 1).find((x) => x.family === 'double');
				if (m.at !== 0 || double?.role !== 'close') continue;
				family = 'double';
			}
			current = {
				open: p.start + m.at,
				inner: p.start + m.at + m.length,
				family,
				paragraph: pi,
				continued: reopened && m.at === 0,
			};
			// The same character may stand for two families (“ opens English, closes „): take one.
			while (marks[k + 1]?.at === m.at) k++;
		}
		if (current) {
			const later = article.paragraphs
				.slice(pi + 1, pi + 2 + MAX_UNMARKED_PARAGRAPHS)
				.map((x) => article.text.slice(x.start, x.end));
			const toEnd = pi + 1 + later.length === article.paragraphs.length;
			if (!runsOn(later, current.family, toEnd)) {
				push(p.end, p.end, pi, false);
				leftOpen = true;
			}
		}
	});
	return spans;
}

/** A span without the spaces at either end. */
function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
	while (start < end && SPACE.test(text[start]!)) start++;
	while (end > start && SPACE.test(text[end - 1]!)) end--;
	return { start, end };
}
