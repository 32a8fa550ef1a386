// Builds the site into a temporary folder and moves it into place only when the build
// succeeds, so a failed build never damages the last good one.
//   npm run build                        → dist/
//   SITE_BASE=/same-story/ npm run build → dist/ for a sub-path
//   SAME_STORY_OUT_DIR=out npm run build → out/
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

const outDir = path.resolve(process.env.SAME_STORY_OUT_DIR ?? 'dist');
const stamp = `${process.pid}-${Date.now()}`;
const staging = path.join(path.dirname(outDir), `.dist-staging-${stamp}`);
const retired = path.join(path.dirname(outDir), `.dist-retired-${stamp}`);

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SAME_STORY_OUT_DIR: staging };
const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', env });

const started = performance.now();
const astro = run('astro', ['build', ...process.argv.slice(2)]);
if (astro.status !== 0 || !existsSync(path.join(staging, 'index.html'))) {
	rmSync(staging, { recursive: true, force: true });
	console.error(
		`\nBuild failed; ${existsSync(outDir) ? `the last good build in ${path.relative('.', outDir) || '.'} is untouched` : 'nothing was written'}.`,
	);
	process.exit(astro.status || 1);
}
const search = run('pagefind', ['--site', staging, '--silent']);
if (search.status !== 0) {
	rmSync(staging, { recursive: true, force: true });
	console.error('\nSearch indexing failed; the last good build is untouched.');
	process.exit(search.status || 1);
}
if (existsSync(outDir)) renameSync(outDir, retired);
renameSync(staging, outDir);
rmSync(retired, { recursive: true, force: true });
console.log(
	`Built ${path.relative('.', outDir) || '.'} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
