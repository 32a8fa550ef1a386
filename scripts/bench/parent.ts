/** The benchmark's parent process: runs each measurement in a child process, then writes the report. */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PairGroup } from './baselines.ts';
import {
	ALL_PAIRS_MAX,
	DEFAULT_SIZES,
	DIFF_FULL_MAX,
	DIFF_SAMPLE_MAX,
	DIFF_SAMPLE_PAIRS,
	ACCURACY_JSON,
	OUTPUT,
	SCRIPT,
	SEED,
	VERIFY_FULL_MAX,
} from './config.ts';
import {
	estimateVerify,
	stripScores,
	type BaselineResult,
	type DiffShard,
	type EngineResult,
	type GoldResult,
	type MeaningCostResult,
	type SeedResult,
	type VerifyResult,
} from './children.ts';
import { evaluateGroups } from './evaluate.ts';
import type { GoldScore } from './gold-scores.ts';
import { generateStory } from './generate-story.ts';
import { arg, engineFingerprint } from './measure.ts';
import { renderReport } from './report.ts';

export function spawnChild<T>(args: string[]): Promise<T> {
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

export function note(message: string): void {
	process.stderr.write(`${message}\n`);
}

export interface Report {
	date: string;
	quick: boolean;
	engine: EngineResult[];
	allPairs: Map<number, BaselineResult>;
	diff: Map<number, BaselineResult>;
	/** All-pairs verification: measured up to VERIFY_FULL_MAX, estimated above it up to ALL_PAIRS_MAX. */
	verify: Map<number, VerifyResult>;
	seeds: SeedResult;
	gold: GoldResult;
	/** What the semantic check costs (model load, embedding, cache hit, memory). */
	meaning: MeaningCostResult;
	wallMs: number;
	/** One-minute load average before and after: other work on the machine skews the times. */
	load: [number, number];
	/** Which engine was measured, at start and end: it is being tuned, so a hash of its sources identifies the version. */
	engineHash: [string, string];
}

/** The measurements of each run, by method and size. */
interface Measurements {
	engine: EngineResult[];
	allPairs: Map<number, BaselineResult>;
	diff: Map<number, BaselineResult>;
	verify: Map<number, VerifyResult>;
}

/** Runs every measurement, writes docs/benchmarks.md and prints it. */
export async function runParent(): Promise<void> {
	const started = performance.now();
	const loadBefore = os.loadavg()[0] ?? 0;
	const engineBefore = engineFingerprint();
	const quick = process.argv.includes('--quick');
	const sizes = (arg('--sizes') ?? (quick ? '5,50' : DEFAULT_SIZES.join(',')))
		.split(',')
		.map(Number)
		.filter((n) => Number.isInteger(n) && n > 0);
	const m: Measurements = { engine: [], allPairs: new Map(), diff: new Map(), verify: new Map() };
	for (const size of sizes) await measureSize(m, size, quick);
	// A second round of the engine over every size, merged into the first: a slow spell of the
	// machine then weighs on every size alike instead of on whichever size it fell on.
	if (!quick) for (const size of sizes) await measureEngineAgain(m, size);
	await estimateLargeVerify(m);
	note('semantic check: model load, cold and warm embedding…');
	const meaning = await spawnChild<MeaningCostResult>(['meaning-cost']);
	note('seed story…');
	const seeds = await spawnChild<SeedResult>(['seeds']);
	note('labelled gold sets…');
	const gold = await spawnChild<GoldResult>(['gold']);

	const report: Report = {
		date: new Date().toISOString(),
		quick,
		...m,
		seeds,
		gold,
		meaning,
		wallMs: performance.now() - started,
		load: [loadBefore, os.loadavg()[0] ?? 0],
		engineHash: [engineBefore, engineFingerprint()],
	};
	const markdown = renderReport(report);
	process.stdout.write(`${markdown}\n`);
	mkdirSync(path.dirname(OUTPUT), { recursive: true });
	writeFileSync(OUTPUT, markdown);
	writeFileSync(ACCURACY_JSON, `${JSON.stringify(accuracySummary(report), null, '\t')}\n`);
	note(`written to ${path.relative(process.cwd(), OUTPUT)}`);
}

/** Engine runs at one size: runs of a few milliseconds move by half with one pause of the machine, so more of them there. */
const engineRuns = (size: number, quick: boolean) =>
	quick ? 3 : size <= 5 ? 15 : size <= 50 ? 9 : 3;

/** The engine's second round at one size, its runs added to the first round's. */
async function measureEngineAgain(m: Measurements, size: number): Promise<void> {
	const first = m.engine.find((e) => e.size === size);
	if (!first) return;
	const runs = engineRuns(size, false);
	note(`engine, ${size} articles, second round, up to ${runs} runs…`);
	const again = await spawnChild<EngineResult>([
		'engine',
		'--size',
		String(size),
		'--runs',
		String(runs),
	]);
	first.times.push(...again.times);
	first.cpuTimes.push(...again.cpuTimes);
	first.peakRss = Math.max(first.peakRss, again.peakRss);
}

/** The engine and each baseline at one size. */
async function measureSize(m: Measurements, size: number, quick: boolean): Promise<void> {
	const { engine, allPairs, diff, verify } = m;
	const cores = os.cpus().length;
	const runs = engineRuns(size, quick);
	note(`engine, ${size} articles, up to ${runs} runs…`);
	const load = os.loadavg()[0]!;
	engine.push({
		...(await spawnChild<EngineResult>(['engine', '--size', String(size), '--runs', String(runs)])),
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

/** Above VERIFY_FULL_MAX, the all-pairs verification time is extrapolated from a measured size. */
async function estimateLargeVerify(m: Measurements): Promise<void> {
	const { engine, verify } = m;
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
}

/** The diff baseline split over all cores; its time is the sum over shards (single-core time). */
export async function runDiff(size: number, cores: number): Promise<BaselineResult> {
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

/** The figures How it works shows: per kind, every gold set, engine and baselines, from this run. */
function accuracySummary(r: Report) {
	const summarize = (scores: readonly GoldScore[]) =>
		scores.map(({ method, labelled, recall, precision, precisionByKind }) => ({
			method,
			labelled,
			recall,
			precision,
			...(precisionByKind ? { precisionByKind } : {}),
		}));
	return {
		generatedBy: 'npm run bench',
		date: r.date.slice(0, 10),
		seed: summarize(r.gold.seed),
		dev: summarize(r.gold.dev),
		devEvents: r.gold.devEvents,
		devArticles: r.gold.devArticles,
		heldOut: summarize(r.gold.heldOut),
		heldOutEvents: r.gold.heldOutEvents,
		heldOutArticles: r.gold.heldOutArticles,
		...(r.gold.audit ? { audit: r.gold.audit } : {}),
	};
}
