import { describe, expect, test } from 'vitest';
import { buildStory } from '../../src/pipeline/build-story.ts';
import { buildQuotesView, RENDERING_LABEL, speakerAnchor } from '../../src/view/quotes-view.ts';
import { readStoryFolder, SEED_DIR } from '../helpers/seeds.ts';

const story = buildStory(readStoryFolder(SEED_DIR));

describe('RENDERING_LABEL', () => {
	test('names every rendering kind in words', () => {
		expect(RENDERING_LABEL.cut).toBe('Cut in the middle');
		expect(RENDERING_LABEL.paraphrased).toBe('Paraphrased, not quoted');
	});
});

describe('speakerAnchor', () => {
	test('makes an id from a speaker’s name', () => {
		expect(speakerAnchor('Han Dong')).toBe('speaker-han-dong');
		expect(speakerAnchor('Wang Wenbin, spokesman')).toBe('speaker-wang-wenbin-spokesman');
	});
});

describe('buildQuotesView', () => {
	const view = buildQuotesView(story);

	test('tallies each speaker with one cell per outlet of the seed story', () => {
		expect(view.compact).toBe(false);
		expect(view.columns).toEqual(story.outlets.map((o) => o.name));
		for (const row of view.tally) expect(row.cells).toHaveLength(story.outlets.length);
		const dong = view.tally.find((r) => r.speaker === 'Han Dong')!;
		expect(dong.cells.filter((c) => c !== null).length).toBe(dong.outletCount);
	});

	test('lists every utterance once, under its speaker, with its fullest wording first-class', () => {
		const ids = view.speakers.flatMap((s) => s.utterances.map((u) => u.id));
		expect(ids.sort()).toEqual(story.utterances.map((u) => u.id).sort());
		for (const u of view.speakers.flatMap((s) => s.utterances)) {
			expect(u.renderings.filter((r) => r.kind === 'fullest')).toHaveLength(1);
			expect(u.fullestText.length).toBeGreaterThan(0);
			expect(u.kindCounts).toBeNull();
		}
	});

	test('shows a diff only for renderings that differ from the fullest wording', () => {
		const renderings = view.speakers.flatMap((s) => s.utterances.flatMap((u) => u.renderings));
		for (const r of renderings) {
			if (r.kind === 'fullest' || r.kind === 'identical') expect(r.diff).toBeNull();
			if (r.kind === 'paraphrased') expect(r.leftOut).toBeNull();
		}
		expect(renderings.some((r) => r.diff !== null)).toBe(true);
		expect(renderings.every((r) => r.href.startsWith('/stories/'))).toBe(true);
	});

	test('counts renderings by kind instead of listing them for a story of many outlets', () => {
		const extra = Array.from({ length: 13 - story.outlets.length }, (_, i) => ({
			...story.outlets[0]!,
			id: `extra-${i}`,
		}));
		const many = { ...story, outlets: [...story.outlets, ...extra] };
		const compact = buildQuotesView(many);
		expect(compact.compact).toBe(true);
		expect(compact.columns).toEqual([]);
		const u = compact.speakers[0]!.utterances[0]!;
		expect(u.kindCounts).toMatch(/^Fullest wording: 1/);
		expect(u.renderings.map((r) => r.kind)).toEqual(['fullest']);
	});
});
