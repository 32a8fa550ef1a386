import { describe, expect, test } from 'vitest';
import measured from '../../src/align/gold/measured-accuracy.json';
import { buildAccuracyRows, type MeasuredAccuracy } from '../../src/view/accuracy-view.ts';

describe('buildAccuracyRows', () => {
	test('gives one row per gold set and method, the engine marked, figures as percentages', () => {
		const rows = buildAccuracyRows(measured as MeasuredAccuracy);
		expect(rows).toHaveLength(measured.seed.length + measured.dev.length);
		expect(rows.filter((r) => r.isEngine)).toHaveLength(2);
		for (const row of rows) {
			expect(row.cells).toHaveLength(5);
			for (const cell of row.cells) expect(cell).toMatch(/^\d+(\.\d)? %$/);
		}
	});
});
