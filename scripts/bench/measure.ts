/** Measurement helpers: medians, command-line arguments, peak memory, timing and the engine's fingerprint. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ENGINE, ROOT } from './config.ts';

/** Median of a list of numbers. */
export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Value of a command-line option `name`. */
export function arg(name: string): string | undefined {
	const i = process.argv.indexOf(name);
	return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Peak resident memory of this process so far, in bytes (maxRSS is in kibibytes). */
/** Peak resident memory of this process, in bytes. */
export function peakRss(): number {
	return process.resourceUsage().maxRSS * 1024;
}

/** Hash of the engine's source and every local module it imports: identifies the version measured. */
export function engineFingerprint(): string {
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

/** Runs the garbage collector when exposed, before a measurement. */
export function collect(): void {
	globalThis.gc?.();
}

/** Wall and CPU time of `run`, in ms. CPU time (all threads) barely moves when other work loads the machine. */
export function timed<T>(run: () => T): { value: T; wall: number; cpu: number } {
	const cpu0 = process.cpuUsage();
	const t = performance.now();
	const value = run();
	const wall = performance.now() - t;
	const cpu = process.cpuUsage(cpu0);
	return { value, wall, cpu: (cpu.user + cpu.system) / 1000 };
}
