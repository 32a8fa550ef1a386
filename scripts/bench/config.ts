/** Benchmark settings: paths, seed, sizes, limits and the targets. */
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
/** The benchmark's entry script, which children re-run with --child. */
export const SCRIPT = path.join(ROOT, 'scripts/bench.ts');
export const GOLD = path.join(ROOT, 'tests/fixtures/gold/seed-alignment.json');
export const SEED_DIR = path.join(ROOT, 'content/han-dong-leaves-liberal-caucus');
export const OUTPUT = path.join(ROOT, 'docs/benchmarks.md');
export const ENGINE = path.join(ROOT, 'src/align/align-articles.ts');
export const SEED = 1;
export const DEFAULT_SIZES = [5, 50, 500, 2000];
/** Baselines compare all pairs; beyond these sizes they would take hours. */
export const ALL_PAIRS_MAX = 500;
/**
 * The engine verifying every sentence pair runs for real up to this size; above it, up to
 * ALL_PAIRS_MAX, its time is extrapolated from this size by the number of sentence pairs.
 */
export const VERIFY_FULL_MAX = 50;
export const DIFF_FULL_MAX = 50;
export const DIFF_SAMPLE_MAX = 500;
export const DIFF_SAMPLE_PAIRS = 40;
/** Articles of the untimed warm-up run before each engine size (or the size itself, if smaller). */
export const WARM_UP_ARTICLES = 50;
/** At the largest size, stop repeating runs once this much time has gone into them. */
export const RUN_BUDGET_MS = 60_000;

export const TARGETS = {
	seedMs: 100,
	largeMs: 20_000,
	largeBytes: 2 * 1024 ** 3,
	growth: 12,
	speedUp: 50,
};

/** Accuracy targets of issue 12, judged on the labelled gold sets. */
export const GOLD_TARGETS = {
	seedRecall: 0.92,
	seedRecallReworded: 0.8,
	seedPrecision: 0.97,
	devPrecision: 0.95,
	devRecallCopied: 0.9,
	devRecallReworded: 0.75,
};

/** Where the bench writes the measured accuracy that How it works shows. */
export const ACCURACY_JSON = path.join(ROOT, 'src/align/measured-accuracy.json');
