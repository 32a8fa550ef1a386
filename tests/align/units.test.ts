import { describe, expect, test } from 'vitest';
import { splitClauses } from '../../src/align/units.ts';

const pieces = (text: string) =>
	splitClauses(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));

describe('splitClauses', () => {
	test('cuts at a semicolon when both clauses carry content', () => {
		expect(
			pieces(
				'Crews will replace the rusted bridge deck next spring; commuters must find other routes across the river.',
			),
		).toEqual([
			'Crews will replace the rusted bridge deck next spring;',
			'commuters must find other routes across the river.',
		]);
	});

	test('cuts before ", but" and keeps the comma with the first clause', () => {
		expect(
			pieces(
				'Dong confirmed he had a discussion with the consul general, but denied that he advised Beijing to delay the release.',
			),
		).toEqual([
			'Dong confirmed he had a discussion with the consul general,',
			'but denied that he advised Beijing to delay the release.',
		]);
	});

	test('cuts a quotation from an attribution that carries content of its own', () => {
		expect(
			pieces(
				'"The allegations made against me are as false as the ones made against you," Dong said, referring to Kovrig and Spavor in his remarks.',
			),
		).toEqual([
			'"The allegations made against me are as false as the ones made against you,"',
			'Dong said, referring to Kovrig and Spavor in his remarks.',
		]);
	});

	test('keeps a short attribution or a short clause with its sentence', () => {
		const text = '"Let me be clear, what has been reported is false," he said.';
		expect(pieces(text)).toEqual([text]);
		const short = 'The council met; nothing changed.';
		expect(pieces(short)).toEqual([short]);
	});

	test('does not cut after a quotation inside a clause that did not open with one', () => {
		const text =
			'Reporters quoting unnamed "national security sources," wrote that the diplomat was asked to delay the release.';
		expect(pieces(text)).toEqual([text]);
	});

	test('cuts after an opening attribution that carries content of its own', () => {
		expect(
			pieces(
				'Citing two unnamed intelligence officials, the newspaper reported that the minister had approved the sale.',
			),
		).toEqual([
			'Citing two unnamed intelligence officials,',
			'the newspaper reported that the minister had approved the sale.',
		]);
		expect(
			pieces(
				'In a statement released late on Monday night, the company said its chief executive would step down.',
			),
		).toEqual([
			'In a statement released late on Monday night,',
			'the company said its chief executive would step down.',
		]);
	});

	test('keeps a short opening attribution, or one inside the sentence, with its sentence', () => {
		const short =
			'According to the report, the minister had approved the sale of the harbour land.';
		expect(pieces(short)).toEqual([short]);
		const inside =
			'The newspaper, citing two unnamed intelligence officials, reported that the minister had approved the sale.';
		expect(pieces(inside)).toEqual([inside]);
	});

	test('covers the sentence in order without overlap', () => {
		const text =
			'The mayor spoke first — the council had asked her to — and then the engineers explained the closure; residents listened.';
		const spans = splitClauses(text, { start: 0, end: text.length });
		for (let k = 1; k < spans.length; k++)
			expect(spans[k]!.start).toBeGreaterThanOrEqual(spans[k - 1]!.end);
		expect(spans[0]!.start).toBe(0);
		expect(spans.at(-1)!.end).toBe(text.length);
	});
});
