import { describe, expect, test } from 'vitest';
import { REWORDED_MIN_OVERLAP } from '../../src/align/thresholds.ts';
import { badgeText, decidingShare, describeKind, explainMatch } from '../../src/view/match-kind.ts';

describe('decidingShare', () => {
	test('is the vocabulary share for rewordings, the sequence share for edits, none for copies', () => {
		const figures = { sequenceSimilarity: 0.3, overlapSimilarity: 0.46 };
		expect(decidingShare({ kind: 'reworded', ...figures })).toBe(0.46);
		expect(decidingShare({ kind: 'near-verbatim', ...figures })).toBe(0.3);
		expect(decidingShare({ kind: 'verbatim', ...figures })).toBeNull();
	});
});

describe('badgeText', () => {
	test('states the measured share', () => {
		expect(badgeText('reworded', 0.46)).toBe('Reworded · 46 % shared');
		expect(badgeText('verbatim', 1)).toBe('Word for word');
		expect(badgeText('near-verbatim')).toBe('Lightly edited');
	});
});

describe('describeKind', () => {
	test('quotes the published threshold', () => {
		expect(describeKind('reworded')).toContain(`${Math.round(REWORDED_MIN_OVERLAP * 100)} %`);
	});
});

describe('explainMatch', () => {
	test('explains a rewording by its shared vocabulary, never calling it word for word', () => {
		const text = explainMatch({
			kind: 'reworded',
			sequenceSimilarity: 0.12,
			overlapSimilarity: 0.46,
			sharedWords: ['Dong', 'denied'],
		});
		expect(text).toMatch(/^46 % of the weighted vocabulary is shared/);
		expect(text).toContain('Shared words: Dong, denied.');
		expect(text).not.toContain('same words');
	});
});
