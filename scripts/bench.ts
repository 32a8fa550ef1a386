/**
 * Benchmark of the alignment engine: speed, memory and accuracy on synthetic stories of 5 to
 * 2000 articles whose provenance is known, against three naive baselines (all-pairs Jaccard,
 * pairwise diffWords, and the engine itself verifying every sentence pair), plus the warm time on
 * the seed story, the labelled gold sets scored with and without the semantic check, and what
 * that check costs. Prints a table and writes the same to docs/benchmarks.md.
 *
 *   node scripts/bench.ts                 full run (sizes 5, 50, 500, 2000)
 *   node scripts/bench.ts --quick         sizes 5 and 50, 3 runs each (all-pairs verification once
 *                                         at 50), diff baseline sampled at 50
 *   node scripts/bench.ts --sizes 5,50    chosen sizes
 *
 * Each measurement runs in a child process of its own (this script with --child), so one
 * size's garbage and heap growth do not inflate another's time or peak memory.
 */
import { runChild } from './bench/children.ts';
import { arg } from './bench/measure.ts';
import { runParent } from './bench/parent.ts';

const childKind = arg('--child');
if (childKind) await runChild(childKind);
else await runParent();
