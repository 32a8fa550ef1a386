import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	BUILD_MARKER,
	checkBuildFolder,
	checkReplaceable,
	checkSiteBase,
	checkSiteUrl,
	findStaleStaging,
	isRunning,
} from '../../scripts/build-guard.mjs';

const root = '/project';
const output = (dir: string, content = 'content') =>
	checkBuildFolder(dir, { root, content, role: 'output', env: 'SAME_STORY_OUT_DIR' });

describe('checkBuildFolder', () => {
	test.each([
		'content',
		'content/story',
		'.',
		'..',
		'/',
		'.git',
		'.git/objects',
		'src',
		'src/pages',
	])('refuses %s as an output folder', (dir) => {
		expect(output(dir)).toMatch(/^SAME_STORY_OUT_DIR=/);
	});

	test('refuses a folder that holds the content folder, wherever the content lives', () => {
		expect(output('/tmp/x', '/tmp/x/stories')).toMatch(/overlaps/);
	});

	test.each(['dist', 'out/site', '/tmp/elsewhere', 'node_modules/.astro'])('accepts %s', (dir) => {
		expect(output(dir)).toBeNull();
	});
});

describe('checkReplaceable', () => {
	const scratch = mkdtempSync(path.join(tmpdir(), 'same-story-guard-'));

	test('accepts a missing or empty folder, or one holding the build marker', () => {
		expect(checkReplaceable(path.join(scratch, 'missing'))).toBeNull();
		mkdirSync(path.join(scratch, 'empty'));
		expect(checkReplaceable(path.join(scratch, 'empty'))).toBeNull();
		mkdirSync(path.join(scratch, 'built'));
		writeFileSync(path.join(scratch, 'built', BUILD_MARKER), '');
		writeFileSync(path.join(scratch, 'built', 'index.html'), '');
		expect(checkReplaceable(path.join(scratch, 'built'))).toBeNull();
	});

	test('refuses a folder the build did not make', () => {
		mkdirSync(path.join(scratch, 'mine'));
		writeFileSync(path.join(scratch, 'mine', 'thesis.tex'), '');
		expect(checkReplaceable(path.join(scratch, 'mine'))).toMatch(
			/was not made by a Same Story build/,
		);
	});
});

describe('checkSiteBase', () => {
	test.each(['/', '/same-story/', '/a/b', '/v1.2/'])('accepts %s', (base) => {
		expect(checkSiteBase(base)).toBeNull();
	});

	test.each([
		'/"><script>alert(1)</script>',
		'same-story',
		'/a b/',
		'/../',
		'//evil.example/',
		'/a?b',
	])('refuses %s', (base) => {
		expect(checkSiteBase(base)).toMatch(/is not a base path/);
	});
});

describe('checkSiteUrl', () => {
	test.each(['https://example.org', 'http://127.0.0.1:4321', 'https://example.org/'])(
		'accepts %s',
		(site) => {
			expect(checkSiteUrl(site)).toBeNull();
		},
	);

	test.each([
		'javascript:alert(1)',
		'example.org',
		'https://u:p@example.org',
		'https://example.org/?q',
		'https://example.org/"><x',
	])('refuses %s', (site) => {
		expect(checkSiteUrl(site)).toMatch(/is not a site origin/);
	});
});

describe('isRunning', () => {
	test('knows this process runs and a reaped one does not', () => {
		expect(isRunning(process.pid)).toBe(true);
		expect(isRunning(2 ** 22 + 12345)).toBe(false);
	});
});

describe('findStaleStaging', () => {
	test('lists staging folders of dead builds and keeps those of live ones', () => {
		const parent = mkdtempSync(path.join(tmpdir(), 'same-story-stale-'));
		mkdirSync(path.join(parent, `.dist-staging-${process.pid}-1`));
		mkdirSync(path.join(parent, `.dist-staging-${2 ** 22 + 12345}-1`));
		mkdirSync(path.join(parent, 'dist'));
		expect(findStaleStaging(parent).map((p) => path.basename(p))).toEqual([
			`.dist-staging-${2 ** 22 + 12345}-1`,
		]);
	});
});
