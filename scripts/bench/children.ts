/** The benchmark's child measurements: each runs in its own process and prints one JSON line. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { alignArticles } from '../../src/align/align-articles.ts';
import { embedTexts, ENCODER, loadEncoder, type Embed } from '../../src/loaders/embed-units.ts';
import type { Alignment } from '../../src/align/model.ts';
import { readStoryFolder } from '../../src/loaders/read-story-folder.ts';
import { buildStory, listStoryUnitTexts } from '../../src/pipeline/build-story.ts';
import { scoreAudit, type AuditResult } from './audit.ts';
import { allPairsJaccard, pairwiseDiff, type PairGroup } from './baselines.ts';
import { ROOT, RUN_BUDGET_MS, SEED, SEED_DIR, WARM_UP_ARTICLES } from './config.ts';
import {
	embedGoldStories,
	loadDevGold,
	loadHeldOutGold,
	loadSeedGold,
	meaningCacheFile,
} from './gold.ts';
import { METHODS, scoreGoldSet, type GoldScore } from './gold-scores.ts';
import { alignmentGroups, evaluateGroups, type PairExample, type PairScores } from './evaluate.ts';
import { generateStory, mulberry32, type GeneratedStory } from './generate-story.ts';
import { arg, collect, median, peakRss, timed } from './measure.ts';

/** A scored error with the two sentences' texts and where the engine put them. */
export interface ExampleText {
	kind: string;
	a: string;
	b: string;
	textA: string;
	textB: string;
	truth: string;
	placed: string;
}

export function describeExamples(
	story: GeneratedStory,
	examples: readonly PairExample[],
	label: string,
	alignment?: Alignment,
): ExampleText[] {
	const byId = new Map(story.articles.map((a) => [a.id, a]));
	const text = (articleId: string, index: number) => {
		const article = byId.get(articleId)!;
		const span = article.sentences[index]!;
		return article.text.slice(span.start, span.end);
	};
	const groupsOf = (articleId: string, index: number) =>
		alignment
			? alignment.passages
					.filter((p) => p.articleId === articleId && p.sentenceIndexes.includes(index))
					.map((p) => p.groupId)
			: [];
	return examples.map((e) => {
		const ga = groupsOf(e.a.articleId, e.a.index);
		const gb = groupsOf(e.b.articleId, e.b.index);
		return {
			kind: label,
			a: `${e.a.articleId}:${e.a.index}`,
			b: `${e.b.articleId}:${e.b.index}`,
			textA: text(e.a.articleId, e.a.index),
			textB: text(e.b.articleId, e.b.index),
			truth: `${e.truthA.source ?? 'filler'} (${e.truthA.kind ?? '-'}) / ${e.truthB.source ?? 'filler'} (${e.truthB.kind ?? '-'})`,
			placed: alignment ? `groups ${ga.join(',') || 'none'} / ${gb.join(',') || 'none'}` : '',
		};
	});
}

/** Scores without the raw examples, which do not survive JSON usefully. */
export type Scores = Omit<PairScores, 'falsePositives' | 'misses'>;

export function stripScores(s: PairScores): Scores {
	const { falsePositives: _fp, misses: _m, ...rest } = s;
	return rest;
}

export function storyStats(story: GeneratedStory) {
	const carriers = new Map<string, number>();
	let carried = 0;
	let sentences = 0;
	const mix = { copied: 0, light: 0, heavy: 0, filler: 0 };
	for (const list of story.truth.values()) {
		for (const t of list) {
			sentences++;
			mix[t.kind ?? 'filler']++;
			if (t.source === null) continue;
			carried++;
			carriers.set(t.source, (carriers.get(t.source) ?? 0) + 1);
		}
	}
	const counts = [...carriers.values()];
	const words = story.articles.reduce((n, a) => n + a.text.split(/\s+/).length, 0);
	return {
		articles: story.articles.length,
		sentences,
		words,
		sourceDocuments: story.sourceDocuments,
		carriedShare: carried / sentences,
		mix,
		carriersMedian: counts.length > 0 ? median(counts) : 0,
		carriersMax: counts.length > 0 ? Math.max(...counts) : 0,
	};
}

// ---------------------------------------------------------------------------------------------
// Children: one measurement each, result printed as one JSON line.

export interface EngineResult {
	size: number;
	story: ReturnType<typeof storyStats>;
	times: number[];
	cpuTimes: number[];
	rssBefore: number;
	peakRss: number;
	groups: number;
	passages: number;
	largestGroup: number;
	scores: Scores;
	examples: ExampleText[];
	/** One-minute load average when the measurement started (set by the parent). */
	load?: number;
}

export function childEngine(size: number, runs: number): EngineResult {
	// One untimed run on a small story of another seed first, so that every size is timed on
	// compiled code: without it the first runs at 50 articles took half again as long as the last.
	alignArticles(
		generateStory({ articles: Math.min(size, WARM_UP_ARTICLES), seed: SEED + 1 }).articles,
	);
	const story = generateStory({ articles: size, seed: SEED });
	collect();
	const rssBefore = process.memoryUsage().rss;
	const times: number[] = [];
	const cpuTimes: number[] = [];
	let first: Alignment | undefined;
	const started = performance.now();
	for (let r = 0; r < runs; r++) {
		collect();
		const run = timed(() => alignArticles(story.articles));
		times.push(run.wall);
		cpuTimes.push(run.cpu);
		first ??= run.value;
		if (size >= 2000 && performance.now() - started > RUN_BUDGET_MS) break;
	}
	// Read before scoring, so the peak is the engine's and not the evaluation's.
	const peak = peakRss();
	const alignment = first!;
	const scores = evaluateGroups(alignmentGroups(alignment), story.truth, 3);
	const examples = [
		...describeExamples(story, scores.falsePositives, 'false pair', alignment),
		...describeExamples(story, scores.misses.copied, 'missed copied', alignment),
		...describeExamples(story, scores.misses.light, 'missed light', alignment),
		...describeExamples(story, scores.misses.heavy, 'missed heavy', alignment),
	];
	return {
		size,
		story: storyStats(story),
		times,
		cpuTimes,
		rssBefore,
		peakRss: peak,
		groups: alignment.groups.length,
		passages: alignment.passages.length,
		largestGroup: Math.max(0, ...alignment.groups.map((g) => g.passageIds.length)),
		scores: stripScores(scores),
		examples,
	};
}

export interface BaselineResult {
	size: number;
	/** Total time over all article pairs, measured or extrapolated, single core. */
	ms: number;
	cpuMs: number;
	runs: number;
	/** For a sampled run: how many article pairs were timed. */
	sampledPairs?: number;
	peakRss: number;
	scores?: Scores;
}

export function childAllPairs(size: number, runs: number): BaselineResult {
	const story = generateStory({ articles: size, seed: SEED });
	const times: number[] = [];
	const cpuTimes: number[] = [];
	let pairs: PairGroup[] = [];
	for (let r = 0; r < runs; r++) {
		collect();
		const run = timed(() => allPairsJaccard(story.articles));
		pairs = run.value;
		times.push(run.wall);
		cpuTimes.push(run.cpu);
	}
	return {
		size,
		ms: median(times),
		cpuMs: median(cpuTimes),
		runs: times.length,
		peakRss: peakRss(),
		scores: stripScores(evaluateGroups(pairs, story.truth)),
	};
}

/** The engine with every sentence pair of different articles as candidates: measured, or estimated from a smaller size. */
export interface VerifyResult {
	size: number;
	/** Median time, single process; for an estimate, extrapolated from `estimatedFrom`. */
	ms: number;
	cpuMs: number;
	runs: number;
	sentences: number;
	peakRss?: number;
	scores?: Scores;
	/** Set when the time is extrapolated (quadratically in sentence pairs) from a measured size. */
	estimatedFrom?: { size: number; sentences: number; ms: number; cpuMs: number };
}

export function childVerifyAllPairs(size: number, runs: number): VerifyResult {
	const story = generateStory({ articles: size, seed: SEED });
	const times: number[] = [];
	const cpuTimes: number[] = [];
	let first: Alignment | undefined;
	for (let r = 0; r < runs; r++) {
		collect();
		const run = timed(() => alignArticles(story.articles, { candidates: 'all-pairs' }));
		times.push(run.wall);
		cpuTimes.push(run.cpu);
		first ??= run.value;
	}
	const peak = peakRss();
	return {
		size,
		ms: median(times),
		cpuMs: median(cpuTimes),
		runs: times.length,
		sentences: story.articles.reduce((n, a) => n + a.sentences.length, 0),
		peakRss: peak,
		scores: stripScores(evaluateGroups(alignmentGroups(first!), story.truth)),
	};
}

/** Time of all-pairs verification at `sentences` sentences, from a measurement: quadratic in sentence pairs, S·(S−1). */
export function estimateVerify(
	measured: VerifyResult,
	size: number,
	sentences: number,
): VerifyResult {
	const ratio = (sentences * (sentences - 1)) / (measured.sentences * (measured.sentences - 1));
	return {
		size,
		ms: measured.ms * ratio,
		cpuMs: measured.cpuMs * ratio,
		runs: measured.runs,
		sentences,
		estimatedFrom: {
			size: measured.size,
			sentences: measured.sentences,
			ms: measured.ms,
			cpuMs: measured.cpuMs,
		},
	};
}

/** Article pairs of one shard (every k-th pair), so shards can run on several cores. */
export interface DiffShard {
	ms: number;
	cpuMs: number;
	pairs: [string, number, string, number][];
	peakRss: number;
}

export function shardPairs(n: number, shard: number, shards: number): [number, number][] {
	const out: [number, number][] = [];
	let k = 0;
	for (let i = 0; i < n; i++)
		for (let j = i + 1; j < n; j++) if (k++ % shards === shard) out.push([i, j]);
	return out;
}

export function childDiffShard(size: number, shard: number, shards: number): DiffShard {
	const story = generateStory({ articles: size, seed: SEED });
	collect();
	const run = timed(() => pairwiseDiff(story.articles, shardPairs(size, shard, shards)));
	const groups = run.value;
	return {
		ms: run.wall,
		cpuMs: run.cpu,
		pairs: groups.map(([a, b]) => [
			a.articleId,
			a.sentenceIndexes[0]!,
			b.articleId,
			b.sentenceIndexes[0]!,
		]),
		peakRss: peakRss(),
	};
}

export function childDiffSample(size: number, count: number): BaselineResult {
	const story = generateStory({ articles: size, seed: SEED });
	const random = mulberry32(SEED + 7);
	const pairs: [number, number][] = [];
	while (pairs.length < count) {
		const i = Math.floor(random() * size);
		const j = Math.floor(random() * size);
		if (i !== j) pairs.push([Math.min(i, j), Math.max(i, j)]);
	}
	collect();
	const run = timed(() => pairwiseDiff(story.articles, pairs));
	const allPairs = (size * (size - 1)) / 2;
	return {
		size,
		ms: (run.wall / count) * allPairs,
		cpuMs: (run.cpu / count) * allPairs,
		runs: 1,
		sampledPairs: count,
		peakRss: peakRss(),
	};
}

/** Warm alignment time of the seed story, built as the site builds it, with and without vectors. */
export interface SeedResult {
	articles: number;
	sentences: number;
	/** With the semantic check, as the site runs it. */
	warmMs: number;
	warmCpuMs: number;
	groups: number;
	/** Words only (the semantic check off). */
	wordsOnlyWarmMs: number;
	wordsOnlyWarmCpuMs: number;
	wordsOnlyGroups: number;
	runs: number;
}

/** Median wall and CPU time of `run` over 20 runs after 3 warm-up runs, and its last value. */
function warmMedian<T>(run: () => T): { wall: number; cpu: number; runs: number; value: T } {
	for (let k = 0; k < 3; k++) run();
	const times: number[] = [];
	const cpuTimes: number[] = [];
	let value = run();
	for (let k = 0; k < 20; k++) {
		const t = timed(run);
		value = t.value;
		times.push(t.wall);
		cpuTimes.push(t.cpu);
	}
	return { wall: median(times), cpu: median(cpuTimes), runs: times.length, value };
}

/** Times the engine on the seed story with its sentence vectors and without them. */
export async function childSeeds(): Promise<SeedResult> {
	// The same path as the site build: read the folder, list its units, get their vectors from
	// the cache, build the story, align its articles.
	const input = readStoryFolder(SEED_DIR, ROOT);
	const { vectors } = await embedTexts(listStoryUnitTexts(input), meaningCacheFile('seed'));
	const articles = buildStory(input).articles;
	const withMeaning = warmMedian(() => alignArticles(articles, { vectors }));
	const wordsOnly = warmMedian(() => alignArticles(articles));
	return {
		articles: articles.length,
		sentences: articles.reduce((n, a) => n + a.sentences.length, 0),
		warmMs: withMeaning.wall,
		warmCpuMs: withMeaning.cpu,
		groups: withMeaning.value.groups.length,
		wordsOnlyWarmMs: wordsOnly.wall,
		wordsOnlyWarmCpuMs: wordsOnly.cpu,
		wordsOnlyGroups: wordsOnly.value.groups.length,
		runs: withMeaning.runs,
	};
}

/** What the semantic check costs, measured on the seed story in a process of its own. */
export interface MeaningCostResult {
	encoder: string;
	/** The first `loadEncoder()`: importing the packages and initialising the model from its files. */
	modelLoadMs: number;
	/** Distinct passage units of the seed story, all embedded from an empty cache. */
	units: number;
	/** Batches of the seed story; the rest are the development events' (`devUnits` texts). */
	seedBatches: number;
	devUnits: number;
	batches: number;
	/** Median over batches of a batch's time divided by its texts. */
	perSentenceMs: number;
	/** Slowest and fastest batch, per sentence: the first batch also warms the model up. */
	perSentenceRangeMs: [number, number];
	/** The whole cold `embedTexts` call (without the model load, already done). */
	coldMs: number;
	/** `embedTexts` when every vector is in the cache: median of the warm runs. */
	warmMs: number;
	warmRuns: number;
	rssBefore: number;
	peakRss: number;
}

/** Model load, cold embedding per sentence, warm cache hit and peak memory of the semantic check. */
export async function childMeaningCost(): Promise<MeaningCostResult> {
	const rssBefore = process.memoryUsage().rss;
	let started = performance.now();
	const encoder = await loadEncoder();
	const modelLoadMs = performance.now() - started;
	const perSentence: number[] = [];
	const timedEncoder: Embed = async (texts) => {
		const t = performance.now();
		const out = await encoder(texts);
		if (texts.length > 0) perSentence.push((performance.now() - t) / texts.length);
		return out;
	};
	const texts = listStoryUnitTexts(readStoryFolder(SEED_DIR, ROOT));
	// An empty cache of its own, so every unit is embedded and no other cache is touched.
	const folder = mkdtempSync(path.join(os.tmpdir(), 'same-story-bench-'));
	try {
		const cacheFile = path.join(folder, 'seed.json');
		started = performance.now();
		const cold = await embedTexts(texts, cacheFile, async () => timedEncoder);
		const coldMs = performance.now() - started;
		const warmTimes: number[] = [];
		for (let k = 0; k < 10; k++) {
			const t = performance.now();
			const warm = await embedTexts(texts, cacheFile, async () => timedEncoder);
			warmTimes.push(performance.now() - t);
			if (warm.embedded > 0) throw new Error('the warm run embedded texts: the cache missed');
		}
		// Read before the development events are built, so the peak is the seed story's embedding.
		const peak = peakRss();
		// The seed story alone fills few batches: embed the development events too, from empty
		// caches, so the median per sentence rests on many batches.
		const seedBatches = perSentence.length;
		let devUnits = 0;
		for (const story of loadDevGold()) {
			const dev = await embedTexts(
				listStoryUnitTexts(story.input),
				path.join(folder, `${story.name}.json`),
				async () => timedEncoder,
			);
			devUnits += dev.embedded;
		}
		return {
			encoder: ENCODER,
			modelLoadMs,
			units: cold.embedded,
			seedBatches,
			devUnits,
			batches: perSentence.length,
			perSentenceMs: median(perSentence),
			perSentenceRangeMs: [Math.min(...perSentence), Math.max(...perSentence)],
			coldMs,
			warmMs: median(warmTimes),
			warmRuns: warmTimes.length,
			rssBefore,
			peakRss: peak,
		};
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
}

/** Scores of every method on both labelled gold sets. */
export interface GoldResult {
	seed: GoldScore[];
	dev: GoldScore[];
	/** Development events and articles scored. */
	devEvents: number;
	devArticles: number;
	/** The held-out events (see HELD_OUT_GOLD), their events and articles. */
	heldOut: GoldScore[];
	heldOutEvents: number;
	heldOutArticles: number;
	/** The blind audit of reworded pairs on the held-out events, against the engine as it is now. */
	audit: AuditResult | null;
}

/** Scores the engine and the baselines on the seed gold and the labelled real events. */
export async function childGold(): Promise<GoldResult> {
	const seed = await embedGoldStories([loadSeedGold()]);
	const dev = await embedGoldStories(loadDevGold());
	const heldOut = await embedGoldStories(loadHeldOutGold());
	return {
		seed: METHODS.map((m) => scoreGoldSet(m, 'seed', seed)),
		dev: METHODS.map((m) => scoreGoldSet(m, 'dev', dev)),
		devEvents: dev.length,
		devArticles: dev.reduce((n, s) => n + s.articles.length, 0),
		heldOut: heldOut.length > 0 ? METHODS.map((m) => scoreGoldSet(m, 'held-out', heldOut)) : [],
		heldOutEvents: heldOut.length,
		heldOutArticles: heldOut.reduce((n, s) => n + s.articles.length, 0),
		audit: scoreAudit(heldOut),
	};
}

export async function runChild(kind: string): Promise<void> {
	const size = Number(arg('--size') ?? 0);
	const runs = Number(arg('--runs') ?? 1);
	let result: unknown;
	if (kind === 'engine') result = childEngine(size, runs);
	else if (kind === 'all-pairs') result = childAllPairs(size, runs);
	else if (kind === 'verify-all-pairs') result = childVerifyAllPairs(size, runs);
	else if (kind === 'diff-shard')
		result = childDiffShard(size, Number(arg('--shard')), Number(arg('--shards')));
	else if (kind === 'diff-sample') result = childDiffSample(size, Number(arg('--pairs')));
	else if (kind === 'seeds') result = await childSeeds();
	else if (kind === 'meaning-cost') result = await childMeaningCost();
	else if (kind === 'gold') result = await childGold();
	else throw new Error(`unknown child ${kind}`);
	process.stdout.write(`${JSON.stringify(result)}\n`);
}
