import { describe, expect, test } from 'vitest';
import { summarizeCoverage } from '../../src/coverage/summarize-coverage.ts';
import { buildStory } from '../../src/pipeline/build-story.ts';
import { readStoryFolder, SEED_DIR } from '../helpers/seeds.ts';

const story = buildStory(readStoryFolder(SEED_DIR));
const text = (articleId: string, start: number, end: number) =>
	story.articles.find((a) => a.id === articleId)!.text.slice(start, end);

describe('summarizeCoverage on the seed story', () => {
	test('lets the later CTV capture stand for CTV', () => {
		expect(story.coverage.latestArticleIds).toEqual(['cbc', 'bbc', 'ctv-web', 'global']);
	});

	test('counts CTV once when both its captures carry a passage', () => {
		const both = story.groups.filter(
			(g) => g.articleIds.includes('ctv') && g.articleIds.includes('ctv-web'),
		);
		for (const group of both) {
			const row = story.coverage.groups.find((r) => r.groupId === group.id)!;
			const ctv = row.cells.filter((c) => c.outletId === 'ctv');
			expect(ctv).toHaveLength(1);
			expect(ctv[0]!.articleId).toBe('ctv-web');
			expect(ctv[0]!.alsoIn).toEqual(['ctv']);
			expect(row.outletCount).toBe(row.cells.length);
		}
		const onlyCtv = story.coverage.groups.filter((r) => r.cells.every((c) => c.outletId === 'ctv'));
		expect(onlyCtv.every((r) => r.outletCount === 1)).toBe(true);
	});

	test('lists what only the BBC reported, including the foreign ministry spokesman', () => {
		const bbc = story.coverage.exclusives
			.filter((e) => e.articleId === 'bbc')
			.map((e) => text('bbc', e.start, e.end));
		expect(
			bbc.some((t) => t.endsWith('The pair became known worldwide as the "Two Michaels".')),
		).toBe(true);
		expect(
			bbc.some((t) =>
				t.startsWith("A spokesman for China's minister of foreign affairs, Wang Wenbin"),
			),
		).toBe(true);
		expect(bbc.some((t) => t.includes('Let me be clear'))).toBe(false);
	});

	test('never lists a passage CTV shares only with its own other capture as shared', () => {
		const ctvWeb = story.coverage.exclusives
			.filter((e) => e.articleId === 'ctv-web')
			.map((e) => text('ctv-web', e.start, e.end));
		expect(ctvWeb).toContain(
			'Dong is not the only politician caught up in allegations of foreign interference.',
		);
	});

	test('builds an outlet-by-outlet overlap matrix over the latest captures', () => {
		expect(story.coverage.overlap).toHaveLength(12);
		const cbcGlobal = story.coverage.overlap.find((o) => o.a === 'cbc' && o.b === 'global')!;
		expect(cbcGlobal.share).toBeGreaterThan(0.2);
		expect(story.coverage.overlap.every((o) => o.share >= 0 && o.share <= 1)).toBe(true);
	});

	test('never lists as exclusive a wording another outlet restates in a related wording', () => {
		const crossOutlet = story.related.filter((r) => {
			const outlet = (id: string) => story.articles.find((a) => a.id === id)!.outlet;
			return outlet(r.a.articleId) !== outlet(r.b.articleId);
		});
		const free = crossOutlet.flatMap((r) => [r.a, r.b]).filter((side) => side.passageId === null);
		expect(free.length).toBeGreaterThan(0);
		for (const side of free) {
			const overlapping = story.coverage.exclusives.filter(
				(e) =>
					e.articleId === side.articleId &&
					e.sentenceIndexes.some((i) => side.sentenceIndexes.includes(i)),
			);
			// Only a sentence the related wording covers less than a third of may stay exclusive.
			for (const e of overlapping) {
				const article = story.articles.find((a) => a.id === e.articleId)!;
				for (const i of e.sentenceIndexes.filter((k) => side.sentenceIndexes.includes(k))) {
					const s = article.sentences[i]!;
					const covered = Math.min(s.end, side.end) - Math.max(s.start, side.start);
					expect(covered).toBeLessThan((s.end - s.start) / 3);
				}
			}
		}
		// Without the related links, the same wordings would be listed as exclusive.
		const withoutRelated = summarizeCoverage(
			story.articles,
			story.passages,
			story.groups,
			story.versions,
		);
		const sentences = (list: typeof story.coverage.exclusives) =>
			list.reduce((n, e) => n + e.sentenceIndexes.length, 0);
		expect(sentences(withoutRelated.exclusives)).toBeGreaterThan(
			sentences(story.coverage.exclusives),
		);
	});
});
