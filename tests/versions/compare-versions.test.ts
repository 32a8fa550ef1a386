import { describe, expect, test } from 'vitest';
import { buildStory } from '../../src/pipeline/build-story.ts';
import { compareVersions, findVersions } from '../../src/versions/compare-versions.ts';
import type { Article } from '../../src/schemas/article.ts';
import { readStoryFolder, SEED_DIR } from '../helpers/seeds.ts';
import { storyArticle } from '../helpers/story-article.ts';

/** A minimal Article from paragraphs, for version comparisons, with its publication date. */
function capture(
	id: string,
	outlet: string,
	published: string | null,
	...paragraphs: string[]
): Article {
	return {
		...storyArticle(id, outlet, ...paragraphs),
		published,
		publishedSource: published ? 'manifest' : null,
	};
}

const P = {
	lede: 'The harbour bridge will close for six weeks from Monday while crews replace its deck.',
	quote: '"The deck is at the end of its life," said city engineer Ana Ruiz on Friday.',
	ferries: 'Ferries will run every 20 minutes during the closure, the transit agency said.',
	cost: 'The repairs are expected to cost about 40 million dollars, paid by the province.',
	council: 'Council approved the contract last month after a long and heated debate.',
};

describe('compareVersions', () => {
	test('finds added and removed paragraphs', () => {
		const older = capture('v1', 'o', null, P.lede, P.quote, P.cost);
		const newer = capture('v2', 'o', null, P.lede, P.quote, P.ferries);
		const result = compareVersions(older, newer);
		expect(result.changes.map((c) => [c.kind, c.from, c.to])).toEqual([
			['unchanged', [0], [0]],
			['unchanged', [1], [1]],
			['removed', [2], []],
			['added', [], [2]],
		]);
		expect(result.counts).toMatchObject({ added: 1, removed: 1, unchanged: 2 });
	});

	test('finds a moved paragraph', () => {
		const older = capture('v1', 'o', null, P.lede, P.quote, P.ferries, P.cost);
		const newer = capture('v2', 'o', null, P.lede, P.cost, P.quote, P.ferries);
		const result = compareVersions(older, newer);
		expect(result.changes.map((c) => [c.kind, c.from, c.to])).toEqual([
			['unchanged', [0], [0]],
			['moved', [3], [1]],
			['unchanged', [1], [2]],
			['unchanged', [2], [3]],
		]);
	});

	test('finds an edited paragraph and its word-level edits', () => {
		const older = capture('v1', 'o', null, P.lede, P.cost);
		const newer = capture('v2', 'o', null, P.lede, P.cost.replace('40 million', '45 million'));
		const edited = compareVersions(older, newer).changes[1]!;
		expect(edited.kind).toBe('edited');
		expect(edited.diff!.filter((d) => d.op !== 'equal')).toEqual([
			{ op: 'delete', a: '40 ' },
			{ op: 'insert', b: '45 ' },
		]);
	});

	test('does not count quote style, case or spacing as changes', () => {
		const older = capture('v1', 'o', null, P.quote);
		const newer = capture(
			'v2',
			'o',
			null,
			P.quote.replace(/"/g, (_, i: number) => (i === 0 ? '“' : '”')).replace('said', 'Said'),
		);
		expect(compareVersions(older, newer).changes.map((c) => c.kind)).toEqual(['unchanged']);
	});
});

describe('findVersions', () => {
	test('pairs captures of one outlet that share most sentences, oldest first by date', () => {
		const sets = findVersions([
			capture('late', 'daily', '2024-05-07', P.lede, P.quote, P.ferries),
			capture('other', 'times', '2024-05-06', P.lede, P.quote),
			capture('early', 'daily', '2024-05-06', P.lede, P.quote),
		]);
		expect(sets).toHaveLength(1);
		expect(sets[0]).toMatchObject({
			outlet: 'daily',
			articleIds: ['early', 'late'],
			orderedBy: 'date',
		});
	});

	test('orders undated captures by containment', () => {
		const sets = findVersions([
			capture('b', 'daily', null, P.lede, P.quote, P.ferries, P.cost),
			capture('a', 'daily', null, P.lede, P.quote, P.ferries),
		]);
		expect(sets[0]).toMatchObject({ articleIds: ['a', 'b'], orderedBy: 'containment' });
	});

	test('keeps two different articles by one outlet apart', () => {
		expect(
			findVersions([
				capture('a', 'daily', null, P.lede, P.quote),
				capture('b', 'daily', null, P.council, P.cost),
			]),
		).toEqual([]);
	});
});

describe('findVersions on the seed story', () => {
	const story = buildStory(readStoryFolder(SEED_DIR));
	const paragraph = (id: string, i: number) => {
		const a = story.articles.find((x) => x.id === id)!;
		return a.text.slice(a.paragraphs[i]!.start, a.paragraphs[i]!.end);
	};

	test('finds the two CTV captures, the web capture later', () => {
		expect(story.versions.map((v) => [v.outlet, v.articleIds, v.orderedBy])).toEqual([
			['ctv', ['ctv', 'ctv-web'], 'containment'],
		]);
	});

	test('lists exactly the paragraphs the web capture adds', () => {
		const { changes } = story.versions[0]!.comparisons[0]!;
		const added = changes
			.filter((c) => c.kind === 'added')
			.map((c) => paragraph('ctv-web', c.to[0]!).slice(0, 40));
		expect(added).toEqual([
			'“The allegations made against me are as ',
			'Dong became emotional when he started sp',
			'Speaking to CTV News in the foyer, a few',
			"Prior to Dong's announcement, Conservati",
			'Both leaders restated their calls for an',
		]);
	});

	test('marks the rewritten lede, the merged quote and the split ending as edits, nothing removed', () => {
		const { changes, counts } = story.versions[0]!.comparisons[0]!;
		expect(counts).toEqual({ added: 5, removed: 0, edited: 3, moved: 0, unchanged: 8 });
		expect(changes.filter((c) => c.kind === 'edited').map((c) => [c.from, c.to])).toEqual([
			[[0], [0]],
			[[8], [11]],
			[[9], [14]],
		]);
	});
});

describe('findVersions with declared versions', () => {
	test('pairs captures the manifest declares even when they share little', () => {
		const early = capture('early', 'daily', '2024-05-06', P.lede, P.quote);
		const late = capture('late', 'daily', '2024-05-07', P.council, P.cost, P.ferries);
		expect(findVersions([early, late])).toEqual([]);
		expect(findVersions([early, late], [['late', 'early']])[0]).toMatchObject({
			articleIds: ['early', 'late'],
			orderedBy: 'date',
		});
	});
});
