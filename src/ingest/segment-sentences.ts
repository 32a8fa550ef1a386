/**
 * Splits news prose into sentences. Rules rather than Intl.Segmenter alone, because news copy
 * is dense with abbreviations ("Mr.", "Ont.", "U.S."), quotations whose closing mark follows the
 * full stop, and ellipses inside quotations, all of which Intl.Segmenter splits wrongly.
 */
import type { Span } from '../schemas/article.ts';
import {
	ABBREVIATIONS_MAYBE_FINAL as MAYBE_FINAL,
	ABBREVIATIONS_NEVER_FINAL as NEVER_FINAL,
	SENTENCE_OPENERS,
} from '../text/lexicon.ts';

// A run of terminal punctuation, then closing quotes or brackets, then whitespace.
const CANDIDATE = /([.!?]+|…|\.{3})(["'”’)\]]*)(\s+)/g;
const OPENING = /^[\p{Lu}\p{N}"'“‘(\[—–-]/u;

/**
 * Sentence spans of `text` (offsets into it), trimmed of surrounding whitespace. Paragraph
 * breaks (blank lines or newlines) always end a sentence.
 * @example segmentSentences('Mr. Ruiz spoke. He left.') // [{start: 0, end: 15}, {start: 16, end: 24}]
 */
export function segmentSentences(text: string): Span[] {
	const spans: Span[] = [];
	const lineRe = /[^\n]+/g;
	for (let line = lineRe.exec(text); line; line = lineRe.exec(text)) {
		for (const span of segmentLine(line[0])) {
			spans.push({ start: line.index + span.start, end: line.index + span.end });
		}
	}
	return spans;
}

function segmentLine(line: string): Span[] {
	const spans: Span[] = [];
	let start = 0;
	CANDIDATE.lastIndex = 0;
	for (let m = CANDIDATE.exec(line); m; m = CANDIDATE.exec(line)) {
		const terminal = m[1]!;
		const closers = m[2]!;
		const after = m.index + m[0].length;
		const next = line.slice(after);
		if (!isBoundary(line.slice(start, m.index), terminal, closers, next)) continue;
		pushTrimmed(spans, line, start, m.index + terminal.length + closers.length);
		start = after;
	}
	pushTrimmed(spans, line, start, line.length);
	return spans;
}

function isBoundary(before: string, terminal: string, closers: string, next: string): boolean {
	if (next.length === 0 || !OPENING.test(next)) return false;
	// An ellipsis inside a quotation marks an omission, not an end ("he’s made… I know").
	if ((terminal === '…' || terminal === '...') && closers === '') return false;
	if (terminal !== '.') return true;
	// The word before the full stop, after any opening quote or joining dash ("Lt.-Gen.").
	const word = (/(\S+)$/.exec(before)?.[1] ?? '')
		.replace(/^.*[-–—]/, '')
		.replace(/^["'“‘(\[]+/, '');
	const bare = word.toLowerCase();
	if (closers === '') {
		if (NEVER_FINAL.has(bare)) return false;
		// "No. 10" abbreviates number; "said no. He left" ends a sentence.
		if ((bare === 'no' || bare === 'nos') && /^\d/.test(next)) return false;
		// A lone capital is an initial ("Harry R. Hamilton").
		if (/^\p{Lu}$/u.test(word)) return false;
		const initialism = /^(\p{L}\.)+\p{L}$/u.test(bare);
		if (MAYBE_FINAL.has(bare) || initialism) {
			const nextWord = /^[\p{L}']+/u.exec(next)?.[0]?.toLowerCase() ?? '';
			return SENTENCE_OPENERS.has(nextWord);
		}
	}
	return true;
}

function pushTrimmed(spans: Span[], line: string, start: number, end: number): void {
	while (start < end && /\s/.test(line[start]!)) start++;
	while (end > start && /\s/.test(line[end - 1]!)) end--;
	if (end > start) spans.push({ start, end });
}
