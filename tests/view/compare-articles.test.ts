import { describe, expect, test } from 'vitest';
import { buildStory } from '../../src/pipeline/build-story.ts';
import { compareArticles } from '../../src/view/compare-articles.ts';
import { readStoryFolder, SEED_DIR } from '../helpers/seeds.ts';

const story = buildStory(readStoryFolder(SEED_DIR));
const textOf = (id: string, run: { start: number; end: number }) =>
	story.articles.find((a) => a.id === id)!.text.slice(run.start, run.end);

describe('compareArticles', () => {
	test('puts CBC’s and BBC’s “Let me be clear…” on one row with the words only each has', () => {
		const { rows, aligned } = compareArticles(story, 'cbc', 'bbc');
		// One aligned row per passage group that holds both articles.
		expect(aligned).toBe(
			story.groups.filter((g) => g.articleIds.includes('cbc') && g.articleIds.includes('bbc'))
				.length,
		);
		const row = rows.find(
			(r) => r.type === 'aligned' && textOf('cbc', r.a).includes('Let me be clear'),
		);
		if (row?.type !== 'aligned') throw new Error('no aligned "Let me be clear" row');
		// The whole units on each side: CBC's two sentences against BBC's two, split differently.
		expect(textOf('cbc', row.a)).toMatch(
			/^"Let me be clear\. What has been reported is false.*said the Don Valley North representative\.$/,
		);
		expect(textOf('bbc', row.b)).toMatch(
			/^"Let me be clear, what has been reported is false\. And I/,
		);
		const changed = row.diff.filter((d) => d.op !== 'equal');
		expect(
			changed.map((d) => (d.op === 'insert' ? d.b.trim() : d.op === 'delete' ? d.a.trim() : '')),
		).toEqual(['he', 'the Don Valley North representative.']);
	});

	test('shows every word of both articles exactly once', () => {
		for (const [a, b] of [
			['ctv', 'ctv-web'],
			['cbc', 'global'],
			['bbc', 'global'],
		] as const) {
			const { rows } = compareArticles(story, a, b);
			for (const id of [a, b]) {
				const article = story.articles.find((x) => x.id === id)!;
				const covered = new Array(article.text.length).fill(0);
				for (const row of rows) {
					const runs =
						row.type === 'aligned'
							? id === a
								? [row.a, row.context.beforeA, row.context.afterA]
								: [row.b, row.context.beforeB, row.context.afterB]
							: (row.type === 'only-a') === (id === a)
								? [row.run]
								: [];
					for (const r of runs) for (let k = r.start; k < r.end; k++) covered[k]++;
				}
				const missing = [...article.text].filter(
					(c, k) => /[\p{L}\p{N}]/u.test(c) && covered[k] === 0,
				).length;
				expect(missing, `${a}/${b}: ${id}`).toBe(0);
			}
		}
	});

	test('marks passages out of order as moved', () => {
		const { rows, moved } = compareArticles(story, 'cbc', 'global');
		expect(moved).toBe(rows.filter((r) => r.type === 'aligned' && r.moved).length);
		expect(moved).toBeGreaterThan(0);
	});

	test('throws on an unknown article', () => {
		expect(() => compareArticles(story, 'cbc', 'nope')).toThrow('has no article nope');
	});
});
