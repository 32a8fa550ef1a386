import { spawn } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { BUILD_MARKER, findStaleStaging } from '../../scripts/build-guard.mjs';
import { buildEnv, buildSite } from '../helpers/build-site.ts';
import { FIXTURE_CONTENT, ROOT } from '../helpers/seeds.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until `check` holds, polling; false after `ms`. */
async function waitFor(check: () => boolean, ms: number): Promise<boolean> {
	for (const until = Date.now() + ms; Date.now() < until; await sleep(200))
		if (check()) return true;
	return check();
}

/** An output folder a previous build made, holding a sentinel file a new build would replace. */
function previousBuild(): { parent: string; outDir: string; sentinel: string } {
	const parent = mkdtempSync(path.join(tmpdir(), 'same-story-kill-'));
	const outDir = path.join(parent, 'dist');
	mkdirSync(outDir);
	writeFileSync(path.join(outDir, BUILD_MARKER), '');
	const sentinel = path.join(outDir, 'sentinel.txt');
	writeFileSync(sentinel, 'the last good build');
	return { parent, outDir, sentinel };
}

const staging = (parent: string) => readdirSync(parent).filter((n) => n.startsWith('.dist-'));

/**
 * True when no staging folder is left but those of builds that have ended, which the next
 * build sweeps (findStaleStaging). A build killed in the instant its folder appears can, on a
 * loaded machine, leave it behind before its watchers are in place; the output is never touched.
 */
const settled = (parent: string) => findStaleStaging(parent).length === staging(parent).length;

/**
 * How long a killed build may take to clean up. It polls every half second, but only between
 * the synchronous steps of a build (loading the sentence encoder on a cold cache is one), which
 * on a loaded two-core machine can hold it for many seconds; 15 s once proved too short there.
 */
const CLEANUP_MS = 60_000;

describe('a build asked to write where it must not', () => {
	test('refuses the content folder, a foreign folder and a hostile base, deleting nothing', () => {
		const content = mkdtempSync(path.join(tmpdir(), 'same-story-content-'));
		cpSync(FIXTURE_CONTENT, content, { recursive: true });
		const intoContent = buildSite({ content, outDir: content });
		expect(intoContent.status).not.toBe(0);
		expect(intoContent.output).toContain('Build refused');
		expect(existsSync(path.join(content, 'harbour-bridge-closure/story.yaml'))).toBe(true);

		const foreign = mkdtempSync(path.join(tmpdir(), 'same-story-foreign-'));
		writeFileSync(path.join(foreign, 'thesis.tex'), 'years of work');
		const intoForeign = buildSite({ content, outDir: foreign });
		expect(intoForeign.status).not.toBe(0);
		expect(intoForeign.output).toContain('was not made by a Same Story build');
		expect(readdirSync(foreign)).toEqual(['thesis.tex']);

		const hostile = buildSite({ content, base: '/"><script>alert(1)</script>/' });
		expect(hostile.status).not.toBe(0);
		expect(hostile.output).toContain('is not a base path');
		expect(existsSync(hostile.outDir)).toBe(false);
	});
});

describe('a killed build', () => {
	test('leaves only staging folders the next build sweeps, and never replaces the output, whether it or its parent is killed', async () => {
		const env = (outDir: string) => buildEnv({ content: FIXTURE_CONTENT, outDir });

		// The build itself killed outright: its Astro process notices and removes the staging folder.
		const one = previousBuild();
		const build = spawn('node', ['scripts/build.mjs'], {
			cwd: ROOT,
			env: env(one.outDir),
			stdio: 'ignore',
		});
		expect(await waitFor(() => staging(one.parent).length > 0, 60_000)).toBe(true);
		build.kill('SIGKILL');
		expect(await waitFor(() => settled(one.parent), CLEANUP_MS)).toBe(true);

		// Only the parent (npm) killed: the orphaned build stops instead of finishing for nobody.
		const two = previousBuild();
		const wrapper = spawn(
			'node',
			[
				'-e',
				"require('node:child_process').spawn('node', ['scripts/build.mjs'], { stdio: 'ignore' }); setInterval(() => {}, 1000);",
			],
			{ cwd: ROOT, env: env(two.outDir), stdio: 'ignore' },
		);
		expect(await waitFor(() => staging(two.parent).length > 0, 60_000)).toBe(true);
		wrapper.kill('SIGKILL');
		expect(await waitFor(() => settled(two.parent), CLEANUP_MS)).toBe(true);
		// Long enough for an unguarded build of the fixture content to have finished and swapped.
		await sleep(20_000);

		for (const { parent, outDir, sentinel } of [one, two]) {
			expect(readFileSync(sentinel, 'utf8')).toBe('the last good build');
			expect(readdirSync(outDir).sort()).toEqual([BUILD_MARKER, 'sentinel.txt']);
			// Whatever is left, the next build sweeps: its builder has ended.
			expect(
				findStaleStaging(parent)
					.map((p) => path.basename(p))
					.sort(),
			).toEqual(staging(parent).sort());
		}
	}, 300_000);
});
