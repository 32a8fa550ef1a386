import { describe, expect, test } from 'vitest';
import measured from '../../src/align/measured-accuracy.json';
import {
	buildAccuracyTables,
	describeAudit,
	type MeasuredAccuracy,
} from '../../src/view/accuracy-view.ts';

describe('buildAccuracyTables', () => {
	test('gives a table per gold set, a row per method, the engine first, figures as percentages', () => {
		const file = measured as MeasuredAccuracy;
		const tables = buildAccuracyTables(file);
		expect(tables.map((t) => t.rows.length)).toEqual([
			file.seed.length,
			file.dev.length,
			...(file.heldOut?.length ? [file.heldOut.length] : []),
		]);
		for (const table of tables) {
			expect(table.rows[0]).toMatchObject({ method: 'This site', isEngine: true });
			expect(table.rows.filter((row) => row.isEngine)).toHaveLength(1);
			expect(table.labelled).toMatch(/^\d+ labelled pairs \(/);
			for (const row of table.rows) {
				expect(row.cells).toHaveLength(5);
				for (const cell of row.cells) expect(cell).toMatch(/^(100|\d{1,2}\.\d) %$/);
			}
		}
	});

	test('adds a table of the held-out events only when they were measured', () => {
		const file = measured as MeasuredAccuracy;
		const without = { ...file, heldOut: undefined, heldOutEvents: undefined };
		expect(buildAccuracyTables(without).map((t) => t.title)).toEqual([
			'The seed story',
			`${file.devEvents} real news events`,
		]);
		const withHeldOut = { ...file, heldOut: file.dev.slice(0, 2), heldOutEvents: 3 };
		const tables = buildAccuracyTables(withHeldOut);
		expect(tables.map((t) => t.title)).toEqual([
			'The seed story',
			`${file.devEvents} real news events`,
			'3 held-out news events',
		]);
		expect(tables[2]!.rows).toHaveLength(2);
	});

	test('shows the engine without its semantic check as a row of its own, not marked as the engine', () => {
		const score = measured.seed[0]!;
		const tables = buildAccuracyTables({
			...(measured as MeasuredAccuracy),
			seed: [
				{ ...score, method: 'engine (words and meaning)' },
				{ ...score, method: 'engine, words only' },
				{ ...score, method: 'all-pairs Jaccard ≥ 0.3' },
			],
		});
		expect(tables[0]!.rows.map((row) => [row.method, row.isEngine])).toEqual([
			['This site', true],
			['This site, words only', false],
			['Shared words', false],
		]);
	});
});

describe('describeAudit', () => {
	test('gives the shares of the audited pairs the site still shows, by judgement', () => {
		const file = {
			...(measured as MeasuredAccuracy),
			audit: { judged: 105, shown: { same: 54, partial: 18, different: 28 } },
		};
		const sentence = describeAudit(file)!;
		expect(sentence).toContain('of 100 reworded pairs');
		expect(sentence).toContain(
			'54 % state the same thing, 18 % share part of it and 28 % make a different claim',
		);
	});

	test('says nothing without an audit, or when none of its pairs is still shown', () => {
		const file = measured as MeasuredAccuracy;
		expect(describeAudit({ ...file, audit: undefined })).toBeNull();
		expect(
			describeAudit({
				...file,
				audit: { judged: 5, shown: { same: 0, partial: 0, different: 0 } },
			}),
		).toBeNull();
	});
});
