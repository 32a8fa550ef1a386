import { describe, expect, test } from 'vitest';
import { buildStory } from '../../src/pipeline/build-story.ts';
import {
	buildQuoteLedger,
	RENDERING_LABEL,
	speakerAnchor,
	UNATTRIBUTED,
} from '../../src/view/quotes-view.ts';
import { readStoryFolder, SEED_DIR } from '../helpers/seeds.ts';

const story = buildStory(readStoryFolder(SEED_DIR));
const ledger = buildQuoteLedger(story);

describe('speakerAnchor', () => {
	test('makes an ASCII anchor of a name', () => {
		expect(speakerAnchor('Han Dong')).toBe('speaker-han-dong');
		expect(speakerAnchor('Dominique Strauss-Kahn')).toBe('speaker-dominique-strauss-kahn');
		expect(speakerAnchor('Zoë Ørsted')).toBe('speaker-zoe-rsted');
	});
});

describe('RENDERING_LABEL', () => {
	test('names every rendering kind', () => {
		expect(RENDERING_LABEL['trimmed-start']).toBe('Trimmed at the start');
		expect(Object.values(RENDERING_LABEL)).toHaveLength(8);
	});
});

describe('buildQuoteLedger', () => {
	test('gives each speaker one section, the most quoted first, with the ways the outlets name them', () => {
		expect(ledger.sections[0]).toMatchObject({
			name: 'Han Dong',
			anchor: 'speaker-han-dong',
			kind: 'person',
			alsoWritten: ['Dong', 'Mr Dong', 'the Don Valley North representative'],
		});
		const names = ledger.sections.map((s) => s.name);
		expect(names).toEqual(
			expect.arrayContaining(['Charles Sousa', 'Alison Murphy', 'Wang Wenbin', 'Pierre Poilievre']),
		);
		expect(new Set(names).size).toBe(names.length);
		if (names.includes(UNATTRIBUTED)) expect(names.at(-1)).toBe(UNATTRIBUTED);
	});

	test('shows how each outlet renders “Let me be clear…”, against the fullest wording', () => {
		const u = ledger.sections[0]!.utterances.find((x) =>
			x.fullestText.includes('Let me be clear'),
		)!;
		expect(u.renderings.map((r) => [r.outletLabel, r.label])).toEqual([
			['CTV News (first capture)', 'Words changed'],
			['CBC News', 'Trimmed at the start'],
			['BBC News', 'Fullest wording'],
			['CTV News (later capture)', 'Words changed'],
		]);
		const cbc = u.renderings.find((r) => r.articleId === 'cbc')!;
		expect(cbc).toMatchObject({
			attribution: 'the Don Valley North representative said',
			showDiff: true,
		});
		expect(cbc.target).toMatchObject({ quoteId: expect.stringMatching(/^q-cbc-/) });
		expect(cbc.leavesOut[0]).toContain('To all my colleagues');
	});

	test('tallies quoted words per outlet column', () => {
		const wang = ledger.tally.find((r) => r.speaker === 'Wang Wenbin')!;
		expect(ledger.outlets.map((o) => o.id)).toEqual(story.outlets.map((o) => o.id));
		expect(wang.cells.filter(Boolean)).toEqual([{ words: 21, quotes: 1 }]);
	});

	test('lists terms apart from speech, latest captures only', () => {
		expect(ledger.terms.map((t) => t.text)).toEqual(
			expect.arrayContaining(['Two Michaels', 'subtle but effective']),
		);
		expect(ledger.terms.every((t) => story.coverage.latestArticleIds.includes(t.articleId))).toBe(
			true,
		);
	});

	test('shows only the fullest rendering with counts of the others when a story has many outlets', () => {
		const many = {
			...story,
			outlets: Array.from({ length: 13 }, (_, i) => ({ ...story.outlets[0]!, id: `o${i}` })).concat(
				story.outlets,
			),
		};
		const compact = buildQuoteLedger(many);
		expect(compact.compact).toBe(true);
		expect(compact.outlets).toEqual([]);
		const u = compact.sections[0]!.utterances.find((x) =>
			x.fullestText.includes('Let me be clear'),
		)!;
		expect(u.renderings.map((r) => r.kind)).toEqual(['fullest']);
		expect(u.kindCounts).toBe('Words changed: 2 · Trimmed at the start: 1 · Fullest wording: 1');
	});
});
