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

/** Builds the site with `scripts/build.mjs`; content, base and output folder are options. */
export function buildSite(
	options: { content?: string; base?: string; outDir?: string } = {},
): BuildResult {
	const scratch = mkdtempSync(path.join(tmpdir(), 'same-story-build-'));
	const outDir = options.outDir ?? path.join(scratch, 'dist');
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
		SAME_STORY_OUT_DIR: outDir,
		SAME_STORY_CACHE_DIR: path.join(scratch, 'cache'),
		SAME_STORY_CONTENT: options.content ?? 'content',
		SITE_BASE: options.base ?? '/',
	};
	const result = spawnSync('node', ['scripts/build.mjs'], { cwd: ROOT, env, encoding: 'utf8' });
	return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}
