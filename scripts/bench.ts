/**
 * Benchmark of the alignment engine: speed, memory and accuracy on synthetic stories of 5 to
 * 2000 articles whose provenance is known, against three naive baselines (all-pairs Jaccard,
 * pairwise diffWords, and the engine itself verifying every sentence pair), plus the warm time on
 * the seed story. Prints a table and writes the same to docs/benchmarks.md.
 *
 *   node scripts/bench.ts                 full run (sizes 5, 50, 500, 2000)
 *   node scripts/bench.ts --quick         sizes 5 and 50, 3 runs each (all-pairs verification once
 *                                         at 50), diff baseline sampled at 50
 *   node scripts/bench.ts --sizes 5,50    chosen sizes
 *
 * Each measurement runs in a child process of its own (this script with --child), so one
 * size's garbage and heap growth do not inflate another's time or peak memory.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { alignArticles, type Alignment } from '../src/align/align-articles.ts';
import { buildStory } from '../src/pipeline/build-story.ts';
import { readStoryFolder } from '../src/loaders/read-story-folder.ts';
import {
	allPairsJaccard,
	JACCARD_THRESHOLD,
	MIN_DIFF_RUN,
	pairwiseDiff,
	type PairGroup,
} from './bench/baselines.ts';
import {
	alignmentGroups,
	evaluateAgainstGold,
	evaluateGroups,
	type PairExample,
	type PairScores,
} from './bench/evaluate.ts';
import { generateStory, mulberry32, type GeneratedStory } from './bench/generate-story.ts';

const SCRIPT = fileURLToPath(import.meta.url);
const ROOT = path.resolve(import.meta.dirname, '..');
const GOLD = path.join(ROOT, 'src/align/gold/seed-alignment.json');
const SEED_DIR = path.join(ROOT, 'content/han-dong-leaves-liberal-caucus');
const OUTPUT = path.join(ROOT, 'docs/benchmarks.md');
const ENGINE = path.join(ROOT, 'src/align/align-articles.ts');
const SEED = 1;
const DEFAULT_SIZES = [5, 50, 500, 2000];
/** Baselines compare all pairs; beyond these sizes they would take hours. */
const ALL_PAIRS_MAX = 500;
/**
 * The engine verifying every sentence pair runs for real up to this size; above it, up to
 * ALL_PAIRS_MAX, its time is extrapolated from this size by the number of sentence pairs.
 */
const VERIFY_FULL_MAX = 50;
const DIFF_FULL_MAX = 50;
const DIFF_SAMPLE_MAX = 500;
const DIFF_SAMPLE_PAIRS = 40;
/** At the largest size, stop repeating runs once this much time has gone into them. */
const RUN_BUDGET_MS = 60_000;

const TARGETS = {
	seedMs: 50,
	largeMs: 20_000,
	largeBytes: 2 * 1024 ** 3,
	growth: 15,
	speedUp: 50,
	precision: 0.97,
	recallCopied: 0.97,
	recallLight: 0.97,
	recallHeavy: 0.8,
};

// ---------------------------------------------------------------------------------------------
// Shared helpers

function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function arg(name: string): string | undefined {
	const i = process.argv.indexOf(name);
	return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Peak resident memory of this process so far, in bytes (maxRSS is in kibibytes). */
function peakRss(): number {
	return process.resourceUsage().maxRSS * 1024;
}

/** Hash of the engine's source and every local module it imports: identifies the version measured. */
function engineFingerprint(): string {
	const hash = createHash('sha256');
	const seen = new Set<string>();
	const visit = (file: string) => {
		if (seen.has(file)) return;
		seen.add(file);
		const source = readFileSync(file, 'utf8');
		hash.update(path.relative(ROOT, file)).update(source);
		for (const m of source.matchAll(/from '(\.{1,2}\/[^']+\.ts)'/g))
			visit(path.resolve(path.dirname(file), m[1]!));
	};
	visit(ENGINE);
	return `${hash.digest('hex').slice(0, 12)} (${seen.size} files)`;
}

function collect(): void {
	globalThis.gc?.();
}

/** Wall and CPU time of `run`, in ms. CPU time (all threads) barely moves when other work loads the machine. */
function timed<T>(run: () => T): { value: T; wall: number; cpu: number } {
	const cpu0 = process.cpuUsage();
	const t = performance.now();
	const value = run();
	const wall = performance.now() - t;
	const cpu = process.cpuUsage(cpu0);
	return { value, wall, cpu: (cpu.user + cpu.system) / 1000 };
}

/** A scored error with the two sentences' texts and where the engine put them. */
interface ExampleText {
	kind: string;
	a: string;
	b: string;
	textA: string;
	textB: string;
	truth: string;
	placed: string;
}

function describeExamples(
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
type Scores = Omit<PairScores, 'falsePositives' | 'misses'>;

function stripScores(s: PairScores): Scores {
	const { falsePositives: _fp, misses: _m, ...rest } = s;
	return rest;
}

function storyStats(story: GeneratedStory) {
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

interface EngineResult {
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

function childEngine(size: number, runs: number): EngineResult {
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

interface BaselineResult {
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

function childAllPairs(size: number, runs: number): BaselineResult {
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
interface VerifyResult {
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

function childVerifyAllPairs(size: number, runs: number): VerifyResult {
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
function estimateVerify(measured: VerifyResult, size: number, sentences: number): VerifyResult {
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
interface DiffShard {
	ms: number;
	cpuMs: number;
	pairs: [string, number, string, number][];
	peakRss: number;
}

function shardPairs(n: number, shard: number, shards: number): [number, number][] {
	const out: [number, number][] = [];
	let k = 0;
	for (let i = 0; i < n; i++)
		for (let j = i + 1; j < n; j++) if (k++ % shards === shard) out.push([i, j]);
	return out;
}

function childDiffShard(size: number, shard: number, shards: number): DiffShard {
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

function childDiffSample(size: number, count: number): BaselineResult {
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

interface SeedResult {
	articles: number;
	sentences: number;
	warmMs: number;
	warmCpuMs: number;
	runs: number;
	groups: number;
	gold: null | {
		truePairs: number;
		predicted: number;
		precision: number;
		recall: number;
		falsePositives: string[];
		misses: string[];
	};
}

function childSeeds(): SeedResult {
	// The same path as the site build: read the folder, build the story, align its articles.
	const story = buildStory(readStoryFolder(SEED_DIR, ROOT));
	const articles = story.articles;
	for (let k = 0; k < 3; k++) alignArticles(articles);
	const times: number[] = [];
	const cpuTimes: number[] = [];
	let alignment: Alignment | undefined;
	for (let k = 0; k < 20; k++) {
		const run = timed(() => alignArticles(articles));
		alignment = run.value;
		times.push(run.wall);
		cpuTimes.push(run.cpu);
	}
	let gold: SeedResult['gold'] = null;
	if (existsSync(GOLD)) {
		const data = JSON.parse(readFileSync(GOLD, 'utf8')) as { pairs: [string, string][] };
		const scores = evaluateAgainstGold(alignment!, data.pairs);
		const sentence = (key: string) => {
			const [id, index] = key.split(':');
			const article = articles.find((a) => a.id === id);
			const span = article?.sentences[Number(index)];
			return span ? `${key} "${article!.text.slice(span.start, span.end)}"` : key;
		};
		gold = {
			truePairs: scores.truePairs,
			predicted: scores.predicted,
			precision: scores.precision,
			recall: scores.recall,
			falsePositives: scores.falsePositives
				.slice(0, 5)
				.map(([a, b]) => `${sentence(a)} ~ ${sentence(b)}`),
			misses: scores.misses.slice(0, 5).map(([a, b]) => `${sentence(a)} ~ ${sentence(b)}`),
		};
	}
	return {
		articles: articles.length,
		sentences: articles.reduce((n, a) => n + a.sentences.length, 0),
		warmMs: median(times),
		warmCpuMs: median(cpuTimes),
		runs: times.length,
		groups: alignment!.groups.length,
		gold,
	};
}

function runChild(kind: string): void {
	const size = Number(arg('--size') ?? 0);
	const runs = Number(arg('--runs') ?? 1);
	let result: unknown;
	if (kind === 'engine') result = childEngine(size, runs);
	else if (kind === 'all-pairs') result = childAllPairs(size, runs);
	else if (kind === 'verify-all-pairs') result = childVerifyAllPairs(size, runs);
	else if (kind === 'diff-shard')
		result = childDiffShard(size, Number(arg('--shard')), Number(arg('--shards')));
	else if (kind === 'diff-sample') result = childDiffSample(size, Number(arg('--pairs')));
	else if (kind === 'seeds') result = childSeeds();
	else throw new Error(`unknown child ${kind}`);
	process.stdout.write(`${JSON.stringify(result)}\n`);
}

// ---------------------------------------------------------------------------------------------
// Parent: runs the children in turn and reports.

function spawnChild<T>(args: string[]): Promise<T> {
	return new Promise((resolve, reject) => {
		const child = spawn(
			process.execPath,
			['--expose-gc', '--max-old-space-size=4096', SCRIPT, '--child', ...args],
			{
				stdio: ['ignore', 'pipe', 'inherit'],
			},
		);
		let out = '';
		child.stdout.setEncoding('utf8');
		child.stdout.on('data', (chunk: string) => (out += chunk));
		child.on('error', reject);
		child.on('close', (code) => {
			if (code !== 0) reject(new Error(`child ${args.join(' ')} exited with ${code}`));
			else resolve(JSON.parse(out.trim().split('\n').at(-1)!) as T);
		});
	});
}

function note(message: string): void {
	process.stderr.write(`${message}\n`);
}

interface Report {
	date: string;
	quick: boolean;
	engine: EngineResult[];
	allPairs: Map<number, BaselineResult>;
	diff: Map<number, BaselineResult>;
	/** All-pairs verification: measured up to VERIFY_FULL_MAX, estimated above it up to ALL_PAIRS_MAX. */
	verify: Map<number, VerifyResult>;
	seeds: SeedResult;
	wallMs: number;
	/** One-minute load average before and after: other work on the machine skews the times. */
	load: [number, number];
	/** Which engine was measured, at start and end: it is being tuned, so a hash of its sources identifies the version. */
	engineHash: [string, string];
}

async function runParent(): Promise<void> {
	const started = performance.now();
	const loadBefore = os.loadavg()[0]!;
	const engineBefore = engineFingerprint();
	const quick = process.argv.includes('--quick');
	const sizes = (arg('--sizes') ?? (quick ? '5,50' : DEFAULT_SIZES.join(',')))
		.split(',')
		.map(Number)
		.filter((n) => Number.isInteger(n) && n > 0);
	const cores = os.cpus().length;

	const engine: EngineResult[] = [];
	const allPairs = new Map<number, BaselineResult>();
	const diff = new Map<number, BaselineResult>();
	const verify = new Map<number, VerifyResult>();
	for (const size of sizes) {
		const runs = quick ? 3 : size <= 50 ? 5 : 3;
		note(`engine, ${size} articles, up to ${runs} runs…`);
		const load = os.loadavg()[0]!;
		engine.push({
			...(await spawnChild<EngineResult>([
				'engine',
				'--size',
				String(size),
				'--runs',
				String(runs),
			])),
			load,
		});
		if (size <= ALL_PAIRS_MAX) {
			note(`all-pairs baseline, ${size} articles…`);
			allPairs.set(
				size,
				await spawnChild<BaselineResult>([
					'all-pairs',
					'--size',
					String(size),
					'--runs',
					String(size <= 50 ? 3 : 1),
				]),
			);
		}
		if (size <= VERIFY_FULL_MAX) {
			const verifyRuns = quick && size > 5 ? 1 : 3;
			note(
				`all-pairs verification baseline, ${size} articles, ${verifyRuns} run${verifyRuns > 1 ? 's' : ''}…`,
			);
			verify.set(
				size,
				await spawnChild<VerifyResult>([
					'verify-all-pairs',
					'--size',
					String(size),
					'--runs',
					String(verifyRuns),
				]),
			);
		}
		if (size <= DIFF_FULL_MAX && !(quick && size > 5)) {
			note(`pairwise diff baseline, ${size} articles, on ${cores} cores…`);
			diff.set(size, await runDiff(size, cores));
		} else if (size <= DIFF_SAMPLE_MAX) {
			const count = quick ? 10 : DIFF_SAMPLE_PAIRS;
			note(`pairwise diff baseline, ${size} articles, ${count} sampled pairs…`);
			diff.set(
				size,
				await spawnChild<BaselineResult>([
					'diff-sample',
					'--size',
					String(size),
					'--pairs',
					String(count),
				]),
			);
		}
	}
	// Above VERIFY_FULL_MAX, all-pairs verification would take far too long: extrapolate its time
	// from the measurement at VERIFY_FULL_MAX (run now if that size was not asked for).
	for (const e of engine) {
		if (e.size <= VERIFY_FULL_MAX || e.size > ALL_PAIRS_MAX) continue;
		let measured = verify.get(VERIFY_FULL_MAX);
		if (!measured) {
			note(
				`all-pairs verification baseline, ${VERIFY_FULL_MAX} articles (for the estimate), 1 run…`,
			);
			measured = await spawnChild<VerifyResult>([
				'verify-all-pairs',
				'--size',
				String(VERIFY_FULL_MAX),
				'--runs',
				'1',
			]);
		}
		verify.set(e.size, estimateVerify(measured, e.size, e.story.sentences));
	}
	note('seed story…');
	const seeds = await spawnChild<SeedResult>(['seeds']);

	const report: Report = {
		date: new Date().toISOString(),
		quick,
		engine,
		allPairs,
		diff,
		verify,
		seeds,
		wallMs: performance.now() - started,
		load: [loadBefore, os.loadavg()[0]!],
		engineHash: [engineBefore, engineFingerprint()],
	};
	const markdown = renderReport(report);
	process.stdout.write(`${markdown}\n`);
	mkdirSync(path.dirname(OUTPUT), { recursive: true });
	writeFileSync(OUTPUT, markdown);
	note(`written to ${path.relative(process.cwd(), OUTPUT)}`);
}

/** The diff baseline split over all cores; its time is the sum over shards (single-core time). */
async function runDiff(size: number, cores: number): Promise<BaselineResult> {
	const shards = Math.max(1, Math.min(cores, 8));
	const results = await Promise.all(
		Array.from({ length: shards }, (_, k) =>
			spawnChild<DiffShard>([
				'diff-shard',
				'--size',
				String(size),
				'--shard',
				String(k),
				'--shards',
				String(shards),
			]),
		),
	);
	const story = generateStory({ articles: size, seed: SEED });
	const groups: PairGroup[] = results.flatMap((r) =>
		r.pairs.map(([a, i, b, j]): PairGroup => [
			{ articleId: a, sentenceIndexes: [i] },
			{ articleId: b, sentenceIndexes: [j] },
		]),
	);
	return {
		size,
		ms: results.reduce((n, r) => n + r.ms, 0),
		cpuMs: results.reduce((n, r) => n + r.cpuMs, 0),
		runs: 1,
		peakRss: Math.max(...results.map((r) => r.peakRss)),
		scores: stripScores(evaluateGroups(groups, story.truth)),
	};
}

// ---------------------------------------------------------------------------------------------
// Report

const fmtMs = (ms: number) =>
	ms >= 10_000
		? `${(ms / 1000).toFixed(1)} s`
		: ms >= 1000
			? `${(ms / 1000).toFixed(2)} s`
			: `${ms.toFixed(ms < 10 ? 2 : 0)} ms`;
const fmtMb = (bytes: number) => `${Math.round(bytes / 1024 ** 2)} MB`;
const fmtP = (x: number) => x.toFixed(3);
const mark = (ok: boolean) => (ok ? 'met' : '**missed**');

function table(header: string[], rows: string[][]): string {
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
	const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
	return [
		line(header),
		`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
		...rows.map(line),
	].join('\n');
}

/** Engine time growth per tenfold articles between two sizes (wall time, or CPU time). */
function growth(a: EngineResult, b: EngineResult, cpu = false): number {
	const time = (e: EngineResult) => median(cpu ? e.cpuTimes : e.times);
	return Math.pow(time(b) / time(a), 1 / Math.log10(b.size / a.size));
}

/** How an all-pairs verification time was obtained. */
function verifyNote(v: VerifyResult): string {
	if (v.estimatedFrom)
		return `estimated from ${v.estimatedFrom.size} articles (quadratic in sentence pairs)`;
	return `${v.runs} run${v.runs > 1 ? 's, median' : ''}`;
}

function renderReport(r: Report): string {
	const cpus = os.cpus();
	const out: string[] = [];
	out.push('# Alignment benchmark', '');
	out.push(
		`Generated by \`node scripts/bench.ts${r.quick ? ' --quick' : ''}\` on ${r.date.slice(0, 10)} (${r.date}); every figure below comes from that run.`,
		'',
		`- Node ${process.version}, ${os.platform()} ${os.arch()}`,
		`- CPU: ${cpus[0]?.model.trim() ?? 'unknown'}, ${cpus.length} cores`,
		`- Memory: ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB`,
		`- Load average (1 min) at start / end: ${r.load[0].toFixed(2)} / ${r.load[1].toFixed(2)} on ${cpus.length} cores (the benchmark runs one process at a time except the sharded diff baseline; more load means other work competed for the CPU)`,
		`- Engine: \`src/align/align-articles.ts\` and the local modules it imports, sha256 \`${r.engineHash[0]}\``,
		...(r.engineHash[0] === r.engineHash[1]
			? []
			: [
					`- **Warning: the engine's sources changed during the run (now \`${r.engineHash[1]}\`); later sizes may have measured another version.**`,
				]),
		`- Whole benchmark: ${fmtMs(r.wallMs)} wall time`,
		'',
	);
	out.push(
		'## Method',
		'',
		`Synthetic stories from \`scripts/bench/generate-story.ts\` (seed ${SEED}, about 600 words per article): wire stories of about 40`,
		'sentences written from a small English grammar over a Zipf-ranked vocabulary; each article carries about 60% of its',
		'sentences from one or two wire stories, each copied, lightly edited or heavily reworded (the mix is in the engine table),',
		'the rest filler of its own, with some paragraphs moved. A true pair is two sentences of different articles from the same wire sentence; its kind is',
		'the harder of the two edits. A predicted pair is two sentences whose passages the engine put in one group. Each',
		"measurement runs in its own child process; peak memory is that process's `maxRSS` (it includes the generated story and",
		'Node itself, listed as "RSS before").',
		'',
		`Baselines: (a) every pair of sentences of different articles compared by Jaccard similarity of their content-word sets`,
		`(\`tokenize\`, stop words dropped), linked at ≥ ${JACCARD_THRESHOLD} (the best F1 on a calibration story of another seed), with the`,
		'usual size filter that skips pairs whose set sizes alone rule the threshold out; (b) `diffWords` of the `diff` package over the',
		`whole texts of every pair of articles, linking two sentences when an unchanged run of ≥ ${MIN_DIFF_RUN} words lies in both. The diff`,
		'baseline at 50 articles is spread over the cores; its time is the sum over article pairs, i.e. single-core time.',
		"Baseline (c), all-pairs verification, is the engine itself (`alignArticles` with `candidates: 'all-pairs'`): every pair of sentences of",
		"different articles goes to the same verifier and grouping instead of the inverted index's candidates, so it isolates what the index saves.",
		`It runs for real up to ${VERIFY_FULL_MAX} articles; at ${ALL_PAIRS_MAX} its time is extrapolated from the ${VERIFY_FULL_MAX}-article run by the number of sentence pairs, S·(S−1), and not scored.`,
		'',
	);

	out.push('## Engine', '');
	out.push(
		table(
			[
				'Articles',
				'Sentences',
				'Wire stories',
				'Sentence mix % (copied / light / heavy / filler)',
				'Carriers per wire sentence (median / max)',
				'Time (median)',
				'CPU time (median)',
				'Runs',
				'Peak RSS',
				'RSS before',
				'Groups',
				'Largest group',
				'Load at start',
			],
			r.engine.map((e) => [
				String(e.size),
				String(e.story.sentences),
				String(e.story.sourceDocuments),
				(['copied', 'light', 'heavy', 'filler'] as const)
					.map((k) => Math.round((100 * e.story.mix[k]) / e.story.sentences))
					.join(' / '),
				`${e.story.carriersMedian} / ${e.story.carriersMax}`,
				fmtMs(median(e.times)),
				fmtMs(median(e.cpuTimes)),
				`${e.times.length} (${e.times.map((t) => fmtMs(t)).join(', ')})`,
				fmtMb(e.peakRss),
				fmtMb(e.rssBefore),
				String(e.groups),
				String(e.largestGroup),
				e.load === undefined ? '—' : e.load.toFixed(2),
			]),
		),
		'',
	);
	out.push('## Accuracy', '');
	const accuracyRows: string[][] = [];
	const scoreCells = (s: Scores | undefined) =>
		s
			? [
					String(s.predicted),
					fmtP(s.precision),
					fmtP(s.recall.copied),
					fmtP(s.recall.light),
					fmtP(s.recall.heavy),
					fmtP(s.recall.all),
				]
			: ['—', '—', '—', '—', '—', '—'];
	for (const e of r.engine) {
		const t = e.scores.truePairs;
		const truth = `${t.copied} / ${t.light} / ${t.heavy}`;
		accuracyRows.push([String(e.size), 'engine', truth, ...scoreCells(e.scores)]);
		const ap = r.allPairs.get(e.size);
		accuracyRows.push([
			String(e.size),
			`all-pairs Jaccard ≥ ${JACCARD_THRESHOLD}`,
			truth,
			...(ap ? scoreCells(ap.scores) : ['not run (quadratic)', '', '', '', '', '']),
		]);
		const d = r.diff.get(e.size);
		accuracyRows.push([
			String(e.size),
			`pairwise diffWords, run ≥ ${MIN_DIFF_RUN} words`,
			truth,
			...(d?.scores
				? scoreCells(d.scores)
				: d
					? ['not scored (timing sample only)', '', '', '', '', '']
					: ['not run (quadratic)', '', '', '', '', '']),
		]);
		const v = r.verify.get(e.size);
		accuracyRows.push([
			String(e.size),
			'all-pairs verification (engine, every sentence pair)',
			truth,
			...(v?.scores
				? scoreCells(v.scores)
				: v?.estimatedFrom
					? [
							`not scored (time estimated from ${v.estimatedFrom.size} articles)`,
							'',
							'',
							'',
							'',
							'',
						]
					: ['not run (quadratic)', '', '', '', '', '']),
		]);
	}
	out.push(
		table(
			[
				'Articles',
				'Method',
				'True pairs (copied / light / heavy)',
				'Predicted pairs',
				'Precision',
				'Recall copied',
				'Recall light',
				'Recall heavy',
				'Recall all',
			],
			accuracyRows,
		),
		'',
	);

	out.push('## Speed against the baselines', '');
	const speedRows = r.engine.map((e) => {
		const engineMs = median(e.times);
		const engineCpu = median(e.cpuTimes);
		const ap = r.allPairs.get(e.size);
		const d = r.diff.get(e.size);
		const v = r.verify.get(e.size);
		const diffCell = d
			? `${fmtMs(d.ms)} / ${fmtMs(d.cpuMs)}${d.sampledPairs ? ` (estimated from ${d.sampledPairs} sampled pairs)` : ' (sum over all pairs, single core)'}`
			: 'not run (quadratic)';
		return [
			String(e.size),
			`${fmtMs(engineMs)} / ${fmtMs(engineCpu)}`,
			ap
				? `${fmtMs(ap.ms)} / ${fmtMs(ap.cpuMs)} (${ap.runs} run${ap.runs > 1 ? 's, median' : ''})`
				: 'not run (quadratic)',
			ap ? `${(ap.ms / engineMs).toFixed(1)}× / ${(ap.cpuMs / engineCpu).toFixed(1)}×` : '—',
			diffCell,
			d ? `${(d.ms / engineMs).toFixed(1)}× / ${(d.cpuMs / engineCpu).toFixed(1)}×` : '—',
			v ? `${fmtMs(v.ms)} / ${fmtMs(v.cpuMs)} (${verifyNote(v)})` : 'not run (quadratic)',
			v ? `${(v.ms / engineMs).toFixed(1)}× / ${(v.cpuMs / engineCpu).toFixed(1)}×` : '—',
		];
	});
	out.push('Times are wall / CPU time.', '');
	out.push(
		table(
			[
				'Articles',
				'Engine',
				'All-pairs Jaccard',
				'Engine speed-up',
				'Pairwise diffWords',
				'Engine speed-up',
				'All-pairs verification',
				'Engine speed-up',
			],
			speedRows,
		),
		'',
	);

	const growthRows: string[][] = [];
	for (let i = 1; i < r.engine.length; i++) {
		const a = r.engine[i - 1]!;
		const b = r.engine[i]!;
		growthRows.push([
			`${a.size} → ${b.size}`,
			`${(median(b.times) / median(a.times)).toFixed(2)}× / ${(median(b.cpuTimes) / median(a.cpuTimes)).toFixed(2)}×`,
			`${growth(a, b).toFixed(2)}× / ${growth(a, b, true).toFixed(2)}×`,
		]);
	}
	if (growthRows.length > 0) {
		out.push(
			'Engine time growth, wall / CPU (per 10× articles = ratio^(1 / log10(size ratio))):',
			'',
		);
		out.push(table(['Sizes', 'Time ratio', 'Per 10× articles'], growthRows), '');
	}

	out.push('## Seed story', '');
	const s = r.seeds;
	out.push(
		`${s.articles} articles, ${s.sentences} sentences, read with \`readStoryFolder\` and \`buildStory\`: warm alignment ${fmtMs(s.warmMs)} wall, ${fmtMs(s.warmCpuMs)} CPU (medians of ${s.runs} runs after 3 warm-up runs), ${s.groups} groups.`,
		'',
	);
	if (s.gold) {
		out.push(
			`Gold alignment (\`src/align/gold/seed-alignment.json\`): ${s.gold.truePairs} true pairs, ${s.gold.predicted} predicted, precision ${fmtP(s.gold.precision)}, recall ${fmtP(s.gold.recall)}.`,
			'',
		);
		for (const fp of s.gold.falsePositives) out.push(`- false pair: ${fp}`);
		for (const m of s.gold.misses) out.push(`- missed: ${m}`);
		out.push('');
	} else out.push('gold alignment not found', '');

	out.push('## Targets', '');
	const targetRows: string[][] = [];
	targetRows.push([
		'Seed story, warm',
		`< ${TARGETS.seedMs} ms`,
		`${fmtMs(s.warmMs)} (CPU ${fmtMs(s.warmCpuMs)})`,
		mark(s.warmMs < TARGETS.seedMs),
	]);
	const largest = r.engine.find((e) => e.size === 2000);
	if (largest) {
		targetRows.push([
			'2000 articles, time',
			`< ${TARGETS.largeMs / 1000} s`,
			`${fmtMs(median(largest.times))} (CPU ${fmtMs(median(largest.cpuTimes))})`,
			mark(median(largest.times) < TARGETS.largeMs),
		]);
		targetRows.push([
			'2000 articles, peak memory',
			'< 2 GB',
			fmtMb(largest.peakRss),
			mark(largest.peakRss < TARGETS.largeBytes),
		]);
	} else
		targetRows.push(['2000 articles', `< ${TARGETS.largeMs / 1000} s, < 2 GB`, 'not run', '—']);
	r.engine.slice(1).forEach((b, i) => {
		const a = r.engine[i]!;
		const value = growth(a, b);
		targetRows.push([
			`Growth per 10× articles, ${a.size} → ${b.size}`,
			`< ${TARGETS.growth}×`,
			`${value.toFixed(2)}× (CPU ${growth(a, b, true).toFixed(2)}×)`,
			mark(value < TARGETS.growth),
		]);
	});
	if (r.engine.length < 2)
		targetRows.push(['Growth per 10× articles', `< ${TARGETS.growth}×`, 'needs two sizes', '—']);
	// The speed-up target names "the all-pairs baseline"; there are two, judged each on its own.
	const e500 = r.engine.find((e) => e.size === 500);
	const speedUpVerdicts: string[] = [];
	const speedUpRow = (
		baseline: string,
		result: { ms: number; cpuMs: number } | undefined,
		how: string,
	) => {
		const target = `Speed-up over all-pairs ${baseline}, 500 articles`;
		if (!e500 || !result) {
			targetRows.push([target, `≥ ${TARGETS.speedUp}×`, 'not run', '—']);
			return;
		}
		const speedUp = result.ms / median(e500.times);
		const cpuSpeedUp = result.cpuMs / median(e500.cpuTimes);
		const ok = speedUp >= TARGETS.speedUp;
		targetRows.push([
			target,
			`≥ ${TARGETS.speedUp}×`,
			`${speedUp.toFixed(1)}× (CPU ${cpuSpeedUp.toFixed(1)}×)${how ? `, ${how}` : ''}`,
			mark(ok),
		]);
		speedUpVerdicts.push(
			`${ok ? 'met' : 'missed'} against all-pairs ${baseline} (${speedUp.toFixed(1)}×${how ? `, ${how}` : ', measured'})`,
		);
	};
	speedUpRow('Jaccard', r.allPairs.get(500), '');
	const v500 = r.verify.get(500);
	speedUpRow('verification', v500, v500 ? verifyNote(v500) : '');
	for (const e of r.engine) {
		const sc = e.scores;
		targetRows.push([
			`${e.size} articles, precision`,
			`≥ ${TARGETS.precision}`,
			fmtP(sc.precision),
			mark(sc.precision >= TARGETS.precision),
		]);
		targetRows.push([
			`${e.size} articles, recall copied`,
			`≥ ${TARGETS.recallCopied}`,
			fmtP(sc.recall.copied),
			mark(sc.recall.copied >= TARGETS.recallCopied),
		]);
		targetRows.push([
			`${e.size} articles, recall light`,
			`≥ ${TARGETS.recallLight}`,
			fmtP(sc.recall.light),
			mark(sc.recall.light >= TARGETS.recallLight),
		]);
		targetRows.push([
			`${e.size} articles, recall heavy`,
			`≥ ${TARGETS.recallHeavy}`,
			fmtP(sc.recall.heavy),
			mark(sc.recall.heavy >= TARGETS.recallHeavy),
		]);
	}
	if (s.gold) {
		targetRows.push([
			'Seed gold, precision',
			`≥ ${TARGETS.precision}`,
			fmtP(s.gold.precision),
			mark(s.gold.precision >= TARGETS.precision),
		]);
		targetRows.push([
			'Seed gold, recall',
			`≥ ${TARGETS.recallLight}`,
			fmtP(s.gold.recall),
			mark(s.gold.recall >= TARGETS.recallLight),
		]);
	}
	out.push(
		'Time targets are judged on wall time, as the site build experiences it; CPU time is given beside it.',
		'',
	);
	out.push(table(['Target', 'Goal', 'Measured', 'Status'], targetRows), '');
	if (speedUpVerdicts.length === 2) {
		out.push(
			`The ≥ ${TARGETS.speedUp}× speed-up target at 500 articles is judged against both all-pairs baselines: it is ${speedUpVerdicts.join(', and ')}. ` +
				"All-pairs verification is the same method as the engine without the index; all-pairs Jaccard is a far cheaper comparison per pair than the engine's verifier.",
			'',
		);
	}

	// Errors of the engine at the largest size run, for diagnosis.
	const withErrors = [...r.engine].reverse().find((e) => e.examples.length > 0);
	if (withErrors) {
		out.push(`## Examples of engine errors (${withErrors.size} articles)`, '');
		for (const x of withErrors.examples) {
			out.push(`- **${x.kind}** ${x.a} ~ ${x.b} — truth ${x.truth}; ${x.placed}`);
			out.push(`  - ${x.a}: ${x.textA}`);
			out.push(`  - ${x.b}: ${x.textB}`);
		}
		out.push('');
	}
	return out.join('\n');
}

// ---------------------------------------------------------------------------------------------

const childKind = arg('--child');
if (childKind) runChild(childKind);
else await runParent();
