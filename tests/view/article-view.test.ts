import { describe, expect, test } from 'vitest';
import { buildStory } from '../../src/pipeline/build-story.ts';
import { buildArticleBody } from '../../src/view/article-view.ts';
import { getArticle } from '../../src/view/story-view.ts';
import { readStoryFolder, SEED_DIR } from '../helpers/seeds.ts';

const story = buildStory(readStoryFolder(SEED_DIR));

describe('buildArticleBody', () => {
	test('keeps every word of each paragraph, in order', () => {
		for (const article of story.articles) {
			const body = buildArticleBody(story, article);
			expect(body).toHaveLength(article.paragraphs.length);
			body.forEach((runs, i) => {
				const { start, end } = article.paragraphs[i]!;
				expect(runs.map((r) => r.text).join('')).toBe(article.text.slice(start, end));
			});
		}
	});

	test('gives every passage and quotation of the article exactly one anchor', () => {
		const ctv = getArticle(story, 'ctv');
		const anchors = buildArticleBody(story, ctv).flatMap((runs) => runs.flatMap((r) => r.anchors));
		const expected = [
			...story.passages.filter((p) => p.articleId === 'ctv').map((p) => p.id),
			...story.quotes.filter((q) => q.articleId === 'ctv').map((q) => q.id),
		];
		expect([...anchors].sort()).toEqual([...expected].sort());
	});

	test('marks BBC’s “Let me be clear…” as shared with CBC and CTV, with shortcuts to them', () => {
		const bbc = getArticle(story, 'bbc');
		const runs = buildArticleBody(story, bbc).flat();
		const run = runs.find((r) => r.text.startsWith('"Let me be clear'))!;
		expect(run.passage).not.toBeNull();
		expect(run.passage!.sharedWith).toBe(
			'CBC News, CTV News (first capture), CTV News (later capture)',
		);
		expect(run.passage!.elsewhere).toMatch(/^2\|\/stories\/.*\/articles\/cbc\/#p-cbc-/);
	});

	test('leaves passages only CTV’s two captures share unmarked', () => {
		const ctv = getArticle(story, 'ctv');
		const runs = buildArticleBody(story, ctv).flat();
		const line = runs.find((r) => r.text.startsWith('Dong was first elected'))!;
		expect(line.passage).toBeNull();
		expect(line.anchors).toHaveLength(1);
	});
});
