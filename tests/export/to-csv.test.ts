import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { csvField, toCsv } from '../../src/export/to-csv.ts';

/** A small RFC 4180 reader, to check that what we write reads back. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\r' && text[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i++;
		} else field += c;
	}
	return rows;
}

describe('csvField', () => {
	test.each([
		['plain', 'plain'],
		['a, b', '"a, b"'],
		['say "hi"', '"say ""hi"""'],
		['two\nlines', '"two\nlines"'],
		['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
		['+1', "'+1"],
		['-2 days', "'-2 days"],
		['@SUM(A1)', "'@SUM(A1)"],
		['\tindent', "'\tindent"],
		['', ''],
	])('writes %j as %j', (input, expected) => {
		expect(csvField(input)).toBe(expected);
	});

	test('writes numbers, booleans and null bare', () => {
		expect([csvField(3.5), csvField(true), csvField(null)]).toEqual(['3.5', 'true', '']);
	});
});

describe('toCsv', () => {
	test('writes a BOM, a header row and CRLF line ends', () => {
		const csv = toCsv(
			[{ id: 'p-1', text: 'Let me be clear, "what"' }],
			[
				{ header: 'id', value: (r) => r.id },
				{ header: 'text', value: (r) => r.text },
			],
		);
		expect(csv).toBe('\ufeffid,text\r\np-1,"Let me be clear, ""what"""\r\n');
	});

	test('reads back the same fields for any text, formula prefixes aside', () => {
		fc.assert(
			fc.property(
				fc.array(fc.array(fc.string({ maxLength: 20 }), { minLength: 2, maxLength: 2 }), {
					maxLength: 8,
				}),
				(rows) => {
					const csv = toCsv(rows, [
						{ header: 'a', value: (r) => r[0]! },
						{ header: 'b', value: (r) => r[1]! },
					]);
					const parsed = parseCsv(csv.slice(1));
					expect(parsed[0]).toEqual(['a', 'b']);
					const unprefix = (s: string, original: string) =>
						/^[=+\-@\t\r]/.test(original) ? s.slice(1) : s;
					rows.forEach((r, i) =>
						expect(parsed[i + 1]!.map((f, k) => unprefix(f, r[k]!))).toEqual(r),
					);
				},
			),
			{ numRuns: 2000 },
		);
	});
});
