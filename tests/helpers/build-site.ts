/** Runs a real `astro build` of the project against a chosen content folder, for build tests. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './seeds.ts';

export interface BuildResult {
	status: number | null;
	output: string;
	outDir: string;
}

/** What a build test may set: content folder, base path, output folder, other variables. */
export interface BuildOptions {
	content?: string;
	base?: string;
	outDir?: string;
	env?: NodeJS.ProcessEnv;
}

/** The environment `scripts/build.mjs` runs with in a build test. */
export function buildEnv(options: BuildOptions & { outDir: string }): NodeJS.ProcessEnv {
	const scratch = mkdtempSync(path.join(tmpdir(), 'same-story-build-'));
	// Vitest exposes Vite's own variables (BASE_URL, MODE, DEV, …) in process.env; a child
	// Astro build would read them back as import.meta.env, so they are dropped.
	const inherited = Object.fromEntries(
		Object.entries(process.env).filter(
			([key]) => !/^(?:BASE_URL|MODE|DEV|PROD|SSR|VITEST.*)$/.test(key),
		),
	);
	const env: NodeJS.ProcessEnv = {
		...inherited,
		PATH: `${path.join(ROOT, 'node_modules/.bin')}${path.delimiter}${process.env.PATH}`,
		ASTRO_TELEMETRY_DISABLED: '1',
		SAME_STORY_OUT_DIR: options.outDir,
		SAME_STORY_CACHE_DIR: path.join(scratch, 'cache'),
		SAME_STORY_CONTENT: options.content ?? 'content',
		SITE_BASE: options.base ?? '/',
		...options.env,
	};
	return env;
}

/** Builds the site with `scripts/build.mjs`; content, base and output folder are options. */
export function buildSite(options: BuildOptions = {}): BuildResult {
	const outDir =
		options.outDir ?? path.join(mkdtempSync(path.join(tmpdir(), 'same-story-build-')), 'dist');
	const env = buildEnv({ ...options, outDir });
	const result = spawnSync('node', ['scripts/build.mjs'], { cwd: ROOT, env, encoding: 'utf8' });
	return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}
