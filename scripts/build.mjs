// Builds the site into a temporary folder and moves it into place only when the build
// succeeds, so a failed build never damages the last good one.
//   npm run build                        → dist/
//   SITE_BASE=/same-story/ npm run build → dist/ for a sub-path
//   SAME_STORY_OUT_DIR=out npm run build → out/
// Before anything is written, the output and cache folders are checked (never the project,
// its sources, content or history; only a folder a build made is replaced) and SITE_BASE and
// SITE_URL are validated. A build that is interrupted (Ctrl+C, kill, or its parent npm dying)
// removes its temporary folder and never replaces the output folder afterwards.
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
	BUILD_MARKER,
	checkBuildFolder,
	checkReplaceable,
	checkSiteBase,
	checkSiteUrl,
	findStaleStaging,
	removeStaging,
	removeWhenGone,
	STAGING_PREFIX,
} from './build-guard.mjs';

const root = process.cwd();
const outSetting = process.env.SAME_STORY_OUT_DIR ?? 'dist';
const cacheSetting = process.env.SAME_STORY_CACHE_DIR ?? 'node_modules/.astro';
const content = process.env.SAME_STORY_CONTENT ?? 'content';
const outDir = path.resolve(outSetting);
const problems = [
	checkBuildFolder(outSetting, { root, content, role: 'output', env: 'SAME_STORY_OUT_DIR' }) ??
		checkReplaceable(outDir),
	checkBuildFolder(cacheSetting, { root, content, role: 'cache', env: 'SAME_STORY_CACHE_DIR' }),
	checkSiteBase(process.env.SITE_BASE),
	checkSiteUrl(process.env.SITE_URL),
].filter((p) => p !== null);
if (problems.length > 0) {
	for (const problem of problems) console.error(`Build refused: ${problem}`);
	console.error('Nothing was written.');
	process.exit(1);
}

// Staging folders of builds that were killed outright (no chance to clean up) go first.
for (const stale of findStaleStaging(path.dirname(outDir)))
	rmSync(stale, { recursive: true, force: true });

const stamp = `${process.pid}-${Date.now()}`;
const staging = path.join(path.dirname(outDir), `${STAGING_PREFIX}${stamp}`);
const retired = path.join(path.dirname(outDir), `.dist-retired-${stamp}`);
const env = {
	...process.env,
	ASTRO_TELEMETRY_DISABLED: '1',
	SAME_STORY_OUT_DIR: staging,
	// astro.config.mjs stops the Astro process and removes the staging folder if this one dies.
	SAME_STORY_BUILD_PARENT: String(process.pid),
};

// A watcher outside this process removes the staging folder if this process is killed outright
// at any step (Astro's own watch in astro.config.mjs ends with Astro, before search indexing).
// It leaves when this process exits normally, having renamed or removed the folder itself.
const reaper = removeWhenGone(process.pid, staging);
process.on('exit', () => reaper.kill());

let child = null;
let stopping = false;
/**
 * Stops the running step, removes the staging folder and exits: the output stays as it was.
 * The step is waited for (killed outright after a grace period), so that none of its writes
 * can still land in the folder once it has been removed.
 */
async function abandon(reason, code) {
	if (stopping) return;
	stopping = true;
	if (child && child.exitCode === null && child.signalCode === null) {
		const ended = new Promise((resolve) => child.once('exit', resolve));
		child.kill('SIGTERM');
		const grace = setTimeout(() => child.kill('SIGKILL'), 5_000);
		await ended;
		clearTimeout(grace);
	}
	removeStaging(staging);
	console.error(
		`\n${reason}; ${existsSync(outDir) ? `the last good build in ${path.relative('.', outDir) || '.'} is untouched` : 'nothing was written'}.`,
	);
	process.exit(code);
}
/** Halts the main sequence while abandon() stops the build. */
const halt = () => new Promise(() => {});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
	process.on(signal, () => abandon(`Build interrupted (${signal})`, 130));
}
// When npm (the parent) is killed, this process is adopted by another; a build nobody waits
// for must not replace the output later, so it stops.
const parent = process.ppid;
setInterval(() => {
	if (process.ppid !== parent) abandon('Build abandoned: the process that started it has gone', 1);
}, 500).unref();

const run = (command, args) =>
	new Promise((resolve) => {
		child = spawn(command, args, { stdio: 'inherit', env });
		child.on('exit', (status, signal) => resolve(status ?? (signal ? 1 : 0)));
		child.on('error', () => resolve(1));
	});

const started = performance.now();
const astro = await run('astro', ['build', ...process.argv.slice(2)]);
if (stopping) await halt();
if (astro !== 0 || !existsSync(path.join(staging, 'index.html')))
	await abandon('Build failed', astro || 1);
const search = await run('pagefind', ['--site', staging, '--silent']);
if (stopping) await halt();
if (search !== 0) await abandon('Search indexing failed', search || 1);
if (process.ppid !== parent) await abandon('Build abandoned', 1);
writeFileSync(
	path.join(staging, BUILD_MARKER),
	'Made by the Same Story build (scripts/build.mjs); a later build may replace this folder.\n',
);
if (existsSync(outDir)) renameSync(outDir, retired);
renameSync(staging, outDir);
rmSync(retired, { recursive: true, force: true });
console.log(
	`Built ${path.relative('.', outDir) || '.'} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
process.exit(0);
