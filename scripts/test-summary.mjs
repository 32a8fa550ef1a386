// Counts passed and failed tests from the vitest and Playwright JSON reports. A stage that
// failed without a report of its own (type check, build) counts as one failed test, so a
// broken check can never look green. Run directly, it prints `N passed, N failed`.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function readJson(file) {
	return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

/** Counts of passed and failed tests in the reports folder. */
export function summarizeReports(dir, stages = []) {
	let passed = 0;
	let failed = 0;
	const vitest = readJson(path.join(dir, 'vitest.json'));
	if (vitest) {
		passed += vitest.numPassedTests;
		failed += vitest.numFailedTests;
	}
	const playwright = readJson(path.join(dir, 'playwright.json'));
	if (playwright) {
		passed += playwright.stats.expected;
		failed += playwright.stats.unexpected + playwright.stats.flaky;
	}
	for (const stage of stages) {
		const hasReport =
			(stage.name === 'unit tests' && vitest) || (stage.name === 'browser tests' && playwright);
		if (!stage.ok && !hasReport) failed += 1;
	}
	return { passed, failed };
}

/** Names and first message lines of the failed tests in the reports folder. */
export function listFailures(dir) {
	const failures = [];
	const vitest = readJson(path.join(dir, 'vitest.json'));
	for (const file of vitest?.testResults ?? []) {
		const tests = file.assertionResults ?? [];
		for (const test of tests.filter((t) => t.status === 'failed')) {
			const message = (test.failureMessages ?? []).join('\n').split('\n').slice(0, 6);
			failures.push({ name: `${path.relative('.', file.name)} › ${test.fullName}`, message });
		}
		// A file that failed to load has no tests of its own, only a message.
		if (file.status === 'failed' && tests.every((t) => t.status !== 'failed')) {
			failures.push({ name: path.relative('.', file.name), message: [file.message ?? ''] });
		}
	}
	return failures;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const dir = process.argv[2] ?? 'reports';
	// npm test leaves its final counts (stage failures included) in summary.json.
	const { passed, failed } = readJson(path.join(dir, 'summary.json')) ?? summarizeReports(dir);
	if (
		!existsSync(path.join(dir, 'vitest.json')) &&
		!existsSync(path.join(dir, 'playwright.json'))
	) {
		console.log(`0 passed, 1 failed`);
		process.exit(1);
	}
	console.log(`${passed} passed, ${failed} failed`);
}
