import { describe, expect, test } from 'vitest';
import { buildStory } from '../../src/pipeline/build-story.ts';
import { buildArticleBody, paragraphQuotes } from '../../src/view/article-view.ts';
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
		const anchors = buildArticleBody(story, ctv)
			.flatMap((runs) => runs.flatMap((r) => r.anchors))
			.filter((id) => !id.startsWith('rw-'));
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

describe('paragraphQuotes', () => {
	test('lists the quotations of each paragraph of a seed article, and none where there are none', () => {
		const article = story.articles.find((a) =>
			story.quotes.some((q) => q.articleId === a.id && q.form !== 'scare'),
		)!;
		const marks = paragraphQuotes(story, article);
		expect(marks).toHaveLength(article.paragraphs.length);
		const quoted = story.quotes.find((q) => q.articleId === article.id && q.form !== 'scare')!;
		const index = article.paragraphs.findIndex(
			(p) => p.start <= quoted.start && quoted.start < p.end,
		);
		expect(marks[index]!.length).toBeGreaterThan(0);
		expect(marks.some((m) => m.length === 0)).toBe(true);
	});

	test('marks a wording in no group that another outlet restates, linking to the comparison row', () => {
		let marked = 0;
		for (const article of story.articles) {
			const runs = buildArticleBody(story, article).flat();
			const free = story.related.flatMap((link) =>
				[
					[link.a, link.b],
					[link.b, link.a],
				].flatMap(([own, other]) =>
					own!.articleId === article.id && own!.passageId === null
						? [{ link, own: own!, other: other! }]
						: [],
				),
			);
			for (const { own } of free) {
				const text = article.text.slice(own.start, own.end);
				const inside = runs.filter((r) => r.related !== null && text.includes(r.text));
				expect(inside.map((r) => r.text).join('')).toBe(text);
				expect(inside.every((r) => r.passage === null)).toBe(true);
				expect(inside[0]!.related!.href).toMatch(/\/compare\/[^/]+--[^/]+\/#r-/);
				expect(inside.at(-1)!.related!.restatedIn).toMatch(/News/);
				expect(inside[0]!.anchors.some((id) => id.startsWith('rw-'))).toBe(true);
				marked++;
			}
			// Nothing else is marked as related.
			const relatedText = runs
				.filter((r) => r.related !== null)
				.map((r) => r.text)
				.join('');
			const freeText = free.map(({ own }) => article.text.slice(own.start, own.end));
			expect(relatedText.length).toBeLessThanOrEqual(freeText.join('').length);
		}
		expect(marked).toBeGreaterThan(0);
	});
});
