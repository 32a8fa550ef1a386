// Runs every check, in order, and keeps going after a failure so the counts are real:
//   0. format check (prettier, with the Astro plugin)
//   1. type check (astro check: .astro and .ts files)
//   2. unit and build tests (vitest)
//   3. build of the site (the browser tests serve it)
//   4. browser tests in Chromium (Playwright), including accessibility checks
// Ends with the line `N passed, N failed`, counted from the runners' JSON reports.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { listFailures, summarizeReports } from './test-summary.mjs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const run = (label, command, args) => {
	console.log(`\n▶ ${label}`);
	const result = spawnSync(command, args, { stdio: 'inherit', env });
	return result.status === 0;
};

rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });

const stages = [];
stages.push({
	name: 'format check',
	ok: run('Format check (prettier)', 'prettier', ['--check', '.']),
});
stages.push({ name: 'type check', ok: run('Type check (astro check)', 'astro', ['check']) });
stages.push({
	name: 'unit tests',
	ok: run('Unit and build tests (vitest, with coverage of the pure folders)', 'vitest', [
		'run',
		'--coverage',
		'--reporter=default',
		'--reporter=json',
		'--outputFile.json=reports/vitest.json',
	]),
});
const built = run('Build the site', 'node', ['scripts/build.mjs']);
stages.push({ name: 'build', ok: built });
if (built) {
	stages.push({
		name: 'browser tests',
		ok: run('Browser tests (Playwright, Chromium)', 'playwright', ['test']),
	});
} else {
	console.error('Skipping the browser tests: the site did not build.');
	stages.push({ name: 'browser tests', ok: false });
}

const { passed, failed } = summarizeReports('reports', stages);
const failedStages = stages.filter((s) => !s.ok).map((s) => s.name);
writeFileSync('reports/summary.json', `${JSON.stringify({ passed, failed, stages }, null, 1)}\n`);
// Repeated at the end, where a log cut to its last lines still shows what broke.
for (const failure of listFailures('reports')) {
	console.error(`\n✗ ${failure.name}\n  ${failure.message.join('\n  ')}`);
}
if (failedStages.length > 0) console.error(`\nFailed: ${failedStages.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failedStages.length > 0 || failed > 0 ? 1 : 0);
