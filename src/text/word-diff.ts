/**
 * Word-level differences between two wordings of one passage, ready to render. Words are
 * compared in their canonical form (see tokenize.ts), so case, quote style, dashes, accents and
 * spelling variants are not differences; the parts keep each side's own text, so rendering a
 * side from the parts reproduces it exactly.
 */
import { diffArrays } from 'diff';
import type { DiffPart } from '../schemas/word-diff.ts';
import { countTokens, tokenize, type Token } from './tokenize.ts';

/** Per-token op of one side, later joined into runs. */
export type Op = 'equal' | 'delete' | 'insert';

/**
 * Diffs two passages word by word; pass their tokens (offsets into each text) when already known. Concatenating the `a` texts of the parts gives `a` back,
 * and the `b` texts give `b`.
 * @example diffWordsOf('He said “no.”', 'he said "yes."') // [equal 'He said “' / 'he said "', delete 'no.”', insert 'yes."']
 */
export function diffWordsOf(
	a: string,
	b: string,
	tokensA?: readonly Token[],
	tokensB?: readonly Token[],
): DiffPart[] {
	const ta = tokensA ?? tokenize(a);
	const tb = tokensB ?? tokenize(b);
	const { opsA, opsB } = alignTokens(ta, tb);
	return partsFromOps(a, b, ta, tb, opsA, opsB);
}

/** Which tokens of each side are shared ('equal') and which are its own, by canonical form. */
export function alignTokens(
	ta: readonly Token[],
	tb: readonly Token[],
): { opsA: Op[]; opsB: Op[] } {
	const changes = diffArrays(
		ta.map((t) => t.norm),
		tb.map((t) => t.norm),
	);
	const opsA: Op[] = [];
	const opsB: Op[] = [];
	for (const change of changes) {
		for (let i = 0; i < change.count; i++) {
			if (change.added) opsB.push('insert');
			else if (change.removed) opsA.push('delete');
			else {
				opsA.push('equal');
				opsB.push('equal');
			}
		}
	}
	return { opsA, opsB };
}

/** Builds the parts of a diff from per-token ops (see alignTokens). */
export function partsFromOps(
	a: string,
	b: string,
	ta: readonly Token[],
	tb: readonly Token[],
	opsA: readonly Op[],
	opsB: readonly Op[],
): DiffPart[] {
	const piecesA = slicePieces(a, ta);
	const piecesB = slicePieces(b, tb);
	// Walk both sides in step: deletions (A only) and insertions (B only) between equal words.
	const parts: DiffPart[] = [];
	const push = (part: DiffPart) => {
		const last = parts.at(-1);
		if (last && last.op === part.op) {
			if (last.op === 'equal' && part.op === 'equal') {
				last.a += part.a;
				last.b += part.b;
			} else if (last.op === 'delete' && part.op === 'delete') last.a += part.a;
			else if (last.op === 'insert' && part.op === 'insert') last.b += part.b;
			return;
		}
		parts.push({ ...part });
	};
	let i = 0;
	let j = 0;
	// Text before the first word of each side travels with the first part.
	let leadA = piecesA.lead;
	let leadB = piecesB.lead;
	while (i < ta.length || j < tb.length) {
		if (i < ta.length && opsA[i] === 'delete') {
			push({ op: 'delete', a: leadA + piecesA.pieces[i]! });
			leadA = '';
			i++;
		} else if (j < tb.length && opsB[j] === 'insert') {
			push({ op: 'insert', b: leadB + piecesB.pieces[j]! });
			leadB = '';
			j++;
		} else {
			push({
				op: 'equal',
				a: leadA + (piecesA.pieces[i] ?? ''),
				b: leadB + (piecesB.pieces[j] ?? ''),
			});
			leadA = '';
			leadB = '';
			i++;
			j++;
		}
	}
	if (leadA !== '' || leadB !== '') {
		// A side without any word (only punctuation): keep its text.
		if (leadA !== '' && leadB !== '') push({ op: 'equal', a: leadA, b: leadB });
		else if (leadA !== '') push({ op: 'delete', a: leadA });
		else push({ op: 'insert', b: leadB });
	}
	return parts;
}

/** Splits text into per-token pieces: each token with the non-word text that follows it. */
function slicePieces(text: string, tokens: readonly Token[]): { lead: string; pieces: string[] } {
	if (tokens.length === 0) return { lead: text, pieces: [] };
	const pieces = tokens.map((t, k) => text.slice(t.start, tokens[k + 1]?.start ?? text.length));
	return { lead: text.slice(0, tokens[0]!.start), pieces };
}

/** Number of words that differ (deleted plus inserted) in a diff. */
export function countChangedWords(parts: readonly DiffPart[]): number {
	let n = 0;
	for (const part of parts) {
		if (part.op === 'delete') n += countTokens(part.a);
		if (part.op === 'insert') n += countTokens(part.b);
	}
	return n;
}

/** The same differences read the other way: from `b` to `a`. */
export function invertDiff(parts: readonly DiffPart[]): DiffPart[] {
	return parts.map((part) =>
		part.op === 'equal'
			? { op: 'equal', a: part.b, b: part.a }
			: part.op === 'delete'
				? { op: 'insert', b: part.a }
				: { op: 'delete', a: part.b },
	);
}
