import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { FIXTURE_CONTENT } from '../helpers/seeds.ts';

/** A copy of the fixture content whose manifest has been edited by `edit`. */
function contentWithManifest(edit: (yaml: string) => string): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'same-story-content-'));
	cpSync(FIXTURE_CONTENT, dir, { recursive: true });
	const manifest = path.join(dir, 'harbour-bridge-closure/story.yaml');
	writeFileSync(manifest, edit(readFileSync(manifest, 'utf8')));
	return dir;
}

describe('a build with a broken manifest', () => {
	test.each([
		[
			'a missing file',
			(y: string) => y.replace('file: times.txt', 'file: gone.txt'),
			'articles.1.file',
			'file "gone.txt" is not in the story folder',
		],
		[
			'an unknown outlet',
			(y: string) => y.replace('outlet: times', 'outlet: herald'),
			'articles.1.outlet',
			'unknown outlet "herald"',
		],
		[
			'a duplicate id',
			(y: string) => y.replace('- id: times\n    file', '- id: daily\n    file'),
			'articles.1.id',
			'article id "daily" is used twice',
		],
		[
			'a number where text belongs',
			(y: string) => y.replace('title: Harbour bridge closes for repairs', 'title: 2024'),
			'title',
			'expected text, but YAML read the number 2024',
		],
		[
			'a bad date',
			(y: string) => y.replace('published: 2024-05-06', 'published: 2024-13-01'),
			'articles.0.published',
			'"2024-13-01" is not valid: expected a real calendar date',
		],
	])(
		'fails on %s, naming the file and the field',
		(_name, edit, field, problem) => {
			const content = contentWithManifest(edit);
			const result = buildSite({ content });
			expect(result.status).not.toBe(0);
			expect(result.output).toContain('harbour-bridge-closure/story.yaml:');
			expect(result.output).toContain(problem);
			expect(result.output).toContain(`(field \`${field}\`)`);
			// The author sees the file and the hint, not a stack trace into the code.
			expect(result.output).not.toContain('Stack trace');
			expect(result.output).not.toMatch(/\bat \S+ \(.*src\//);
			expect(existsSync(path.join(result.outDir, 'index.html'))).toBe(false);
		},
		120_000,
	);
});

describe('a build of a second story', () => {
	test('publishes its pages and export with no code change', () => {
		const result = buildSite({ content: FIXTURE_CONTENT });
		expect(result.status, result.output).toBe(0);
		const page = readFileSync(
			path.join(result.outDir, 'stories/harbour-bridge-closure/index.html'),
			'utf8',
		);
		expect(page).toContain('Harbour bridge closes for repairs');
		const data = JSON.parse(
			readFileSync(path.join(result.outDir, 'data/stories/harbour-bridge-closure.json'), 'utf8'),
		);
		expect(data.articles).toHaveLength(2);
	}, 120_000);
});
