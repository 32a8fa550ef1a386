/** Why passages match: shared words and phrases; ids from words; rounding of scores. */
import { hashText } from '../text/ids.ts';
import type { Token } from '../text/tokenize.ts';

/** Shared content words (rarest first) and shared phrases of three or more words. */
export function groupEvidence(
	texts: readonly string[],
	tokens: readonly Token[][],
	reference: number,
	w: (t: Token) => number,
) {
	const ref = tokens[reference]!;
	const inAll = (stem: string) => tokens.every((ts) => ts.some((t) => t.stem === stem));
	const seen = new Set<string>();
	const sharedWords = ref
		.filter((t) => !t.stop && inAll(t.stem) && !seen.has(t.stem) && seen.add(t.stem))
		.sort((x, y) => w(y) - w(x) || x.start - y.start)
		.map((t) => texts[reference]!.slice(t.start, t.end));
	// Runs of 3+ reference words that every other wording contains in sequence.
	const phrases: string[] = [];
	let i = 0;
	while (i < ref.length) {
		let len = 0;
		while (
			i + len < ref.length &&
			tokens.every((ts, k) => k === reference || containsRun(ts, ref, i, len + 1))
		)
			len++;
		if (len >= 3) {
			phrases.push(texts[reference]!.slice(ref[i]!.start, ref[i + len - 1]!.end));
			i += len;
		} else i++;
	}
	return { sharedWords, sharedPhrases: phrases };
}

/** True when `haystack` contains run[from .. from+len) in sequence. */
function containsRun(
	haystack: readonly Token[],
	run: readonly Token[],
	from: number,
	len: number,
): boolean {
	outer: for (let s = 0; s + len <= haystack.length; s++) {
		for (let k = 0; k < len; k++) if (haystack[s + k]!.norm !== run[from + k]!.norm) continue outer;
		return true;
	}
	return false;
}

/** Hash of the canonical words: stable across rebuilds while the words are. */
export function hashWords(tokens: readonly Token[]): string {
	return hashText(tokens.map((t) => t.norm).join(' '));
}

/** Rounds a score to three decimals. */
export function round(x: number): number {
	return Math.round(x * 1000) / 1000;
}
