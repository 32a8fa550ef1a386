/**
 * Turns the raw bytes of a captured article into text. UTF-8 (with or without a byte-order
 * mark) and UTF-16 with a BOM are read as they are; UTF-16 without a BOM is recognised by its
 * zero bytes; a file with no valid multi-byte UTF-8 but high bytes is read as Windows-1252 (a
 * guess, logged so the loader can warn); anything else is rejected with the line and byte at
 * fault. Decoding is strict: no replacement character is ever introduced. C1 control
 * characters, which text never holds but double-decoded Windows-1252 does, are mapped back to
 * the Windows-1252 characters they stand for, and logged.
 */
import { ArticleDecodeError, ArticleParseError } from './errors.ts';
import type { CleaningEntry } from '../schemas/article.ts';

/** The decoded text and how it was obtained. */
export interface DecodedText {
	/** The text, line endings normalised to `\n`, without a byte-order mark. */
	text: string;
	/** Human name of the encoding, e.g. `utf-8`, `utf-8 with BOM`, `windows-1252`. */
	encoding: string;
	/** Log entries for anything decoding changed (legacy encoding, line endings). */
	log: CleaningEntry[];
}

const CONTROL_CHAR = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/;
const C1_CHAR = /[\u0080-\u009F]/g;

/**
 * Share of zero bytes at odd (little-endian) or even (big-endian) positions above which a file
 * without a byte-order mark is read as UTF-16: Latin-script UTF-16 has a zero high byte for
 * nearly every character, while no text in an 8-bit encoding has any zero byte at all.
 * Calibrated on UTF-16LE re-encodings of the seed and dev-corpus captures (lowest share 0.99);
 * a text mostly in a non-Latin script (high bytes non-zero) falls below it and is reported binary.
 */
const UTF16_ZERO_SHARE = 0.6;

/** Decodes an article file's bytes strictly; throws ArticleDecodeError naming line and byte. */
export function decodeText(bytes: Uint8Array, file: string): DecodedText {
	if (bytes.length === 0 || bytes.every(isAsciiSpace)) {
		throw new ArticleParseError(
			'the file is empty',
			{ file },
			'Paste the article text into the file, or remove the file and its manifest entry.',
		);
	}
	const log: CleaningEntry[] = [];
	let text: string;
	let encoding: string;
	if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
		text = decodeStrict('utf-8', bytes.subarray(3), file);
		encoding = 'utf-8 with BOM';
	} else if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
		const label = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
		text = decodeStrict(label, bytes.subarray(2), file);
		encoding = label === 'utf-16le' ? 'utf-16 (little-endian)' : 'utf-16 (big-endian)';
		log.push(decodedEntry(`Read as ${encoding}, as its byte-order mark declares.`));
	} else if (utf16WithoutBom(bytes) !== null) {
		const label = utf16WithoutBom(bytes)!;
		text = decodeStrict(label, bytes, file, 'looks like');
		encoding = label === 'utf-16le' ? 'utf-16 (little-endian)' : 'utf-16 (big-endian)';
		log.push(
			decodedEntry(
				`Read as ${encoding}: the file has no byte-order mark, but its zero bytes fall where UTF-16 text has them (a guess; re-save the file as UTF-8 to be sure).`,
			),
		);
	} else {
		const nul = bytes.indexOf(0);
		if (nul !== -1) {
			throw new ArticleDecodeError(
				`the file looks binary: it holds a NUL byte at byte ${nul}`,
				{ file, line: lineAt(bytes, nul) },
				'Article files must be plain text. Export the article as UTF-8 text (.txt) and replace the file.',
			);
		}
		const invalid = findInvalidUtf8(bytes);
		if (invalid === -1) {
			text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
			encoding = 'utf-8';
		} else if (!hasMultiByteUtf8(bytes)) {
			text = new TextDecoder('windows-1252').decode(bytes);
			encoding = 'windows-1252';
			const high = bytes.reduce((n, b) => n + (b >= 0x80 ? 1 : 0), 0);
			const byte = bytes[invalid]!.toString(16).toUpperCase().padStart(2, '0');
			log.push(
				decodedEntry(
					`The file is not UTF-8 and holds no UTF-8 sequences; it was read as Windows-1252 (Western European), a guess from its ${high} non-ASCII byte${high === 1 ? '' : 's'} (the first, 0x${byte}, on line ${lineAt(bytes, invalid)}). Check those characters, or re-save the file as UTF-8.`,
				),
			);
		} else {
			const byte = bytes[invalid]!.toString(16).toUpperCase().padStart(2, '0');
			throw new ArticleDecodeError(
				`invalid UTF-8 (byte 0x${byte} at byte ${invalid}) in a file whose other lines are UTF-8`,
				{ file, line: lineAt(bytes, invalid) },
				'The file mixes encodings. Retype the characters on that line, or re-save the whole file as UTF-8.',
			);
		}
	}
	if (text.trim() === '') {
		throw new ArticleParseError(
			'the file is empty',
			{ file },
			'It holds only a byte-order mark or spaces. Paste the article text into it, or remove the file and its manifest entry.',
		);
	}
	const control = CONTROL_CHAR.exec(text);
	if (control) {
		const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
		throw new ArticleDecodeError(
			`the file holds the control character U+${code}, which text never does`,
			{ file, line: text.slice(0, control.index).split(/\r\n?|\n/).length },
			'The file may be binary or corrupted. Export the article again as plain UTF-8 text.',
		);
	}
	const c1 = text.match(C1_CHAR);
	if (c1) {
		// U+0080–U+009F are what Windows-1252 punctuation becomes when its bytes are read as
		// Latin-1; the code points map back one to one. The five Windows-1252 leaves undefined
		// stand for nothing and are dropped.
		text = text.replace(C1_CHAR, (c) => {
			const mapped = new TextDecoder('windows-1252').decode(new Uint8Array([c.charCodeAt(0)]));
			return mapped === c ? '' : mapped;
		});
		log.push({
			rule: 'c1-controls',
			action: 'repaired',
			line: null,
			text: [...new Set(c1)]
				.map((c) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)
				.join(' '),
			replacement: null,
			detail: `Replaced ${c1.length} C1 control character${c1.length === 1 ? '' : 's'} (Windows-1252 punctuation read as Latin-1) with the characters they stand for.`,
		});
	}
	if (text.includes('\r')) {
		const count = text.match(/\r\n?/g)?.length ?? 0;
		text = text.replace(/\r\n?/g, '\n');
		log.push({
			rule: 'line-endings',
			action: 'repaired',
			line: null,
			text: '\\r\\n',
			replacement: '\\n',
			detail: `Normalised ${count} Windows or old Mac line endings to \\n.`,
		});
	}
	return { text, encoding, log };
}

/** `utf-16le` or `utf-16be` when the bytes look like UTF-16 without a byte-order mark, else null. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
	if (bytes.length < 2 || bytes.length % 2 !== 0) return null;
	let evenZeros = 0;
	let oddZeros = 0;
	for (let i = 0; i < bytes.length; i++) {
		if (bytes[i] === 0) {
			if (i % 2 === 0) evenZeros++;
			else oddZeros++;
		}
	}
	const pairs = bytes.length / 2;
	// The other half may hold a few zeros: characters such as U+0100 or U+2000 have a zero low byte.
	const few = pairs * (1 - UTF16_ZERO_SHARE) * 0.1;
	if (oddZeros / pairs >= UTF16_ZERO_SHARE && evenZeros <= few) return 'utf-16le';
	if (evenZeros / pairs >= UTF16_ZERO_SHARE && oddZeros <= few) return 'utf-16be';
	return null;
}

function decodeStrict(label: string, bytes: Uint8Array, file: string, how = 'declares'): string {
	try {
		return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		throw new ArticleDecodeError(
			how === 'declares'
				? `the file declares ${label} with a byte-order mark but is not valid ${label}`
				: `the file looks like ${label} by its zero bytes, but it is not valid ${label}`,
			{ file },
			'Re-save the file as UTF-8 text.',
		);
	}
}

function decodedEntry(detail: string): CleaningEntry {
	return { rule: 'encoding', action: 'decoded', line: null, text: '', replacement: null, detail };
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
	return prefix.every((b, i) => bytes[i] === b);
}

function isAsciiSpace(b: number): boolean {
	return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
}

/** 1-based line of a byte, counting \n, \r\n and lone \r as line ends. */
export function lineAt(bytes: Uint8Array, index: number): number {
	let line = 1;
	for (let i = 0; i < index; i++) {
		if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
	}
	return line;
}

/** Length of the UTF-8 sequence a lead byte starts, or 0 if it cannot start one. */
function sequenceLength(lead: number): number {
	if (lead < 0x80) return 1;
	if (lead >= 0xc2 && lead <= 0xdf) return 2;
	if (lead >= 0xe0 && lead <= 0xef) return 3;
	if (lead >= 0xf0 && lead <= 0xf4) return 4;
	return 0;
}

/** Checks one sequence at `i` of length `n`, including overlong and surrogate forms. */
function isValidSequence(bytes: Uint8Array, i: number, n: number): boolean {
	if (i + n > bytes.length) return false;
	const lead = bytes[i]!;
	const second = bytes[i + 1]!;
	if (n === 3) {
		if (lead === 0xe0 && second < 0xa0) return false;
		if (lead === 0xed && second > 0x9f) return false;
	}
	if (n === 4) {
		if (lead === 0xf0 && second < 0x90) return false;
		if (lead === 0xf4 && second > 0x8f) return false;
	}
	for (let k = 1; k < n; k++) {
		const b = bytes[i + k]!;
		if (b < 0x80 || b > 0xbf) return false;
	}
	return true;
}

/** Index of the first byte that breaks UTF-8, or -1. */
export function findInvalidUtf8(bytes: Uint8Array): number {
	for (let i = 0; i < bytes.length;) {
		const n = sequenceLength(bytes[i]!);
		if (n === 0 || !isValidSequence(bytes, i, n)) return i;
		i += n;
	}
	return -1;
}

function hasMultiByteUtf8(bytes: Uint8Array): boolean {
	for (let i = 0; i < bytes.length; i++) {
		const n = sequenceLength(bytes[i]!);
		if (n > 1 && isValidSequence(bytes, i, n)) return true;
	}
	return false;
}
