import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkLinks } from '../../scripts/check-links.mjs';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';
import { FIXTURE_CONTENT, SEED_DIR } from '../helpers/seeds.ts';

/** Every file of a folder with its SHA-256, relative paths sorted. */
function digest(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (d: string) => {
		for (const entry of readdirSync(d, { withFileTypes: true })) {
			const full = path.join(d, entry.name);
			if (entry.isDirectory()) walk(full);
			else
				out[path.relative(dir, full)] = createHash('sha256')
					.update(readFileSync(full))
					.digest('hex');
		}
	};
	walk(dir);
	return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

function htmlFiles(dir: string): string[] {
	return Object.keys(digest(dir))
		.filter((f) => f.endsWith('.html'))
		.map((f) => path.join(dir, f));
}

// One content folder for all builds here: the seed story and the fixture stories.
const content = mkdtempSync(path.join(tmpdir(), 'same-story-site-'));
cpSync(FIXTURE_CONTENT, content, { recursive: true });
cpSync(SEED_DIR, path.join(content, path.basename(SEED_DIR)), { recursive: true });

let first: BuildResult;
let second: BuildResult;
let subPath: BuildResult;

beforeAll(() => {
	first = buildSite({ content });
	second = buildSite({ content });
	subPath = buildSite({ content, base: '/same-story/' });
	for (const build of [first, second, subPath]) expect(build.status, build.output).toBe(0);
}, 300_000);

describe('a clean build', () => {
	test('is byte for byte the same as another clean build of the same content', () => {
		expect(digest(second.outDir)).toEqual(digest(first.outDir));
	});

	test('has no broken link, asset or anchor at the root', () => {
		const { broken, checked } = checkLinks(first.outDir, '/');
		expect(checked).toBeGreaterThan(1000);
		expect(broken).toEqual([]);
	});

	test('has no broken link, asset or anchor under the sub-path /same-story/', () => {
		const { broken, checked } = checkLinks(subPath.outDir, '/same-story/');
		expect(checked).toBeGreaterThan(1000);
		expect(broken).toEqual([]);
		const home = readFileSync(path.join(subPath.outDir, 'index.html'), 'utf8');
		expect(home).toContain('href="/same-story/stories/han-dong-leaves-liberal-caucus/"');
		expect(home).not.toMatch(/(?:href|src)="\/(?!same-story\/)/);
	});

	test('is valid HTML on every page', async () => {
		const validator = new HtmlValidate(new FileSystemConfigLoader());
		const failures: string[] = [];
		for (const file of htmlFiles(first.outDir)) {
			const report = await validator.validateFile(file);
			for (const result of report.results) {
				for (const m of result.messages)
					failures.push(`${path.relative(first.outDir, file)}:${m.line}: ${m.ruleId} ${m.message}`);
			}
		}
		expect(failures).toEqual([]);
	});
});

describe('hostile text in the articles', () => {
	test('renders as inert text on every page', () => {
		for (const file of htmlFiles(first.outDir)) {
			const html = readFileSync(file, 'utf8');
			// Markup from the articles must appear only as text: no element, attribute or URL made of it.
			const tags = html.replace(/"[^"]*"/g, '""');
			expect(tags, file).not.toMatch(/<script>alert|<img\b|<[a-z][^<>]*\sonerror=|<b>One<\/b>/i);
			expect(html, file).not.toMatch(/href="javascript:/i);
		}
		const article = readFileSync(
			path.join(first.outDir, 'stories/hostile-text/articles/one/index.html'),
			'utf8',
		);
		expect(article).toContain('the &lt;script&gt;alert(');
		expect(article).toContain(
			'Headline with &lt;img src=x onerror=alert(&quot;headline&quot;)&gt; inside',
		);
	});

	test('stays text in the export, with bidi and zero-width characters removed and logged', () => {
		const story = JSON.parse(
			readFileSync(path.join(first.outDir, 'data/stories/hostile-text.json'), 'utf8'),
		);
		const one = story.articles.find((a: { id: string }) => a.id === 'one');
		expect(one.text).toContain('<script>alert("body")</script>');
		expect(one.text).toContain('Bidi codes and zerowidth characters are removed');
		expect(one.text).not.toMatch(/[\u200b\u202a-\u202e]/);
		expect(
			one.cleaningLog.find((e: { rule: string }) => e.rule === 'invisible-characters').text,
		).toBe('U+202E U+202C U+200B');
		expect(story.summaryHtml).not.toMatch(/<script|javascript:/);
	});

	test('keeps control, bidi and non-XML characters from the manifest out of every page, the feed and the share image', () => {
		const outputs = Object.keys(digest(first.outDir)).filter((f) => /\.(?:html|xml|json)$/.test(f));
		for (const file of outputs) {
			const text = readFileSync(path.join(first.outDir, file), 'utf8');
			expect(text, file).not.toMatch(
				/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/,
			);
		}
		const feed = readFileSync(path.join(first.outDir, 'feed.xml'), 'utf8');
		expect(feed).toContain(
			'<title>Hostile text stays inert &lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;</title>',
		);
		const png = readFileSync(path.join(first.outDir, 'og/hostile-text.png'));
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		const story = JSON.parse(
			readFileSync(path.join(first.outDir, 'data/stories/hostile-text.json'), 'utf8'),
		);
		expect(story.outlets[1].name).toBe('Outlet "Two"');
		expect(story.articles[0].note).toBe('A note with an isolate  and an override  inside');
	});

	test('gives article paragraphs dir="auto", so right-to-left text is laid out right to left', () => {
		const article = readFileSync(
			path.join(first.outDir, 'stories/hostile-text/articles/two/index.html'),
			'utf8',
		);
		expect(article).toMatch(/<p id="para-\d+" dir="auto"[^>]*>قال المجلس/);
	});

	test('carries a Content-Security-Policy that allows no unhashed inline script', () => {
		for (const file of htmlFiles(first.outDir)) {
			const html = readFileSync(file, 'utf8');
			const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
			expect(csp, file).toBeDefined();
			expect(csp).toContain("default-src 'self'");
			expect(csp).not.toContain('unsafe-inline');
			// Every inline script must be one the policy hashes.
			// Script elements only: attribute values may quote "<script>" as text.
			for (const m of html
				.replace(/="[^"]*"/g, '=""')
				.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
				const hash = createHash('sha256').update(m[1]!).digest('base64');
				expect(csp, `${file}: inline script`).toContain(`'sha256-${hash}'`);
			}
		}
	});
});

describe('a failed build', () => {
	test('leaves the last good build untouched', () => {
		const target = path.join(mkdtempSync(path.join(tmpdir(), 'same-story-keep-')), 'site');
		cpSync(first.outDir, target, { recursive: true });
		const before = digest(target);
		const broken = mkdtempSync(path.join(tmpdir(), 'same-story-broken-'));
		cpSync(content, broken, { recursive: true });
		writeFileSync(
			path.join(broken, 'harbour-bridge-closure/times.txt'),
			Uint8Array.of(0x47, 0x00, 0x01, 0xff),
		);
		const failed = buildSite({ content: broken, outDir: target });
		expect(failed.status).not.toBe(0);
		expect(failed.output).toContain('harbour-bridge-closure/times.txt:1: the file looks binary');
		expect(failed.output).toContain('the last good build');
		expect(digest(target)).toEqual(before);
		expect(readdirSync(path.dirname(target)).some((n) => n.startsWith('.dist-staging-'))).toBe(
			false,
		);
		expect(existsSync(path.join(target, 'index.html'))).toBe(true);
	}, 120_000);
});
