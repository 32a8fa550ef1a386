import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	buildStory,
	listStoryUnitTexts,
	outletHost,
	parseStoryArticles,
} from '../../src/pipeline/build-story.ts';
import { ManifestError } from '../../src/ingest/errors.ts';
import { scoreAlignment } from '../../src/align/score-alignment.ts';
import { embedTexts, ENCODER } from '../../src/loaders/embed-units.ts';
import { RESTATEMENT_LEDE_SENTENCES } from '../../src/align/thresholds.ts';
import { readStoryFolder, ROOT, SEED_DIR } from '../helpers/seeds.ts';

const seed = readStoryFolder(SEED_DIR);

describe('buildStory', () => {
	test('builds the seed story model with its articles in manifest order', () => {
		const story = buildStory(seed);
		expect(story.schemaVersion).toBe(1);
		expect(story.slug).toBe('han-dong-leaves-liberal-caucus');
		expect(story.articles.map((a) => a.id)).toEqual(['ctv', 'cbc', 'bbc', 'ctv-web', 'global']);
		expect(story.summaryText).toMatch(/^On the evening of Wednesday, 22 March 2023/);
	});

	test('is deterministic', () => {
		expect(JSON.stringify(buildStory(seed))).toBe(JSON.stringify(buildStory(seed)));
	});

	test('rejects a repair whose evidence article does not bear it out', () => {
		const manifest = structuredClone(seed.manifest);
		manifest.articles[3]!.repairs[0]!.evidence = 'bbc';
		expect(() => buildStory({ ...seed, manifest })).toThrow(ManifestError);
		expect(() => buildStory({ ...seed, manifest })).toThrow(/not borne out by "bbc"/);
	});

	describe('with the semantic check', async () => {
		// The real encoder on the seed story; a cache of its own keeps reruns fast.
		const cache = path.join(ROOT, 'node_modules/.cache/same-story/meaning-test/seed.json');
		const { vectors } = await embedTexts(listStoryUnitTexts(seed), cache);
		const story = buildStory({ ...seed, meaning: { encoder: ENCODER, vectors } });

		test('records the check and the meaning similarity of every pair', () => {
			expect(story.alignment).toEqual({ semanticCheck: true, encoder: ENCODER });
			expect(buildStory(seed).alignment).toEqual({ semanticCheck: false, encoder: null });
			const pairs = story.groups.flatMap((g) => g.pairs);
			expect(pairs.length).toBeGreaterThan(0);
			for (const pair of pairs) expect(pair.meaningSimilarity).toEqual(expect.any(Number));
		});

		test('reaches at least the precision and recall of words alone on the seed gold', () => {
			const gold = JSON.parse(
				readFileSync(path.join(ROOT, 'tests/fixtures/gold/seed-alignment.json'), 'utf8'),
			).pairs;
			const withMeaning = scoreAlignment(story, gold);
			const wordsOnly = scoreAlignment(buildStory(seed), gold);
			// Regression floors; the figures themselves are reported by `npm run bench`.
			expect(withMeaning.precision).toBeGreaterThanOrEqual(0.97);
			expect(withMeaning.precision).toBeGreaterThanOrEqual(wordsOnly.precision);
			expect(withMeaning.recall).toBeGreaterThan(wordsOnly.recall);
		});

		test('links an opening that sums up a grouped passage to the outlets that detail it', () => {
			const restatements = story.related.filter((r) => r.restates !== null);
			const byId = new Map(story.passages.map((p) => [p.id, p]));
			for (const link of restatements) {
				const [opening, member] = link.a.passageId === null ? [link.a, link.b] : [link.b, link.a];
				expect(opening.passageId).toBeNull();
				expect(Math.max(...opening.sentenceIndexes)).toBeLessThan(RESTATEMENT_LEDE_SENTENCES);
				const restated = byId.get(link.restates!)!;
				expect(restated.articleId).toBe(opening.articleId);
				expect(restated.groupId).toBe(byId.get(member.passageId!)!.groupId);
			}
			// BBC's second sentence sums up the allegation that four other captures detail.
			const bbcSummary = restatements.filter((r) =>
				[r.a, r.b].some((s) => s.articleId === 'bbc' && s.sentenceIndexes.includes(1)),
			);
			expect(bbcSummary.map((r) => (r.a.articleId === 'bbc' ? r.b : r.a).articleId).sort()).toEqual(
				['cbc', 'ctv', 'ctv-web', 'global'],
			);
		});

		test('keeps passages disjoint and one group per passage', () => {
			const memberships = new Map<string, number>();
			for (const g of story.groups)
				for (const id of g.passageIds) memberships.set(id, (memberships.get(id) ?? 0) + 1);
			expect(story.passages.every((p) => memberships.get(p.id) === 1)).toBe(true);
			for (const a of story.articles) {
				const own = story.passages
					.filter((p) => p.articleId === a.id)
					.sort((p, q) => p.start - q.start);
				own.slice(1).forEach((p, k) => expect(p.start).toBeGreaterThanOrEqual(own[k]!.end));
			}
		});
	});
});

describe('parseStoryArticles', () => {
	test('parses every article the manifest lists, in its order', () => {
		expect(parseStoryArticles(seed).map((a) => a.id)).toEqual(
			seed.manifest.articles.map((a) => a.id),
		);
	});
});

describe('listStoryUnitTexts', () => {
	test('lists every passage unit of every article once', () => {
		const texts = listStoryUnitTexts(seed);
		expect(new Set(texts).size).toBe(texts.length);
		const story = buildStory(seed);
		for (const p of story.passages) {
			const text = story.articles.find((a) => a.id === p.articleId)!.text.slice(p.start, p.end);
			// Every passage is a unit or a run of adjacent units, so it starts with a listed unit.
			expect(texts.some((t) => text.startsWith(t))).toBe(true);
		}
	});
});

describe('outletHost', () => {
	test('drops www. so captures of one site match across stories', () => {
		expect(outletHost('https://www.ctvnews.ca/politics')).toBe('ctvnews.ca');
		expect(outletHost('https://globalnews.ca/')).toBe('globalnews.ca');
	});
});
