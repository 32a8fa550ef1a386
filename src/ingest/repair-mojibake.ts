/**
 * Repairs mojibake: UTF-8 text that was once decoded as Windows-1252 (or Latin-1) and encoded
 * again, so that "’" reads "â€™". Only runs that map back to a valid UTF-8 sequence for a
 * plausible character are repaired, so correct text (accented words, curly quotes, guillemets)
 * is never altered.
 */

/** One repair made in a string. */
export interface TextRepair {
	/** Offset of the repaired run in the input string. */
	index: number;
	/** The garbled run as found. */
	original: string;
	/** What it was turned into. */
	replacement: string;
	/** Rule that made it: `mojibake` or `lost-closing-quote`. */
	rule: 'mojibake' | 'lost-closing-quote';
}

/** The repaired text and the list of repairs, in order. */
export interface RepairResult {
	text: string;
	repairs: TextRepair[];
}

/** Windows-1252 byte for each character that byte decodes to (0x80–0xFF only). */
const CP1252_BYTE = buildCp1252Table();

function buildCp1252Table(): Map<string, number> {
	const table = new Map<string, number>();
	const decoder = new TextDecoder('windows-1252');
	for (let byte = 0x80; byte <= 0xff; byte++) {
		table.set(decoder.decode(Uint8Array.of(byte)), byte);
	}
	// Latin-1 decoders turn the five bytes Windows-1252 leaves undefined into C1 controls;
	// WHATWG's decoder does the same, so the table already holds them. Map the rest of C1 too,
	// for text that went through a Latin-1 (ISO-8859-1) decoder instead.
	for (let byte = 0x80; byte <= 0x9f; byte++) {
		const c1 = String.fromCharCode(byte);
		if (!table.has(c1)) table.set(c1, byte);
	}
	return table;
}

/**
 * Whether a decoded code point is one that double-encoding plausibly produced. Mojibake of
 * rarer scripts is left alone: a false repair would corrupt correct text, a missed one is
 * merely visible.
 */
function isPlausible(codePoint: number, length: number): boolean {
	if (length === 2) {
		return (
			(codePoint >= 0xa0 && codePoint <= 0x17f) ||
			(codePoint >= 0x391 && codePoint <= 0x3c9) ||
			(codePoint >= 0x410 && codePoint <= 0x44f)
		);
	}
	if (length === 3) {
		return (
			(codePoint >= 0x2010 && codePoint <= 0x205e) ||
			(codePoint >= 0x20a0 && codePoint <= 0x20c0) ||
			(codePoint >= 0x2100 && codePoint <= 0x214f) ||
			codePoint === 0xfeff
		);
	}
	return codePoint >= 0x1f000 && codePoint <= 0x1faff;
}

const LETTER = /\p{L}/u;

/** Windows-1252 bytes of punctuation that often follows a letter in correct text. */
const PUNCTUATION_BYTES = new Set([0x85, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0xab, 0xbb]);

/** Tries to read one UTF-8 sequence from the mapped bytes at `i`; returns it and its length. */
function readSequence(bytes: number[], i: number): { char: string; length: number } | null {
	const lead = bytes[i]!;
	const length =
		lead >= 0xc2 && lead <= 0xdf
			? 2
			: lead >= 0xe0 && lead <= 0xef
				? 3
				: lead >= 0xf0 && lead <= 0xf4
					? 4
					: 0;
	if (length === 0 || i + length > bytes.length) return null;
	for (let k = 1; k < length; k++) {
		const b = bytes[i + k]!;
		if (b < 0x80 || b > 0xbf) return null;
	}
	let char: string;
	try {
		char = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(
			Uint8Array.from(bytes.slice(i, i + length)),
		);
	} catch {
		return null;
	}
	const codePoint = char.codePointAt(0)!;
	return isPlausible(codePoint, length) ? { char, length } : null;
}

/** One pass of sequence repair over the whole string. */
function repairSequencesOnce(text: string): RepairResult {
	const chars = Array.from(text);
	const out: string[] = [];
	const repairs: TextRepair[] = [];
	let offset = 0;
	let i = 0;
	while (i < chars.length) {
		// Collect the run of characters that map to high Windows-1252 bytes.
		let j = i;
		while (j < chars.length && CP1252_BYTE.has(chars[j]!)) j++;
		if (j === i) {
			out.push(chars[i]!);
			offset += chars[i]!.length;
			i++;
			continue;
		}
		const run = chars.slice(i, j);
		const bytes = run.map((c) => CP1252_BYTE.get(c)!);
		let k = 0;
		while (k < run.length) {
			const seq = readSequence(bytes, k);
			const followedBy = chars[i + k + (seq?.length ?? 0)] ?? '';
			// A capital accented letter (Ä, Å, Ñ, ß, …) followed by punctuation is common in
			// correct text ("JÄÄ”", "»BLÅ«"): take it for mojibake only inside a word. Before a
			// no-break space it is mojibake only at the start of a word.
			const lead = bytes[k]!;
			const next = bytes[k + 1];
			const precededBy = k > 0 ? run[k - 1]! : (chars[i - 1] ?? '');
			const risky =
				seq !== null &&
				lead >= 0xc4 &&
				lead <= 0xdf &&
				next !== undefined &&
				((PUNCTUATION_BYTES.has(next) && !LETTER.test(followedBy)) ||
					// "JÄÄ on" with a no-break space; "Å koda" (Škoda) starts a word.
					(next === 0xa0 && (LETTER.test(precededBy) || !LETTER.test(followedBy))));
			if (seq && !risky) {
				const original = run.slice(k, k + seq.length).join('');
				repairs.push({ index: offset, original, replacement: seq.char, rule: 'mojibake' });
				out.push(seq.char);
				offset += original.length;
				k += seq.length;
			} else {
				out.push(run[k]!);
				offset += run[k]!.length;
				k++;
			}
		}
		i = j;
	}
	return { text: out.join(''), repairs };
}

/**
 * Repairs double-encoded UTF-8 until nothing changes (text encoded twice over needs two
 * passes), then restores closing quotes lost to a lossy round trip.
 * @example repairMojibake('it’s') // { text: 'it’s', repairs: [] }
 * @example repairMojibake('itâ€™s').text // 'it’s'
 */
export function repairMojibake(text: string): RepairResult {
	let current = text;
	const repairs: TextRepair[] = [];
	// Repeat: text encoded twice over needs two passes, and a restored quote can complete a
	// run that the next pass repairs.
	for (let pass = 0; pass < 4; pass++) {
		const sequences = repairSequencesOnce(current);
		const quotes = repairLostClosingQuotes(sequences.text);
		if (sequences.repairs.length === 0 && quotes.repairs.length === 0) break;
		// Offsets of later passes refer to the text of that pass.
		repairs.push(...sequences.repairs, ...quotes.repairs);
		current = quotes.text;
	}
	return { text: current, repairs };
}

/**
 * A closing curly quote (U+201D, bytes E2 80 9D) whose last byte a Windows-1252 decoder cannot
 * map can come back as a dagger "†" (E2 80 A0): the quote's lost last byte is followed by the
 * byte 0xA0, the no-break space that stood after the quote. A dagger that closes an open “
 * quotation is such a quote, and the space is restored when a word follows directly. Daggers
 * elsewhere (footnote marks) are left alone.
 */
function repairLostClosingQuotes(text: string): RepairResult {
	if (!text.includes('\u2020')) return { text, repairs: [] };
	const repairs: TextRepair[] = [];
	let open = false;
	let out = '';
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (c === '\n') open = false;
		if (c === '\u201c') open = true;
		if (c === '\u201d') open = false;
		if (c === '\u2020' && open) {
			const replacement = /[\p{L}\p{N}]/u.test(text[i + 1] ?? '') ? '\u201d ' : '\u201d';
			repairs.push({ index: i, original: c, replacement, rule: 'lost-closing-quote' });
			out += replacement;
			open = false;
			continue;
		}
		out += c;
	}
	return { text: out, repairs };
}
