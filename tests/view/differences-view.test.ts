import { describe, expect, test } from 'vitest';
import { buildStory } from '../../src/pipeline/build-story.ts';
import { buildDifferencesView, DIFFERENCE_KIND_LABEL } from '../../src/view/differences-view.ts';
import { readStoryFolder, SEED_DIR } from '../helpers/seeds.ts';

const story = buildStory(readStoryFolder(SEED_DIR));

describe('DIFFERENCE_KIND_LABEL', () => {
	test('names every kind in words', () => {
		expect(DIFFERENCE_KIND_LABEL.date).toBe('Date or day');
		expect(Object.values(DIFFERENCE_KIND_LABEL).every((l) => /^[A-Z]/.test(l))).toBe(true);
	});
});

describe('buildDifferencesView', () => {
	const view = buildDifferencesView(story);

	test('shows one entry per disagreement of the seed story, in model order', () => {
		expect(view.map((d) => d.id)).toEqual(story.differences.map((d) => d.id));
	});

	test('puts each side’s exact words back into their sentence', () => {
		for (const [i, d] of view.entries()) {
			for (const [k, side] of d.sides.entries()) {
				const model = story.differences[i]!.sides[k]!;
				const article = story.articles.find((a) => a.id === model.articleId)!;
				expect(side.words).toBe(article.text.slice(model.start, model.end));
				const sentence = `${side.before}${side.words}${side.after}`;
				expect(article.text).toContain(sentence);
				expect(article.paragraphs[side.paragraph - 1]!.start).toBeLessThanOrEqual(model.start);
			}
		}
	});

	test('names the year Han Dong was first elected as BBC and CTV word it', () => {
		const elected = view.find((d) => d.kindLabel === 'Year' && /elected/i.test(d.topic));
		expect(elected).toBeDefined();
		const values = elected!.sides.map((s) => s.value).sort();
		expect(values).toEqual(['2018', '2019']);
	});
});
