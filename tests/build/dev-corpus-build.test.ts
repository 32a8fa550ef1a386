/**
 * The development corpus (eight real events, 76 articles from many sites) built as the site's
 * content: every story and article page is made, with the capture's own date and headline.
 * Test data only: the build goes to a temporary folder and is never published.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';
import { ROOT } from '../helpers/seeds.ts';
import type { Story } from '../../src/schemas/story.ts';

const DEV = 'tests/fixtures/dev-corpus';
const events = readdirSync(path.join(ROOT, DEV)).sort();
let build: BuildResult;

beforeAll(() => {
	build = buildSite({ content: DEV });
}, 300_000);

describe('a build of the dev corpus', () => {
	test('succeeds', () => {
		expect(build.status, build.output).toBe(0);
	});

	test.each(events)('makes %s with a page per article, each dated and titled', (event) => {
		const story = JSON.parse(
			readFileSync(path.join(build.outDir, 'data/stories', `${event}.json`), 'utf8'),
		) as Story;
		expect(story.articles.length).toBeGreaterThanOrEqual(9);
		for (const article of story.articles) {
			expect(
				existsSync(path.join(build.outDir, 'stories', event, 'articles', article.id, 'index.html')),
			).toBe(true);
		}
		// All but a few captures (at most three an event in the gold labels) show a date and a
		// headline of their own; the unit tests check each against its label.
		expect(story.articles.filter((a) => a.published !== null).length).toBeGreaterThanOrEqual(
			story.articles.length - 3,
		);
		expect(story.articles.filter((a) => a.headline !== null).length).toBeGreaterThanOrEqual(
			story.articles.length - 2,
		);
	});

	test('says on the overview where each date came from', () => {
		const html = readFileSync(path.join(build.outDir, 'stories', events[0]!, 'index.html'), 'utf8');
		expect(html).toContain('from the dateline');
	});
});
