import { describe, expect, test } from 'vitest';
import {
	MEANING_MIN_REWORDED,
	REWORDED_MIN_BLEND,
	REWORDED_MIN_OVERLAP,
	REWORDED_SHORT_MAX_WORDS,
	REWORDED_SHORT_MIN_SHARED_WORDS,
} from '../../src/align/thresholds.ts';
import {
	badgeText,
	decidingShare,
	describeKind,
	explainMatch,
	isThroughGroup,
	rewordedBasis,
	summarizeFigures,
} from '../../src/view/match-kind.ts';

const share = (x: number) => `${Math.round(x * 100)} %`;

/** A rewording that passes on its words: 46 % of the vocabulary, meaning 0.55. */
const byWords = {
	kind: 'reworded' as const,
	sequenceSimilarity: 0.12,
	overlapSimilarity: 0.46,
	meaningSimilarity: 0.55,
	sharedWords: ['Ruiz', 'denied', 'claims'],
};

/** A rewording whose words fall short (18 %) and whose meaning (0.62) makes up for them: mean 0.40. */
const byBlend = {
	kind: 'reworded' as const,
	sequenceSimilarity: 0.09,
	overlapSimilarity: 0.18,
	meaningSimilarity: 0.62,
	sharedWords: ['Ruiz', 'council', 'resigned'],
};

describe('decidingShare', () => {
	test('is the vocabulary share for rewordings, the sequence share for edits, none for copies', () => {
		const figures = { sequenceSimilarity: 0.3, overlapSimilarity: 0.46 };
		expect(decidingShare({ kind: 'reworded', ...figures })).toBe(0.46);
		expect(decidingShare({ kind: 'near-verbatim', ...figures })).toBe(0.3);
		expect(decidingShare({ kind: 'verbatim', ...figures })).toBeNull();
	});
});

describe('rewordedBasis', () => {
	test('is words when the vocabulary share and the meaning both reach their thresholds', () => {
		expect(rewordedBasis(byWords)).toBe('words');
		expect(rewordedBasis({ ...byWords, meaningSimilarity: null })).toBe('words');
	});

	test('is the blend when meaning makes up for a vocabulary share under the threshold', () => {
		expect(rewordedBasis(byBlend)).toBe('blend');
	});

	test('follows the engine: a pair it grouped only through others is the group, one it accepted never is', () => {
		expect(rewordedBasis({ ...byWords, direct: false })).toBe('group');
		expect(rewordedBasis({ ...byBlend, meaningSimilarity: 0.2, direct: true })).toBe('blend');
		expect(rewordedBasis({ ...byBlend, meaningSimilarity: null, direct: true })).toBe('words');
	});

	test('is the group when the pair passes no rule on its own', () => {
		expect(rewordedBasis({ ...byBlend, meaningSimilarity: 0.2 })).toBe('group');
		expect(rewordedBasis({ ...byBlend, meaningSimilarity: null })).toBe('group');
		expect(rewordedBasis({ ...byWords, meaningSimilarity: 0.1 })).toBe('group');
	});

	test('does not let the export rounding push an accepted pair under a threshold', () => {
		expect(rewordedBasis({ ...byWords, overlapSimilarity: 0.1996 })).toBe('words');
	});
});

describe('badgeText', () => {
	test('states the measured share', () => {
		expect(badgeText('reworded', 0.46)).toBe('Reworded · 46 % shared');
		expect(badgeText('verbatim', 1)).toBe('Word for word');
		expect(badgeText('near-verbatim')).toBe('Lightly edited');
	});

	test('shows no share for a pair linked only through its group', () => {
		expect(badgeText('reworded', 0.1, true)).toBe('Reworded · through its group');
	});
});

describe('isThroughGroup', () => {
	test('holds only for reworded pairs the engine did not accept on their own', () => {
		expect(isThroughGroup({ ...byWords, kind: 'reworded', direct: false })).toBe(true);
		expect(isThroughGroup({ ...byWords, kind: 'reworded', direct: true })).toBe(false);
		expect(isThroughGroup({ ...byWords, kind: 'near-verbatim', direct: false })).toBe(false);
	});
});

describe('describeKind', () => {
	test('quotes the published threshold', () => {
		expect(describeKind('reworded')).toContain(share(REWORDED_MIN_OVERLAP));
	});

	test('leaves the semantic check out for a story aligned on words alone', () => {
		expect(describeKind('reworded')).not.toMatch(/meaning/);
		expect(describeKind('reworded', false)).not.toMatch(/meaning/);
	});

	test('gives the semantic check and its thresholds for a story aligned with it', () => {
		const text = describeKind('reworded', true);
		expect(text).toContain(`meaning similarity of ${MEANING_MIN_REWORDED.toFixed(2)}`);
		expect(text).toContain(`average at least ${REWORDED_MIN_BLEND.toFixed(2)}`);
		expect(describeKind('verbatim', true)).not.toMatch(/meaning/);
	});

	test('gives the short-sentence rule only where meaning confirms it', () => {
		const rule = `short sentence (at most ${REWORDED_SHORT_MAX_WORDS} content words) match on ${REWORDED_SHORT_MIN_SHARED_WORDS} shared words`;
		expect(describeKind('reworded', true)).toContain(rule);
		expect(describeKind('reworded')).not.toContain('short sentence');
	});
});

describe('explainMatch', () => {
	test('explains a rewording by its shared vocabulary, never calling it word for word', () => {
		const text = explainMatch({ ...byWords, meaningSimilarity: null });
		expect(text).toBe(
			`46 % of the weighted vocabulary is shared (reworded from ${share(REWORDED_MIN_OVERLAP)}), and 12 % of the word sequence. Shared words: Ruiz, denied, claims.`,
		);
		expect(text).not.toContain('same words');
		expect(text).not.toMatch(/meaning/);
	});

	test('gives the meaning similarity next to the words when the semantic check confirmed them', () => {
		expect(explainMatch(byWords)).toBe(
			`46 % of the weighted vocabulary is shared (reworded from ${share(REWORDED_MIN_OVERLAP)}), and 12 % of the word sequence. Meaning similarity 0.55: the semantic check confirms a word match from ${MEANING_MIN_REWORDED.toFixed(2)}. Shared words: Ruiz, denied, claims.`,
		);
	});

	test('says that meaning made up for the words, quoting the blend threshold', () => {
		const text = explainMatch(byBlend);
		expect(text).toBe(
			`Meaning made up for the words: only 18 % of the weighted vocabulary (and 9 % of the word sequence) is shared, under the ${share(REWORDED_MIN_OVERLAP)} that words alone need, but the meaning similarity is 0.62; the mean of 0.18 and 0.62 is 0.40, at least the ${REWORDED_MIN_BLEND.toFixed(2)} that words and meaning together need. Shared words: Ruiz, council, resigned.`,
		);
		expect(text).not.toContain('reworded from');
	});

	test('never rounds a vocabulary share under the threshold up to it', () => {
		const text = explainMatch({ ...byBlend, overlapSimilarity: 0.197 });
		expect(text).toContain('only 19.7 % of the weighted vocabulary');
	});

	test('says a pair that passes no rule alone is matched through its group', () => {
		const text = explainMatch({ ...byBlend, overlapSimilarity: 0.15, meaningSimilarity: 0.2 });
		expect(text).toMatch(/^Matched through the rest of their group: /);
		expect(text).toContain(
			'15 % of the weighted vocabulary shared and a meaning similarity of 0.20',
		);
		expect(text).not.toContain('reworded from');
		const onWords = explainMatch({ ...byBlend, overlapSimilarity: 0.15, meaningSimilarity: null });
		expect(onWords).toMatch(/^Matched through the rest of their group: /);
		expect(onWords).not.toMatch(/meaning/);
	});

	test('writes a negative meaning similarity with a minus sign', () => {
		expect(explainMatch({ ...byWords, meaningSimilarity: -0.05 })).toContain(
			'meaning similarity of −0.05',
		);
	});
});

describe('summarizeFigures', () => {
	test('lists both shares, and the meaning similarity when there is one', () => {
		expect(summarizeFigures({ ...byWords, meaningSimilarity: null })).toBe(
			'word sequence 12 %, shared vocabulary 46 %',
		);
		expect(summarizeFigures(byWords)).toBe(
			'word sequence 12 %, shared vocabulary 46 %, meaning similarity 0.55',
		);
	});

	test('says when meaning made up for the words', () => {
		expect(summarizeFigures(byBlend)).toBe(
			`word sequence 9 %, shared vocabulary 18 %, meaning similarity 0.62: meaning made up for the words (their mean 0.40 reaches ${REWORDED_MIN_BLEND.toFixed(2)})`,
		);
	});
});
